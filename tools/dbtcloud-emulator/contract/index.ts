/** The dbt Cloud Admin API contract (admin-api.contract.json, see derive.ts), compiled once per process. */
import { ContractChecker, type ContractFixture } from "../../contracts/contract";
import fixture from "./admin-api.contract.json";

let checker: ContractChecker | undefined;

export function adminApiContract(): ContractChecker {
  checker ??= new ContractChecker(fixture as unknown as ContractFixture);
  return checker;
}
