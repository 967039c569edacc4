/**
 * The edge of the app: read the file, validate it against the schema, and turn it into the
 * typed model, or throw one ConfigError that lists every problem with its field path,
 * the value found and what is allowed.
 */
import { readFileSync } from "node:fs";
import { parse as parseJsonc, type ParseError, printParseErrorCode } from "jsonc-parser";
import { z } from "zod";
import { legacyHostWarning } from "../dbt-cloud-regions";
import { ConfigError, type ConfigProblem } from "./config-error";
import { didYouMean } from "./did-you-mean";
import { configJsonSchema, keysAllowedAt } from "./json-schema";
import { type AppConfig, toAppConfig } from "./model";
import { configSchema } from "./schema";

const CONFIG_ENV_VAR = "DBT_OAUTH_CONFIG";
const DEFAULT_CONFIG_FILE = "dbt-databricks-oauth.json";

export interface LoadedConfig {
  readonly config: AppConfig;
  /** Things that work but deserve a human's attention; printed on every synth. */
  readonly warnings: readonly string[];
}

export function configPathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env[CONFIG_ENV_VAR] || DEFAULT_CONFIG_FILE;
}

export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new ConfigError(file, [
      { path: "", message: `cannot read the config file (${reason}); set ${CONFIG_ENV_VAR} to its path, or create ${DEFAULT_CONFIG_FILE} from the README's example` },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ConfigError(file, [{ path: "", message: `is not valid JSON: ${jsonSyntaxError(text)}` }]);
  }
  return parseConfig(raw, file);
}

/**
 * Where the first syntax error is, as line:column. Node's JSON.parse names no position for
 * some errors (a truncated file), so jsonc-parser, in strict JSON mode, locates it.
 */
function jsonSyntaxError(text: string): string {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return "unparseable";
  const lines = text.slice(0, first.offset).split("\n");
  return `${printParseErrorCode(first.error)} at line ${lines.length}, column ${(lines.at(-1) ?? "").length + 1}`;
}

export function parseConfig(raw: unknown, file = "<config>"): LoadedConfig {
  const result = configSchema.safeParse(raw);
  const markers = cdktfTokenMarkers(raw);
  if (!result.success || markers.length > 0) throw new ConfigError(file, [...markers, ...(result.error?.issues.flatMap((issue) => describeIssue(issue, raw)) ?? [])]);
  const config = toAppConfig(result.data);
  return { config, warnings: warningsFor(config) };
}

function warningsFor(config: AppConfig): string[] {
  const warnings: string[] = [];
  config.integrations.forEach((integration, index) => {
    const legacy = legacyHostWarning(integration.dbtCloud.host);
    if (legacy) warnings.push(`integrations[${index}].dbtCloud.accessUrl: ${legacy}`);
    if (/-[^-/]{6}$/.test(integration.secret.name)) {
      warnings.push(
        `integrations[${index}].secret.name: "${integration.secret.name}" ends with a hyphen and six characters, ` +
          "which AWS advises against (partial-ARN look-ups can match the wrong secret)",
      );
    }
  });
  if (config.backend.type === "local" && !config.sandbox) {
    warnings.push(
      `backend: stack "${config.stackName}" keeps its Terraform state in a local file, and that state holds every client secret. ` +
        'Use backend.type "s3" (encrypted, locked) for anything beyond a trial.',
    );
  }
  return warnings;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): ConfigProblem[] {
  const path = issue.path as PropertyKey[];
  if (issue.code === "unrecognized_keys") {
    const allowed = keysAllowedAt(configJsonSchema(), path);
    return issue.keys.map((key) => ({
      path: z.core.toDotPath([...path, key]),
      message: `unknown key${didYouMean(key, allowed)}; allowed here: ${allowed.join(", ")}`,
    }));
  }
  const value = valueAt(raw, path);
  const got = value === undefined ? "missing" : `got ${JSON.stringify(value)}`;
  const message = issue.code === "invalid_type" && value === undefined ? "required" : issue.message;
  return [{ path: z.core.toDotPath(path), message: value === undefined ? message : `${message} (${got})` }];
}

/**
 * cdktf reads `${TfToken[...]}` (and `#{TfToken[...]}`, its list form) in any string as its own
 * placeholder for a value known at synth, and replaces it: such config text would not reach
 * Terraform as written (lib/terraform-literal.ts escapes everything else), so it is refused.
 */
function cdktfTokenMarkers(raw: unknown, path: PropertyKey[] = []): ConfigProblem[] {
  if (typeof raw === "string") {
    return /[$#]\{TfToken\[/.test(raw)
      ? [
          {
            path: z.core.toDotPath(path),
            message: `must not contain "\${TfToken[" or "#{TfToken[", cdktf's placeholder for values it fills in at synth; remove it (got ${JSON.stringify(raw)})`,
          },
        ]
      : [];
  }
  if (raw === null || typeof raw !== "object") return [];
  return Object.entries(raw).flatMap(([key, value]) => cdktfTokenMarkers(value, [...path, Array.isArray(raw) ? Number(key) : key]));
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined), raw);
}
