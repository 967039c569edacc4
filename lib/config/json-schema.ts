import { z } from "zod";
import { configSchema } from "./schema";

export const CONFIG_SCHEMA_FILE = "dbt-databricks-oauth.schema.json";

type JsonSchema = z.core.JSONSchema.JSONSchema;

/** The JSON Schema of the config file as it is written (defaults optional). */
export function configJsonSchema(): JsonSchema {
  return { ...z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }), title: "dbt Cloud Databricks OAuth config" };
}

/** The same, pretty-printed as the committed file. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

/** The keys the object at a path of the file accepts, in every shape a union allows there. */
export function keysAllowedAt(schema: JsonSchema, path: readonly PropertyKey[]): string[] {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return [...new Set(options.flatMap((option) => (typeof option === "object" ? keysAllowedAt(option, path) : [])))];
  if (path.length === 0) return Object.keys(schema.properties ?? {});
  const [head, ...rest] = path;
  const child = typeof head === "number" ? schema.items : schema.properties?.[String(head)];
  return child && typeof child === "object" && !Array.isArray(child) ? keysAllowedAt(child, rest) : [];
}
