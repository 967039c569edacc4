/**
 * Request bodies as the provider sends them (pkg/dbt_cloud/global_connection.go
 * `globalConnectionPayload[DatabricksConfig]`, JSON-encoded with `omitempty`,
 * and `nullable.Nullable` fields that encode an explicit `null` to clear).
 * Unknown fields are ignored. A problem is a 400 naming the field.
 */
import { z } from "zod";
import { parseOrThrow } from "../common/parse";
import { badRequest } from "./errors";
import { DATABRICKS_ADAPTER } from "./store";

const text = z.string("must be a string").trim().min(1, "must not be blank");
const nullableText = z.string("must be a string or null").nullable().optional();

const commonFields = {
  name: text.optional(),
  account_id: z.int("must be an integer").optional(),
  is_ssh_tunnel_enabled: z.boolean("must be a boolean").optional(),
  private_link_endpoint_id: nullableText,
  oauth_configuration_id: z.int("must be an integer or null").nullable().optional(),
};
const clientFields = { catalog: nullableText, client_id: nullableText, client_secret: nullableText };

const createSchema = z.object(
  {
    ...commonFields,
    name: text,
    adapter_version: z.literal(DATABRICKS_ADAPTER, `only ${DATABRICKS_ADAPTER} (the Databricks adapter) is emulated`),
    config: z.object({ host: text, http_path: text, ...clientFields }, "must be an object"),
  },
  "request body must be a JSON object",
);

const patchSchema = z.object(
  {
    ...commonFields,
    adapter_version: z.string("must be a string").optional(),
    config: z.object({ host: text.optional(), http_path: text.optional(), ...clientFields }, "must be an object").optional(),
  },
  "request body must be a JSON object",
);

export type CreateConnection = z.infer<typeof createSchema>;
export type ConnectionPatch = z.infer<typeof patchSchema>;

export const parseCreate = (body: unknown) => parseOrThrow(createSchema, body, badRequest);
export const parsePatch = (body: unknown) => parseOrThrow(patchSchema, body, badRequest);
