/**
 * npm run rotate -- <integration id> [token]
 *
 * Sets `rotation` of one integration in the config (DBT_OAUTH_CONFIG): the next deploy
 * replaces that integration, create before destroy, and stores the new client secret. The
 * token defaults to the UTC time, YYYY-MM-DD-HHMM.
 *
 * The property is edited in place, so the rest of the file stays byte for byte and the pull
 * request's diff is one line; where the file is written in a way that cannot be edited safely,
 * it is rewritten with 2-space indentation. Either way the result must parse to exactly the
 * intended config and pass the app's own validation, else nothing is written.
 *
 * Prints what the deploy will do; in a workflow step it also sets the outputs integration,
 * token, previous, name, secret and region (the rotate workflow's pull request body).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { ConfigError } from "../lib/config/config-error";
import { configPathFromEnv, parseConfig } from "../lib/config/load-config";
import { annotateErrors, setStepOutputs } from "./github-actions";

export interface Rotation {
  integration: string;
  token: string;
  /** The token before, or "(none)". */
  previous: string;
  /** The Databricks integration name the deploy creates. */
  name: string;
  /** The Secrets Manager secret that receives the new client ID and secret. */
  secret: string;
  region: string;
  /** false: the file had to be rewritten with 2-space indentation. */
  editedInPlace: boolean;
  /** The config file's new text. */
  text: string;
}

/** The default token: the UTC minute, e.g. 2026-11-28-1604 (15 characters; the schema allows 16). */
export function rotationTokenAt(now: Date): string {
  return now.toISOString().slice(0, 16).replace("T", "-").replace(":", "");
}

type RawIntegration = { id?: unknown; rotation?: unknown };

/** The config text with integrations[id].rotation = token; throws ConfigError for anything the deploy would reject. */
export function setRotation(text: string, file: string, integration: string, token: string): Rotation {
  const config = parseJson(text, file);
  const integrations: RawIntegration[] = Array.isArray(config.integrations) ? config.integrations : [];
  const target = integrations.find((candidate) => candidate?.id === integration);
  if (!target) {
    const ids = integrations.map((candidate) => candidate?.id).join(", ") || "none";
    throw new ConfigError(file, [{ path: "integrations", message: `no integration with id "${integration}"; its ids: ${ids}` }]);
  }
  const previous = target.rotation;
  if (previous === token) throw new ConfigError(file, [{ path: `integrations[id=${integration}].rotation`, message: `is already "${token}": choose another token` }]);
  target.rotation = token;

  const inPlace = editInPlace(text, integration, previous, token);
  const editedInPlace = inPlace !== undefined && sameJson(parseJson(inPlace, file), config);
  const edited = editedInPlace ? inPlace! : `${JSON.stringify(config, null, 2)}\n`;
  // The app's validation: a bad token is reported as the config field, with its rule.
  const spec = parseConfig(JSON.parse(edited), file).config;
  const integrationSpec = spec.integrations.find((candidate) => candidate.id === integration)!;
  return {
    integration,
    token,
    previous: typeof previous === "string" ? previous : "(none)",
    name: integrationSpec.name,
    secret: integrationSpec.secret.name,
    region: spec.aws.region,
    editedInPlace,
    text: edited,
  };
}

/**
 * Inserts or replaces the rotation property inside the integration's object, found by its
 * "id" property: undefined when that is ambiguous (the id appears twice) or the file writes
 * the property in a way this does not follow. The caller checks the result parses as intended.
 */
function editInPlace(text: string, integration: string, previous: unknown, token: string): string | undefined {
  const hits = [...text.matchAll(new RegExp(`"id"\\s*:\\s*"${escapeRegExp(integration)}"`, "g"))];
  if (hits.length !== 1) return undefined;
  const start = hits[0].index!;
  const after = start + hits[0][0].length;
  const next = text.slice(after).search(/"id"\s*:/);
  const end = next < 0 ? text.length : after + next;
  const region = text.slice(start, end);
  let changed: string | undefined;
  if (previous === undefined) {
    changed = region.replace(/^("id"\s*:\s*"[^"]*"\s*,)(\s*)/, (_, property: string, space: string) => `${property}${space}"rotation": "${token}",${space}`);
  } else if (typeof previous === "string" && /^[a-z0-9-]+$/.test(previous)) {
    changed = region.replace(new RegExp(`("rotation"\\s*:\\s*)"${previous}"`), (_, head: string) => `${head}"${token}"`);
  }
  return changed === undefined || changed === region ? undefined : text.slice(0, start) + changed + text.slice(end);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function parseJson(text: string, file: string): { integrations?: unknown } & Record<string, unknown> {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, [{ path: "", message: `is not valid JSON: ${(error as Error).message}` }]);
  }
}

/** Equal as JSON values, whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  const sortedKeys = (_: string, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y))) : value;
  return JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys);
}

if (require.main === module) {
  const file = configPathFromEnv();
  const [integration, token = rotationTokenAt(new Date())] = process.argv.slice(2);
  try {
    if (!integration) throw new ConfigError(file, [{ path: "", message: "usage: npm run rotate -- <integration id> [token]" }]);
    const rotation = setRotation(readFileSync(file, "utf8"), file, integration, token);
    writeFileSync(file, rotation.text);
    if (!rotation.editedInPlace) console.log(`${file}: the property could not be edited in place; the file was rewritten with 2-space indentation`);
    console.log(`${file}: integrations[id=${integration}].rotation ${rotation.previous} -> ${token}`);
    console.log(`The next deploy creates the Databricks integration ${rotation.name}, stores its client ID and secret in ${rotation.secret} (${rotation.region}), then deletes the old one.`);
    const { integration: id, previous, name, secret, region } = rotation;
    setStepOutputs({ integration: id, token, previous, name, secret, region });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    annotateErrors(file, error);
    process.exit(1);
  }
}
