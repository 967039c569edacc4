/** The Databricks custom app integration contract (oauth2.contract.json, see derive.ts), compiled once per process. */
import { ContractChecker, type ContractFixture } from "../../contracts/contract";
import fixture from "./oauth2.contract.json";

let checker: ContractChecker | undefined;

export function oauth2Contract(): ContractChecker {
  checker ??= new ContractChecker(fixture as unknown as ContractFixture);
  return checker;
}
