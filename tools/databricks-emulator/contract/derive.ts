/**
 * Re-derives oauth2.contract.json from a fetched copy of the Databricks Go SDK
 * (github.com/databricks/databricks-sdk-go; the databricks provider 1.99.0 builds with v0.93.0).
 * It downloads nothing: give it the four files and their commit.
 *
 *   for f in service/oauth2/model.go service/oauth2/impl.go apierr/errors.go apierr/error_mapping.go; do
 *     git -C <clone> show <commit>:$f > $(basename $f); done
 *   node -r tsx/cjs tools/databricks-emulator/contract/derive.ts --model model.go --impl impl.go \
 *     --errors errors.go --mapping error_mapping.go --commit <commit> --ref v0.93.0
 *
 * then `git diff` the fixture. The SDK is generated from Databricks' OpenAPI spec, so its
 * structs are the service models: a JSON field per `json:"name"` tag (`json:"-"` fields are
 * path or query parameters, `url:"name"` the query ones), required when the tag has no
 * omitempty, Go types as JSON types. The paths and methods come from impl.go.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { ContractFixture, Operation, Schema } from "../../contracts/contract";

export const FIXTURE_FILE = join(__dirname, "oauth2.contract.json");

/** The SDK service whose calls the provider's databricks_custom_app_integration makes. */
const IMPL = "customAppIntegrationImpl";

interface GoField {
  goName: string;
  goType: string;
  json?: string;
  omitempty: boolean;
  query?: string;
}

/** Every `type X struct { ... }` in a Go file, with its tagged fields. */
export function goStructs(source: string): Map<string, GoField[]> {
  const structs = new Map<string, GoField[]>();
  for (const m of source.matchAll(/^type (\w+) struct \{\n([\s\S]*?)^\}/gm)) {
    const fields: GoField[] = [];
    for (const line of m[2]!.split("\n")) {
      const f = /^\s*(\w+)\s+(\S+)\s+`([^`]*)`/.exec(line);
      if (!f) continue;
      const json = /json:"([^"]*)"/.exec(f[3]!)?.[1]?.split(",");
      const url = /url:"([^"]*)"/.exec(f[3]!)?.[1]?.split(",");
      fields.push({
        goName: f[1]!,
        goType: f[2]!,
        json: json && json[0] !== "-" ? json[0] : undefined,
        omitempty: json?.includes("omitempty") ?? false,
        query: url && url[0] !== "-" ? url[0] : undefined,
      });
    }
    structs.set(m[1]!, fields);
  }
  return structs;
}

function goTypeSchema(goType: string, structs: Map<string, GoField[]>, needed: Set<string>): Schema {
  if (goType.startsWith("[]")) return { type: "array", items: goTypeSchema(goType.slice(2), structs, needed) };
  if (goType.startsWith("map[string]")) return { type: "object", additionalProperties: goTypeSchema(goType.slice(11), structs, needed) };
  const bare = goType.replace(/^\*/, "");
  if (bare === "string") return { type: "string" };
  if (bare === "bool") return { type: "boolean" };
  if (/^u?int(8|16|32|64)?$/.test(bare)) return { type: "integer", ...(bare.endsWith("64") ? { format: "int64" } : {}) };
  if (/^float(32|64)$/.test(bare)) return { type: "number" };
  if (bare === "any") return {};
  if (!structs.has(bare)) throw new Error(`unknown Go type ${goType}`);
  needed.add(bare);
  return { $ref: `#/components/schemas/${bare}` };
}

/** A struct's JSON body: its json-tagged fields; additionalProperties false, as the SDK struct is all there is. */
function bodySchema(name: string, structs: Map<string, GoField[]>, needed: Set<string>): Schema {
  const fields = structs.get(name)!.filter((f) => f.json !== undefined);
  const required = fields.filter((f) => !f.omitempty).map((f) => f.json!);
  return {
    type: "object",
    properties: Object.fromEntries(fields.map((f) => [f.json!, goTypeSchema(f.goType, structs, needed)])),
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

const snake = (goName: string) => goName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** Each method of the service's impl: its HTTP method, path, request struct and response struct (none for `nil`). */
function implOperations(impl: string): { name: string; method: string; path: string; request: string; response?: string }[] {
  const ops = [];
  for (const m of impl.matchAll(new RegExp(`^func \\(a \\*${IMPL}\\) (\\w+)\\(ctx context.Context, request (\\w+)\\)[^{]*\\{\\n([\\s\\S]*?)^\\}`, "gm"))) {
    const body = m[3]!;
    const call = /a\.client\.Do\(ctx, http\.Method(\w+), path, headers, queryParams, request, (nil|&\w+)\)/.exec(body);
    if (!call) continue; // List and ListAll page through internalList
    const sprintf = /path := fmt\.Sprintf\("([^"]+)", ([^\n]+)\)\n/.exec(body)!;
    const args = sprintf[2]!.split(", ").map((a) => (a === "a.client.ConfiguredAccountID()" ? "account_id" : snake(a.replace("request.", ""))));
    let i = 0;
    const path = sprintf[1]!.replace(/%v/g, () => `{${args[i++]}}`);
    const response = call[2] === "nil" ? undefined : new RegExp(`var ${call[2]!.slice(1)} (\\w+)`).exec(body)![1];
    ops.push({ name: m[1]!, method: call[1]!.toUpperCase(), path, request: m[2]!, response });
  }
  return ops;
}

/** error_code -> HTTP status, from the SDK's error mapping: a code's error inherits from the error one status maps to. */
function errorCodeStatus(mapping: string): Record<string, number> {
  const statusOf = new Map<string, number>();
  for (const m of mapping.matchAll(/^\s*(\d{3}): (Err\w+),$/gm)) statusOf.set(m[2]!, Number(m[1]));
  const parent = new Map<string, string>();
  for (const m of mapping.matchAll(/^\s*(Err\w+)\s*= inheritErr\((Err\w+),/gm)) parent.set(m[1]!, m[2]!);
  const result: Record<string, number> = {};
  for (const m of mapping.matchAll(/^\s*"([A-Z_]+)":\s*(Err\w+),$/gm)) {
    let err: string | undefined = m[2]!;
    while (err && !statusOf.has(err)) err = parent.get(err);
    if (err) result[m[1]!] = statusOf.get(err)!;
  }
  return result;
}

/** The body standardErrorParser reads (apierr/errors.go); error_code and message required, see NOTES. */
function errorBodySchema(errors: string): Schema {
  const block = /func standardErrorParser[\s\S]*?var errorBody struct \{\n([\s\S]*?)\n\t\}/.exec(errors)![1]!;
  const properties: Record<string, Schema> = {};
  for (const m of block.matchAll(/^\s*(\w+)\s+(\S+)\s+`json:"([^",]+)[^`]*`(.*)$/gm)) {
    const [, , goType, json, comment] = m;
    properties[json!] =
      goType === "any" && /int or string/.test(comment!) ? { type: ["string", "integer"] } : goType === "[]json.RawMessage" ? { type: "array" } : { type: "string" };
  }
  return { type: "object", properties, required: ["error_code", "message"] };
}

const NOTES = [
  "Paths, methods, request and response types: service/oauth2/impl.go (customAppIntegrationImpl); List pages through internalList. " +
    "A POST or PATCH sends the request struct as the JSON body; a GET or DELETE sends its url-tagged fields as the query.",
  "Bodies: service/oauth2/model.go. Every field of these structs is omitempty, so the SDK requires none; additionalProperties is false " +
    "because the SDK struct is the whole model (the provider can send nothing else, and an answer field outside it is one no client reads).",
  "A method with no response struct (Update, Delete) passes nil: the SDK reads no body, so none is checked; any 2xx is success (client.Do).",
  "Error bodies: the struct standardErrorParser (apierr/errors.go) unmarshals. The SDK tolerates a body without error_code or message, " +
    "but then maps the error by HTTP status only and reports no message: the fixture requires both, the shape Databricks' REST API " +
    "documents for errors. errorCodeStatus: the HTTP status each error_code of apierr/error_mapping.go inherits.",
];

export function derive(files: { model: string; impl: string; errors: string; mapping: string }, commit: string, ref: string): ContractFixture {
  const structs = goStructs(files.model);
  const needed = new Set<string>();
  const error = errorBodySchema(files.errors);
  const operations: Operation[] = implOperations(files.impl).map((op) => {
    const fields = structs.get(op.request);
    if (!fields) throw new Error(`request type ${op.request} not in model.go`);
    const hasBody = op.method === "POST" || op.method === "PATCH" || op.method === "PUT";
    const pathParams = Object.fromEntries([...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, { type: "string" }]));
    return {
      id: `CustomAppIntegration.${op.name}`,
      method: op.method,
      path: op.path,
      pathParams,
      query: hasBody ? {} : Object.fromEntries(fields.filter((f) => f.query).map((f) => [f.query!, goTypeSchema(f.goType, structs, needed)])),
      ...(hasBody ? { requestBody: { schema: { $ref: `#/components/schemas/${op.request}` }, required: true } } : {}),
      responses: { "2XX": op.response ? { $ref: `#/components/schemas/${op.response}` } : null, default: { $ref: "#/components/schemas/ErrorBody" } },
    };
  });
  for (const op of operations) if (op.requestBody) needed.add((op.requestBody.schema as { $ref: string }).$ref.split("/").pop()!);
  for (const op of operations)
    for (const s of Object.values(op.responses))
      if (s && typeof s === "object" && typeof s.$ref === "string" && !s.$ref.endsWith("/ErrorBody")) needed.add(s.$ref.split("/").pop()!);
  // Resolve transitively: bodySchema adds the structs a struct references.
  const schemas: Record<string, Schema> = { ErrorBody: error };
  for (let added = true; added; ) {
    added = false;
    for (const name of [...needed].sort()) {
      if (name in schemas) continue;
      schemas[name] = bodySchema(name, structs, needed);
      added = true;
    }
  }
  return {
    name: "Databricks account API: OAuth custom app integrations",
    source: {
      repository: "https://github.com/databricks/databricks-sdk-go",
      commit: `${commit} (${ref})`,
      files: ["service/oauth2/model.go", "service/oauth2/impl.go", "apierr/errors.go", "apierr/error_mapping.go"],
      derivedBy: "tools/databricks-emulator/contract/derive.ts",
      notes: NOTES,
    },
    optionalMayBeNull: false,
    operations,
    components: { schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))) },
    errorCodeStatus: errorCodeStatus(files.mapping),
  };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      model: { type: "string" },
      impl: { type: "string" },
      errors: { type: "string" },
      mapping: { type: "string" },
      commit: { type: "string" },
      ref: { type: "string", default: "" },
      out: { type: "string", default: FIXTURE_FILE },
    },
  });
  const { model, impl, errors, mapping, commit, ref, out } = values;
  if (!model || !impl || !errors || !mapping || !/^[0-9a-f]{40}$/.test(commit ?? "")) {
    process.stderr.write("usage: derive.ts --model model.go --impl impl.go --errors errors.go --mapping error_mapping.go --commit <40-hex> [--ref v0.93.0] [--out FILE]\n");
    process.exit(2);
  }
  const read = (file: string) => readFileSync(file, "utf8");
  const fixture = derive({ model: read(model), impl: read(impl), errors: read(errors), mapping: read(mapping) }, commit!, ref!);
  writeFileSync(out!, `${JSON.stringify(fixture, null, 2)}\n`);
  process.stderr.write(`wrote ${out} (${fixture.operations.length} operations, ${Object.keys(fixture.components.schemas).length} schemas)\n`);
}
