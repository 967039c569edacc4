/**
 * The test step of a rotation (Secrets Manager's own rotation has create, set, test, finish):
 * does the Databricks workspace dbt Cloud signs in at accept an OAuth client?
 *
 * It reads the client from Secrets Manager (AWSCURRENT or AWSPENDING of the integration's
 * secret), finds the workspace's token endpoint by discovery
 * (`https://{host}/oidc/.well-known/oauth-authorization-server`) and sends a refresh-token
 * grant with a deliberately invalid token, authenticated as the client (client_secret_basic).
 * RFC 6749 section 5.2 checks the client first and the grant second (facts.md section 8):
 *
 * - `invalid_grant`: the client authenticated, only the token was refused: **ready**;
 * - `invalid_client`: unknown, deleted, wrong secret or not yet propagated: **not ready**;
 * - anything else (another answer, a timeout, a network error): **unknown**, never ready.
 *
 * Each request has a timeout and an unknown answer is retried a bounded number of times
 * (CHECK_DEFAULTS). The secret goes only to the token endpoint of the workspace named in
 * the config (discovery naming another origin is refused) and is never printed.
 */
import { GetSecretValueCommand, ResourceNotFoundException } from "@aws-sdk/client-secrets-manager";
import { DATABRICKS_WORKSPACE_HOST } from "../lib/config/schema";
import type { AppConfig, ClientStage, IntegrationSpec } from "../lib/config/model";
import { secretsManagerClient } from "./stored-secrets";

export type Verdict = "ready" | "not ready" | "unknown";

export interface ProbeResult {
  verdict: Verdict;
  /** The server's reason (not ready), what was seen (unknown), or what ready rests on. */
  reason: string;
}

export interface ClientCheckResult extends ProbeResult {
  integration: string;
  stage: ClientStage;
  /** Undefined when the client could not be read. */
  clientId?: string;
  /** The workspace host asked (undefined when none is known). */
  workspace?: string;
}

export interface CheckOptions {
  /** Per HTTP request (discovery, token). */
  timeoutMs: number;
  /** Attempts for an unknown answer (a timeout, a 5xx, a network error); not ready and ready are final. */
  attempts: number;
  /** Between those attempts. */
  retryDelayMs: number;
}

/** Stated in `npm run rotate -- --help` and the README: at most 3 × (10 s + 10 s) + 2 × 2 s per client. */
export const CHECK_DEFAULTS: CheckOptions = { timeoutMs: 10_000, attempts: 3, retryDelayMs: 2_000 };

export const STAGE_OF = { current: "AWSCURRENT", pending: "AWSPENDING" } as const satisfies Record<string, ClientStage>;
export type ClientRole = keyof typeof STAGE_OF;

/** Why a check cannot even start (no workspace, a sandbox host not mapped): exit 1, like unknown. */
export class CheckSetupError extends Error {}

/** The workspace a client is checked at: --workspace, else the host of the managed connection. */
export function workspaceHostFor(spec: IntegrationSpec, override?: string): string {
  const host = override ?? spec.connection?.host;
  if (!host) {
    throw new CheckSetupError(
      `integrations[id=${spec.id}] has no managed dbt Cloud connection, so no workspace is known: pass --workspace HOST (the Databricks workspace host dbt Cloud's connection names, e.g. dbc-a1b2c3d4-e5f6.cloud.databricks.com)`,
    );
  }
  if (!DATABRICKS_WORKSPACE_HOST.test(host))
    throw new CheckSetupError(`--workspace "${host}" is not a workspace host name: give it without https:// or a path, e.g. dbc-a1b2c3d4-e5f6.cloud.databricks.com`);
  return host;
}

/**
 * https://{host}, or in the sandbox the emulator's URL the config maps the host to. A sandbox
 * config never reaches a real workspace: an unmapped host is an error.
 */
export function workspaceBaseUrl(host: string, sandbox: AppConfig["sandbox"]): string {
  if (!sandbox) return `https://${host}`;
  const mapped = sandbox.workspaces?.[host];
  if (!mapped) throw new CheckSetupError(`sandbox.workspaces has no entry for workspace ${host}: the sandbox serves ${Object.keys(sandbox.workspaces ?? {}).join(", ") || "none"}`);
  return mapped.replace(/\/+$/, "");
}

/** What the token endpoint's answer means for the client (RFC 6749 section 5.2). */
export function classify(status: number, body: unknown): ProbeResult {
  const { error, error_description } = (body && typeof body === "object" ? body : {}) as { error?: unknown; error_description?: unknown };
  const said = typeof error === "string" ? `${error}${typeof error_description === "string" ? `: ${error_description}` : ""}` : `HTTP ${status}`;
  if (status === 400 && error === "invalid_grant")
    return { verdict: "ready", reason: "the client authenticated; only the deliberately invalid refresh token was refused (invalid_grant)" };
  if ((status === 401 || status === 400) && error === "invalid_client")
    return { verdict: "not ready", reason: typeof error_description === "string" ? error_description : "invalid_client" };
  return { verdict: "unknown", reason: `unexpected answer: HTTP ${status}, ${said}` };
}

async function fetchJson(url: string, init: RequestInit, timeoutMs: number): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, body };
}

const failure = (error: unknown) => {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError") return "timed out";
  return e.cause?.message ?? e.cause?.code ?? e.message;
};

/** The token endpoint from the workspace's discovery document; only on the workspace's own origin. */
export async function discoverTokenEndpoint(baseUrl: string, options: CheckOptions = CHECK_DEFAULTS): Promise<string> {
  const url = `${baseUrl}/oidc/.well-known/oauth-authorization-server`;
  const { status, body } = await fetchJson(url, {}, options.timeoutMs);
  const endpoint = (body as { token_endpoint?: unknown } | undefined)?.token_endpoint;
  if (status !== 200 || typeof endpoint !== "string") throw new Error(`discovery ${url}: HTTP ${status}${typeof endpoint === "string" ? "" : ", no token_endpoint"}`);
  if (new URL(endpoint).origin !== new URL(baseUrl).origin)
    throw new Error(`discovery ${url} names a token endpoint on another origin (${endpoint}); the client's secret is not sent there`);
  return endpoint;
}

/** One probe: the invalid refresh token grant, sent as client_secret_basic (each part form-encoded first). */
export async function probeOnce(tokenEndpoint: string, client: { clientId: string; clientSecret: string }, options: CheckOptions = CHECK_DEFAULTS): Promise<ProbeResult> {
  const basic = Buffer.from(`${formEncode(client.clientId)}:${formEncode(client.clientSecret)}`).toString("base64");
  const { status, body } = await fetchJson(
    tokenEndpoint,
    {
      method: "POST",
      headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: "dbt-databricks-oauth-readiness-probe-not-a-token" }).toString(),
    },
    options.timeoutMs,
  );
  return classify(status, body);
}

/** application/x-www-form-urlencoded, as RFC 6749 section 2.3.1 asks before Basic encoding. */
const formEncode = (s: string) => new URLSearchParams({ s }).toString().slice(2);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Discovery and the probe, an unknown outcome retried up to `attempts` times in all. */
export async function probeWorkspace(baseUrl: string, client: { clientId: string; clientSecret: string }, options: CheckOptions = CHECK_DEFAULTS): Promise<ProbeResult> {
  let last: ProbeResult = { verdict: "unknown", reason: "not tried" };
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      last = await probeOnce(await discoverTokenEndpoint(baseUrl, options), client, options);
    } catch (error) {
      last = { verdict: "unknown", reason: failure(error) };
    }
    if (last.verdict !== "unknown") return last;
    if (attempt < options.attempts) await sleep(options.retryDelayMs);
  }
  return { ...last, reason: `${last.reason} (after ${options.attempts} attempt${options.attempts === 1 ? "" : "s"})` };
}

/** The client ID and secret a stage of the integration's secret holds; never logged. */
export async function readStoredClient(
  config: AppConfig,
  spec: IntegrationSpec,
  stage: ClientStage,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ clientId: string; clientSecret: string }> {
  const sm = secretsManagerClient({ region: config.aws.region, endpoint: config.sandbox?.awsUrl }, env);
  try {
    const answer = await sm.send(new GetSecretValueCommand({ SecretId: spec.secret.name, VersionStage: stage }));
    const value = JSON.parse(answer.SecretString ?? "{}") as { client_id?: unknown; client_secret?: unknown };
    if (typeof value.client_id !== "string" || typeof value.client_secret !== "string") throw new Error(`${spec.secret.name} (${stage}) holds no client_id and client_secret`);
    return { clientId: value.client_id, clientSecret: value.client_secret };
  } catch (error) {
    if (error instanceof ResourceNotFoundException) {
      throw new CheckSetupError(
        `${spec.secret.name} (${config.aws.region}) has no ${stage} version${stage === "AWSPENDING" ? ": no rotation is deployed (run `npm run rotate -- start` and deploy it)" : ""}`,
      );
    }
    throw new Error(`GetSecretValue ${spec.secret.name} ${stage} (${config.aws.region}): ${(error as Error).name}: ${(error as Error).message}`);
  } finally {
    sm.destroy();
  }
}

/** The whole check of one client of one integration; every failure is a result, never a throw. */
export async function checkClient(
  config: AppConfig,
  spec: IntegrationSpec,
  role: ClientRole,
  workspaceOverride?: string,
  options: CheckOptions = CHECK_DEFAULTS,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ClientCheckResult> {
  const stage = STAGE_OF[role];
  let workspace: string | undefined;
  let clientId: string | undefined;
  try {
    workspace = workspaceHostFor(spec, workspaceOverride);
    const base = workspaceBaseUrl(workspace, config.sandbox);
    const client = await readStoredClient(config, spec, stage, env);
    clientId = client.clientId;
    return { integration: spec.id, stage, clientId, workspace, ...(await probeWorkspace(base, client, options)) };
  } catch (error) {
    return { integration: spec.id, stage, clientId, workspace, verdict: "unknown", reason: (error as Error).message };
  }
}

/** One line: integration, client, workspace, verdict and reason; never the secret. */
export function formatCheck(r: ClientCheckResult): string {
  const role = r.stage === "AWSPENDING" ? "pending" : "current";
  const who = `${r.integration}: ${role} client ${r.clientId ?? "(unread)"} (${r.stage}) at workspace ${r.workspace ?? "(none)"}`;
  return r.verdict === "ready" ? `${who}: ready` : `${who}: ${r.verdict} (${r.reason})`;
}

/** 0 every client ready, 2 one not ready (and none unknown), 1 any unknown or error. */
export function exitCodeOf(results: readonly ClientCheckResult[]): number {
  if (results.some((r) => r.verdict === "unknown")) return 1;
  return results.some((r) => r.verdict === "not ready") ? 2 : 0;
}

export interface SettleOptions {
  /** How long the client must keep checking ready (default 60 s), so one lucky answer from one backend does not count. */
  settleMs: number;
  /** Probes spread evenly over that period, the first at once (default 4: 0, 20, 40, 60 s). */
  probes: number;
}

export const SETTLE_DEFAULTS: SettleOptions = { settleMs: 60_000, probes: 4 };

/**
 * Ready only when every one of `probes` checks spread over `settleMs` says ready; the first
 * other answer ends it and is the result (not ready, or unknown).
 */
export async function settledCheck(
  check: () => Promise<ClientCheckResult>,
  settle: SettleOptions = SETTLE_DEFAULTS,
  onProbe?: (r: ClientCheckResult) => void,
): Promise<ClientCheckResult> {
  const count = Math.max(2, settle.probes);
  const interval = settle.settleMs / (count - 1);
  const started = Date.now();
  let result!: ClientCheckResult;
  for (let i = 0; i < count; i++) {
    if (i > 0) await sleep(Math.max(0, started + i * interval - Date.now()));
    result = await check();
    onProbe?.(result);
    if (result.verdict !== "ready") return result;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  return { ...result, reason: `ready at ${count} consecutive checks over ${seconds} s` };
}

/** Checks again every `intervalMs` (and once more at `deadline`) until ready or the deadline has passed; the last result. */
export async function checkUntil(
  check: () => Promise<ClientCheckResult>,
  deadline: Date,
  intervalMs: number,
  onProbe?: (r: ClientCheckResult) => void,
): Promise<ClientCheckResult> {
  for (;;) {
    const result = await check();
    onProbe?.(result);
    const left = deadline.getTime() - Date.now();
    if (result.verdict === "ready" || left <= 0) return result;
    await sleep(Math.min(intervalMs, left));
  }
}
