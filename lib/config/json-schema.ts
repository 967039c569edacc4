import { z } from "zod";
import { configSchema } from "./schema";

export const CONFIG_SCHEMA_FILE = "dbt-databricks-oauth.schema.json";

/** The JSON Schema of the config file as it is written (defaults optional), pretty-printed. */
export function configJsonSchemaText(): string {
  const schema = z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "dbt Cloud Databricks OAuth config" }, null, 2)}\n`;
}
