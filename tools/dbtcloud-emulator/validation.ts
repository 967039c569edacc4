/**
 * Request bodies as the provider sends them (pkg/dbt_cloud/global_connection.go
 * `globalConnectionPayload[DatabricksConfig]`, JSON-encoded with `omitempty`,
 * and `nullable.Nullable` fields that encode an explicit `null` to clear), with the rules of
 * the published spec (contract/admin-api.contract.json): create requires account_id, name,
 * adapter_version and config, the host and HTTP path patterns; both bodies take no field
 * the spec does not list (additionalProperties: false), a config's unknown fields are ignored.
 * A problem is a 400 naming the field.
 */
import { z } from "zod";
import { parseOrThrow } from "../common/parse";
import { badRequest } from "./errors";
import { DATABRICKS_ADAPTER } from "./store";

const text = z.string("must be a string").trim().min(1, "must not be blank");
const nullableText = z.string("must be a string or null").nullable().optional();

/** The spec's DatabricksConnection patterns (create only: its OptionalDatabricksConnection for PATCH has none). */
const host = text.regex(/databricks/, "must contain 'databricks' (a Databricks workspace host)");
const httpPath = text.regex(/^\/?sql\//, "must start with /sql/");

const unknownFields = (what: string) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === "unrecognized_keys" ? `${issue.keys!.join(", ")}: not a field of ${what}` : "request body must be a JSON object";

const commonFields = {
  name: text.optional(),
  account_id: z.int("must be an integer").optional(),
  is_ssh_tunnel_enabled: z.boolean("must be a boolean").optional(),
  private_link_endpoint_id: nullableText,
  oauth_configuration_id: z.int("must be an integer or null").nullable().optional(),
};
const clientFields = { catalog: nullableText, client_id: nullableText, client_secret: nullableText };

const createSchema = z.strictObject(
  {
    ...commonFields,
    account_id: z.int("must be an integer"),
    name: text,
    adapter_version: z.literal(DATABRICKS_ADAPTER, `only ${DATABRICKS_ADAPTER} (the Databricks adapter) is emulated`),
    config: z.object({ host, http_path: httpPath, ...clientFields }, "must be an object"),
  },
  { error: unknownFields("a connection create") },
);

/** No adapter_version: the spec's update body has none, so an adapter cannot change. */
const patchSchema = z.strictObject(
  {
    ...commonFields,
    config: z.object({ host: text.optional(), http_path: text.optional(), ...clientFields }, "must be an object").optional(),
  },
  { error: unknownFields("a connection update") },
);

export type CreateConnection = z.infer<typeof createSchema>;
/** What the store makes a connection from: the account is the store's own. */
export type NewConnection = Omit<CreateConnection, "account_id">;
export type ConnectionPatch = z.infer<typeof patchSchema>;

export const parseCreate = (body: unknown) => parseOrThrow(createSchema, body, badRequest);
export const parsePatch = (body: unknown) => parseOrThrow(patchSchema, body, badRequest);
