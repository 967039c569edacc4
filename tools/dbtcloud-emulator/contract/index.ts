/** The dbt Cloud Admin API contract (admin-api.contract.json, see derive.ts). */
import { lazyChecker } from "../../contracts/contract";
import fixture from "./admin-api.contract.json";

export const adminApiContract = lazyChecker(fixture);
