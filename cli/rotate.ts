/**
 * npm run rotate -- start <integration id> [token]
 * npm run rotate -- check <integration id>|--all [--client current|pending]... [--workspace HOST] [--wait-window] [--interval S]
 * npm run rotate -- finish <integration id> [--created ISO] [--force] [--outputs FILE] [--workspace HOST] [--settle-seconds S]
 * npm run rotate -- status [--json] [--check] [--outputs FILE]
 *
 * Rotation in two reviewed steps, modelled on Secrets Manager's own (AWSPENDING → AWSCURRENT
 * → AWSPREVIOUS), each one edit of the config (DBT_OAUTH_CONFIG) for a pull request:
 * - start sets rotation.pending: the deploy creates the new client beside the current one and
 *   stores it as AWSPENDING; dbt Cloud keeps the current client. The token defaults to the
 *   UTC minute, YYYY-MM-DD-HHMM.
 * - check is the test step (cli/client-check.ts): does the workspace dbt Cloud signs in at
 *   accept the client? ready (exit 0), not ready (2), unknown or error (1).
 * - finish makes the pending client current: the deploy switches dbt Cloud's connection,
 *   promotes the value to AWSCURRENT (the old one becomes AWSPREVIOUS) and then deletes the
 *   old client. It is allowed once the check has said ready for the settle period (even
 *   inside the propagation window), refused while it says not ready (even after the window);
 *   when the check can only say unknown, the window decides (the pending client's create time
 *   from `terraform output -json` of the deployed stack, a saved copy of it, or --created).
 *   --force overrides a refusal with a warning.
 * - status says per integration which clients exist, when the current one was issued, when
 *   the next rotation is due (rotation.everyDays) and whether finish is ready.
 *
 * Edits go through jsonc-parser's modify/applyEdits, so the rest of the file keeps its
 * formatting; the result must pass the app's own validation, else nothing is written. In a
 * workflow step the commands also set step outputs (the pull request's title and body).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { applyEdits, modify, parse as parseJsonc, type JSONPath, type ParseError } from "jsonc-parser";
import { ConfigError } from "../lib/config/config-error";
import { configPathFromEnv, parseConfig } from "../lib/config/load-config";
import type { AppConfig, IntegrationSpec } from "../lib/config/model";
import { annotateErrors, setStepOutputs } from "./github-actions";
import { scheduledSteps } from "./rotation-schedule";
import { CHECK_DEFAULTS, checkClient, checkUntil, type ClientCheckResult, type ClientRole, exitCodeOf, formatCheck, SETTLE_DEFAULTS, settledCheck, STAGE_OF } from "./client-check";

/** `<id>_clients` of `terraform output -json`: each deployed client by token ("(none)" for the first). */
export type DeployedClients = Record<string, { client_id: string; integration_id: string; create_time: string; stage: "AWSCURRENT" | "AWSPENDING" }>;
export type DeployedOutputs = Record<string, { value: unknown }>;

export interface RotationEdit {
  step: "start" | "finish";
  integration: string;
  /** The token of the client this step introduces (start) or makes current (finish). */
  token: string;
  /** The current client's token before the edit, or "(none)". */
  previous: string;
  /** The config file's new text. */
  text: string;
  /** The app's model of the edited config's integration, for the messages. */
  spec: IntegrationSpec;
  config: AppConfig;
}

/** The default token: the UTC minute, e.g. 2026-11-28-1604 (15 characters; the schema allows 16). */
export function rotationTokenAt(now: Date): string {
  return now.toISOString().slice(0, 16).replace("T", "-").replace(":", "");
}

type RawRotation = string | { current?: unknown; pending?: unknown } | undefined;

function located(text: string, file: string, integration: string): { index: number; rotation: RawRotation } {
  const errors: ParseError[] = [];
  const config = parseJsonc(text, errors, { disallowComments: false, allowTrailingComma: true }) as { integrations?: { id?: unknown; rotation?: RawRotation }[] };
  if (errors.length > 0 || !config || typeof config !== "object") throw new ConfigError(file, [{ path: "", message: "is not valid JSON" }]);
  const integrations = Array.isArray(config.integrations) ? config.integrations : [];
  const index = integrations.findIndex((candidate) => candidate?.id === integration);
  if (index < 0) {
    const ids = integrations.map((candidate) => candidate?.id).join(", ") || "none";
    throw new ConfigError(file, [{ path: "integrations", message: `no integration with id "${integration}"; its ids: ${ids}` }]);
  }
  return { index, rotation: integrations[index]!.rotation };
}

function edit(text: string, path: JSONPath, value: unknown): string {
  return applyEdits(text, modify(text, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } }));
}

function validated(text: string, file: string, integration: string): { spec: IntegrationSpec; config: AppConfig } {
  const { config } = parseConfig(parseJsonc(text), file);
  const spec = config.integrations.find((candidate) => candidate.id === integration)!;
  if (spec.retired) {
    throw new ConfigError(file, [
      { path: `integrations[id=${integration}].retired`, message: "the integration is retired: it has no client to rotate (remove `retired` to bring it back)" },
    ]);
  }
  return { config, spec };
}

/** dbt Cloud gets the client from this app only while the connection is managed (not released or deleted). */
const managedConnection = (spec: IntegrationSpec) => (spec.connection && !spec.connection.end ? spec.connection : undefined);

/** Step 1: rotation.pending = token. Throws ConfigError for anything the deploy would reject. */
export function startRotation(text: string, file: string, integration: string, token: string): RotationEdit {
  const { index, rotation } = located(text, file, integration);
  const where = `integrations[id=${integration}].rotation`;
  const current = typeof rotation === "string" ? rotation : rotation?.current;
  if (typeof rotation === "object" && rotation.pending !== undefined) {
    throw new ConfigError(file, [
      { path: `${where}.pending`, message: `a rotation to "${String(rotation.pending)}" is in progress: run \`npm run rotate -- finish ${integration}\` first` },
    ]);
  }
  const path = ["integrations", index, "rotation"];
  // The legacy string form becomes the object form, keeping its token as current.
  const edited =
    typeof rotation === "object" ? edit(text, [...path, "pending"], token) : edit(text, path, current === undefined ? { pending: token } : { current, pending: token });
  return { step: "start", integration, token, previous: typeof current === "string" ? current : "(none)", text: edited, ...validated(edited, file, integration) };
}

/** Step 2: rotation.current = the pending token, pending removed. */
export function finishRotation(text: string, file: string, integration: string): RotationEdit {
  const { index, rotation } = located(text, file, integration);
  if (typeof rotation !== "object" || typeof rotation.pending !== "string") {
    throw new ConfigError(file, [
      { path: `integrations[id=${integration}].rotation.pending`, message: `no rotation in progress: start one with \`npm run rotate -- start ${integration}\`` },
    ]);
  }
  const path = ["integrations", index, "rotation"];
  const edited = edit(edit(text, [...path, "current"], rotation.pending), [...path, "pending"], undefined);
  const previous = typeof rotation.current === "string" ? rotation.current : "(none)";
  return { step: "finish", integration, token: rotation.pending, previous, text: edited, ...validated(edited, file, integration) };
}

export interface Readiness {
  ready: boolean;
  /** When the pending client has had its propagation window. */
  readyAt?: Date;
  reason: string;
}

/** Whether step 2 may run: the deployed pending client is at least propagationMinutes old. */
export function finishReadiness(clients: DeployedClients | undefined, propagationMinutes: number, now: Date, created?: Date): Readiness {
  const pending = Object.entries(clients ?? {}).find(([, client]) => client.stage === "AWSPENDING");
  const createdAt = created ?? (pending ? new Date(pending[1].create_time) : undefined);
  if (!createdAt || Number.isNaN(createdAt.getTime())) {
    return { ready: false, reason: "no pending client is deployed yet: merge and deploy step 1 first (or pass --created <ISO time>)" };
  }
  const readyAt = new Date(createdAt.getTime() + propagationMinutes * 60_000);
  return now >= readyAt
    ? { ready: true, readyAt, reason: `the pending client was created ${createdAt.toISOString()}, more than ${propagationMinutes} min ago` }
    : {
        ready: false,
        readyAt,
        reason: `the pending client was created ${createdAt.toISOString()}; Databricks may need until ${readyAt.toISOString()} (${propagationMinutes} min) before it can sign in`,
      };
}

/**
 * Step 2's rule: the sign-in check first, the propagation window only when the check cannot
 * tell. `check` is the pending client's settled check (or undefined when none was made).
 */
export function finishDecision(check: ClientCheckResult | undefined, window: Readiness): Readiness {
  if (check?.verdict === "ready")
    return { ready: true, readyAt: window.readyAt, reason: `the pending client ${check.clientId} is accepted at workspace ${check.workspace} (${check.reason})` };
  if (check?.verdict === "not ready") {
    return {
      ready: false,
      readyAt: window.readyAt,
      reason: `workspace ${check.workspace} does not accept the pending client ${check.clientId} yet (${check.reason})${window.ready ? ", although its propagation window has passed: is it the client that was deployed?" : ""}`,
    };
  }
  return window;
}

export interface IntegrationStatus {
  integration: string;
  current: string;
  currentClientId?: string;
  pending?: string;
  pendingClientId?: string;
  /** When the current client was created, from the deployed stack. */
  issuedAt?: string;
  /** issuedAt + rotation.everyDays. */
  nextDue?: string;
  /** A rotation is due by the policy and none is in progress. */
  due: boolean;
  finish?: Readiness;
  /** The sign-in check of the current / pending client (`status --check`, the drift report). */
  currentCheck?: ClientCheckResult;
  pendingCheck?: ClientCheckResult;
  /** Where dbt Cloud gets the client: the managed connection, or a person pastes it. */
  dbtCloud: string;
}

export function rotationStatus(config: AppConfig, outputs: DeployedOutputs, now: Date): IntegrationStatus[] {
  // A retired integration has no client left to rotate.
  const active = config.integrations.filter((spec) => !spec.retired);
  return active.map((spec) => {
    const clients = outputs[`${spec.id}_clients`]?.value as DeployedClients | undefined;
    const { current, pending, everyDays, propagationMinutes } = spec.rotation;
    const deployedCurrent = clients?.[current.label];
    const issuedAt = deployedCurrent?.create_time;
    const nextDue = issuedAt && everyDays ? new Date(Date.parse(issuedAt) + everyDays * 86_400_000).toISOString() : undefined;
    return {
      integration: spec.id,
      current: current.label,
      currentClientId: deployedCurrent?.client_id,
      pending: pending?.label,
      pendingClientId: pending && clients?.[pending.label]?.client_id,
      issuedAt,
      nextDue,
      due: !pending && nextDue !== undefined && Date.parse(nextDue) <= now.getTime(),
      finish: pending ? finishReadiness(clients, propagationMinutes, now) : undefined,
      dbtCloud: managedConnection(spec) ? `managed connection "${spec.connection!.name}" (dbt Cloud account ${spec.dbtCloud.accountId})` : "not managed: pasted by hand",
    };
  });
}

/** `terraform output -json` of the deployed stack (cdktf.out/stacks/<stack>, initialised), or a saved copy. */
export function readDeployedOutputs(config: AppConfig, file?: string): DeployedOutputs {
  if (file) return JSON.parse(readFileSync(file, "utf8")) as DeployedOutputs;
  const dir = join(process.env.CDKTF_OUTDIR || "cdktf.out", "stacks", config.stackName);
  const result = spawnSync(process.env.TERRAFORM_BINARY_NAME || "terraform", ["output", "-json"], { cwd: dir, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`terraform output -json in ${dir} failed (synth and terraform init first, or pass --outputs FILE): ${(result.stderr || String(result.error)).trim()}`);
  }
  return JSON.parse(result.stdout) as DeployedOutputs;
}

/** What step 2 means for dbt Cloud, in words for the CLI, the pull request and the plan summary. */
export function dbtCloudInstructions(spec: IntegrationSpec, region: string): string {
  const connection = managedConnection(spec);
  if (connection) {
    return `dbt Cloud's connection "${connection.name}" is switched to the new client in the same apply, before the old client is deleted; nothing to paste by hand.`;
  }
  return [
    "dbt Cloud's connection is not managed here. Before merging the finish step's pull request, while both clients work:",
    `1. Read the new client from Secrets Manager (stage AWSPENDING): aws secretsmanager get-secret-value --region ${region} --secret-id '${spec.secret.name}' --version-stage AWSPENDING --query SecretString --output text`,
    "2. Paste its client_id and client_secret into dbt Cloud: Settings → Projects → the project → Connection → OAuth Client ID / OAuth Client Secret.",
    "3. Merge: the deploy promotes it to AWSCURRENT (the old value stays as AWSPREVIOUS) and only then deletes the old client.",
  ].join("\n");
}

const USAGE = `usage:
  npm run rotate -- start <integration id> [token]
  npm run rotate -- check <integration id>|--all [--client current|pending]... [--workspace HOST] [--wait-window] [--interval SECONDS]
  npm run rotate -- finish <integration id> [--force] [--created ISO] [--outputs FILE] [--workspace HOST] [--settle-seconds SECONDS]
  npm run rotate -- status [--json] [--check] [--outputs FILE]

check: reads the client (AWSCURRENT, or AWSPENDING with --client pending) from the integration's
secret, finds the token endpoint of the workspace dbt Cloud's connection names (or --workspace)
by discovery and sends a refresh-token grant with a deliberately invalid token as that client.
One line per client, never the secret:
  ready       invalid_grant: the workspace accepts the client                   (exit 0)
  not ready   invalid_client: unknown, deleted, wrong secret or not propagated  (exit 2)
  unknown     any other answer, a timeout, a network error                      (exit 1; never ready)
Each request times out after ${CHECK_DEFAULTS.timeoutMs / 1000} s; an unknown outcome is tried ${CHECK_DEFAULTS.attempts} times in all,
${CHECK_DEFAULTS.retryDelayMs / 1000} s apart. --all: every integration with a managed connection. --wait-window: check again
every --interval seconds (default 15) until ready or until the client's propagation window
(rotation.propagationMinutes after it was created) has passed: what deploy.yml runs.

finish: allowed once the pending client has checked ready ${SETTLE_DEFAULTS.probes} times in a row over --settle-seconds
(default ${SETTLE_DEFAULTS.settleMs / 1000}), even inside the propagation window; refused while it checks not ready, even
after the window; when the check can only say unknown, allowed once the window has passed.
--force overrides a refusal, with a warning.`;

async function main(argv: string[]): Promise<number> {
  const file = configPathFromEnv();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      created: { type: "string" },
      outputs: { type: "string" },
      client: { type: "string", multiple: true },
      workspace: { type: "string" },
      all: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      "wait-window": { type: "boolean", default: false },
      interval: { type: "string", default: "15" },
      "settle-seconds": { type: "string", default: String(SETTLE_DEFAULTS.settleMs / 1000) },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, integration, token] = positionals;
  try {
    const text = readFileSync(file, "utf8");
    if (command === "status") return await status(text, file, values.outputs, values.json, values.check);
    if (command === "check") {
      const roles = (values.client ?? ["current"]).map((role) => {
        if (role !== "current" && role !== "pending") throw new ConfigError(file, [{ path: "--client", message: `must be current or pending (got "${role}")` }]);
        return role;
      });
      if (!integration && !values.all) throw new ConfigError(file, [{ path: "", message: `name an integration id, or --all\n${USAGE}` }]);
      const interval = seconds(file, "--interval", values.interval!);
      return await check(text, file, {
        integration,
        roles,
        workspace: values.workspace,
        waitWindow: values["wait-window"],
        intervalMs: interval * 1000,
        outputsFile: values.outputs,
      });
    }
    if ((command !== "start" && command !== "finish") || !integration) throw new ConfigError(file, [{ path: "", message: USAGE }]);
    const rotation = command === "start" ? startRotation(text, file, integration, token ?? rotationTokenAt(new Date())) : finishRotation(text, file, integration);
    if (command === "finish") {
      const clients = readFinishClients(rotation, values.outputs, values.created);
      const window = finishReadiness(clients, rotation.spec.rotation.propagationMinutes, new Date(), values.created ? new Date(values.created) : undefined);
      const settleMs = seconds(file, "--settle-seconds", values["settle-seconds"]!) * 1000;
      const pending = await settledCheck(
        () => checkClient(rotation.config, rotation.spec, "pending", values.workspace),
        { ...SETTLE_DEFAULTS, settleMs },
        (r) => console.warn(`check: ${formatCheck(r)}`),
      );
      if (pending.verdict === "unknown") console.warn("The sign-in check cannot tell, so the propagation window decides.");
      const readiness = finishDecision(pending, window);
      if (!readiness.ready && !values.force) {
        annotateErrors(file, [`integrations[id=${integration}]: not finishing yet: ${readiness.reason}. Wait, or pass --force to accept failed sign-ins.`]);
        return 1;
      }
      if (!readiness.ready) console.warn(`warning: --force: ${readiness.reason}; dbt Cloud users may fail to sign in until then.`);
    }
    writeFileSync(file, rotation.text);
    const message = describeEdit(rotation);
    console.log(message);
    const { spec } = rotation;
    setStepOutputs({
      step: rotation.step,
      integration,
      token: rotation.token,
      previous: rotation.previous,
      name: command === "start" ? spec.rotation.pending!.name : spec.rotation.current.name,
      secret: spec.secret.name,
      region: rotation.config.aws.region,
      managed: spec.connection ? "true" : "false",
      summary: message,
    });
    return 0;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    annotateErrors(file, error);
    return 1;
  }
}

function seconds(file: string, flag: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new ConfigError(file, [{ path: flag, message: `must be a number of seconds, 0 or more (got "${raw}")` }]);
  return n;
}

async function status(text: string, file: string, outputsFile: string | undefined, json: boolean, withChecks: boolean): Promise<number> {
  const { config } = parseConfig(parseJsonc(text), file);
  const statuses = rotationStatus(config, readDeployedOutputs(config, outputsFile), new Date());
  if (withChecks) await addChecks(config, statuses);
  process.stdout.write(json ? `${JSON.stringify(statuses, null, 2)}\n` : formatStatus(statuses));
  setStepOutputs({
    due: statuses
      .filter((s) => s.due)
      .map((s) => s.integration)
      .join(" "),
    ready: statuses
      .filter((s) => s.finish?.ready)
      .map((s) => s.integration)
      .join(" "),
    // The scheduled run's matrix: one pull request per integration that needs a step.
    steps: JSON.stringify(scheduledSteps(statuses)),
  });
  return 0;
}

/**
 * The sign-in check of each deployed client, into the statuses: a pending client's check
 * decides `finish` as finishDecision says (one check here; `rotate finish` settles it).
 * Integrations without a managed connection have no known workspace and are not checked.
 */
export async function addChecks(config: AppConfig, statuses: IntegrationStatus[], options = CHECK_DEFAULTS, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await Promise.all(
    statuses.map(async (s) => {
      const spec = config.integrations.find((i) => i.id === s.integration);
      if (!spec?.connection) return;
      if (s.currentClientId) s.currentCheck = await checkClient(config, spec, "current", undefined, options, env);
      if (s.pendingClientId && s.finish) {
        s.pendingCheck = await checkClient(config, spec, "pending", undefined, options, env);
        s.finish = finishDecision(s.pendingCheck, s.finish);
      }
    }),
  );
}

interface CheckRequest {
  integration?: string;
  roles: ClientRole[];
  workspace?: string;
  waitWindow: boolean;
  intervalMs: number;
  outputsFile?: string;
}

async function check(text: string, file: string, request: CheckRequest): Promise<number> {
  const { config } = parseConfig(parseJsonc(text), file);
  const named = request.integration ? config.integrations.find((i) => i.id === request.integration) : undefined;
  if (request.integration && !named) {
    throw new ConfigError(file, [
      { path: "integrations", message: `no integration with id "${request.integration}"; its ids: ${config.integrations.map((i) => i.id).join(", ")}` },
    ]);
  }
  const specs = named ? [named] : config.integrations.filter((i) => i.connection || request.workspace);
  for (const skipped of config.integrations.filter((i) => !specs.includes(i))) {
    if (!request.integration) console.log(`${skipped.id}: not checked: no managed dbt Cloud connection names its workspace (check it with --workspace HOST)`);
  }
  const outputs = request.waitWindow ? readOutputsOrWarn(config, request.outputsFile) : undefined;
  const results: ClientCheckResult[] = [];
  for (const spec of specs) {
    for (const role of request.roles) {
      const once = () => checkClient(config, spec, role, request.workspace);
      const result = request.waitWindow
        ? await checkUntil(once, windowEnd(spec, role, outputs), request.intervalMs, (r) => r.verdict !== "ready" && console.warn(`waiting: ${formatCheck(r)}`))
        : await once();
      console.log(formatCheck(result));
      results.push(result);
    }
  }
  const failed = results.filter((r) => r.verdict !== "ready");
  if (failed.length > 0 && process.env.GITHUB_ACTIONS === "true") annotateErrors(file, failed.map(formatCheck));
  return exitCodeOf(results);
}

/** When a client's propagation window ends: its create time (deployed outputs) + propagationMinutes; from now when unknown. */
function windowEnd(spec: IntegrationSpec, role: ClientRole, outputs: DeployedOutputs | undefined): Date {
  const clients = outputs?.[`${spec.id}_clients`]?.value as DeployedClients | undefined;
  const created = Object.values(clients ?? {}).find((c) => c.stage === STAGE_OF[role])?.create_time;
  const from = created ? Date.parse(created) : Date.now();
  return new Date(from + spec.rotation.propagationMinutes * 60_000);
}

function readOutputsOrWarn(config: AppConfig, file?: string): DeployedOutputs | undefined {
  try {
    return readDeployedOutputs(config, file);
  } catch (error) {
    console.warn(`warning: ${(error as Error).message}; the window is counted from now`);
    return undefined;
  }
}

/** The deployed clients, unless --created says when the pending one was created. */
function readFinishClients(rotation: RotationEdit, outputsFile?: string, created?: string): DeployedClients | undefined {
  if (created) return undefined;
  try {
    return readDeployedOutputs(rotation.config, outputsFile)[`${rotation.integration}_clients`]?.value as DeployedClients | undefined;
  } catch (error) {
    console.warn(`warning: ${(error as Error).message}`);
    return undefined;
  }
}

function describeEdit({ step, integration, token, previous, spec, config }: RotationEdit): string {
  if (step === "start") {
    return [
      `integrations[id=${integration}].rotation.pending = "${token}" (step 1 of 2; current: ${previous})`,
      `The next deploy creates the Databricks integration ${spec.rotation.pending!.name} beside the current one and stores its client ID and secret in ${spec.secret.name} (${config.aws.region}) as AWSPENDING.`,
      `dbt Cloud keeps the current client. After ${spec.rotation.propagationMinutes} min (Databricks' propagation window) run \`npm run rotate -- finish ${integration}\`.`,
    ].join("\n");
  }
  return [
    `integrations[id=${integration}].rotation.current = "${token}", pending removed (step 2 of 2; previous: ${previous})`,
    `The next deploy promotes ${spec.rotation.current.name}'s value to AWSCURRENT in ${spec.secret.name} (the old value becomes AWSPREVIOUS) and deletes the old client last.`,
    dbtCloudInstructions(spec, config.aws.region),
  ].join("\n");
}

/** The drift report's table: when each client was issued, when it is next due, whether a rotation can finish. */
export function statusMarkdown(statuses: readonly IntegrationStatus[]): string {
  const rows = statuses.map((s) => {
    const pending = s.pending
      ? `\`${s.pending}\` ${s.pendingClientId ?? "(not deployed)"}: finish ${s.finish!.ready ? "**ready**" : `not before ${s.finish!.readyAt?.toISOString() ?? "its deploy"}`}`
      : "none";
    const checks = [s.currentCheck, s.pendingCheck].filter((c) => c !== undefined).map(checkCell);
    return `| \`${s.integration}\` | \`${s.current}\` ${s.currentClientId ?? "(not deployed)"} | ${s.issuedAt ?? "unknown"} | ${s.nextDue ?? "no policy"}${s.due ? " **(due)**" : ""} | ${pending} | ${checks.join("<br>") || "not checked"} | ${s.dbtCloud} |`;
  });
  return [
    "#### OAuth clients",
    "",
    "| Integration | Current client | Issued | Next rotation due | Pending | Workspace sign-in check | dbt Cloud |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

/** One cell of the drift report: which client, where, and the verdict (a table cell has no pipes or newlines). */
function checkCell(c: ClientCheckResult): string {
  const verdict = c.verdict === "ready" ? "**ready**" : `**${c.verdict}**: ${c.reason}`;
  return `${c.stage === "AWSPENDING" ? "pending" : "current"} at \`${c.workspace ?? "(none)"}\`: ${verdict}`.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function formatStatus(statuses: IntegrationStatus[]): string {
  return statuses
    .map((s) =>
      [
        `${s.integration}: current client ${s.current}${s.currentClientId ? ` (${s.currentClientId})` : " (not deployed)"}, issued ${s.issuedAt ?? "unknown"}`,
        `  next rotation due: ${s.nextDue ?? "no policy (rotation.everyDays)"}${s.due ? " (DUE NOW)" : ""}`,
        s.pending
          ? `  pending client ${s.pending}${s.pendingClientId ? ` (${s.pendingClientId})` : " (not deployed)"}; finish: ${s.finish!.ready ? "ready" : "not yet"}: ${s.finish!.reason}`
          : "  no rotation in progress",
        `  dbt Cloud: ${s.dbtCloud}`,
        ...[s.currentCheck, s.pendingCheck].filter((c) => c !== undefined).map((c) => `  check: ${formatCheck(c)}`),
      ].join("\n"),
    )
    .join("\n")
    .concat("\n");
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
