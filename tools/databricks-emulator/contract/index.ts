/** The Databricks custom app integration contract (oauth2.contract.json, see derive.ts). */
import { lazyChecker } from "../../contracts/contract";
import fixture from "./oauth2.contract.json";

export const oauth2Contract = lazyChecker(fixture);
