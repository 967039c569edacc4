/**
 * npm run rotate -- start <integration id> [token]
 * npm run rotate -- finish <integration id> [--created ISO] [--force] [--outputs FILE]
 * npm run rotate -- status [--json] [--outputs FILE]
 *
 * Rotation in two reviewed steps, modelled on Secrets Manager's own (AWSPENDING → AWSCURRENT
 * → AWSPREVIOUS), each one edit of the config (DBT_OAUTH_CONFIG) for a pull request:
 * - start sets rotation.pending: the deploy creates the new client beside the current one and
 *   stores it as AWSPENDING; dbt Cloud keeps the current client. The token defaults to the
 *   UTC minute, YYYY-MM-DD-HHMM.
 * - finish makes the pending client current: the deploy switches dbt Cloud's connection,
 *   promotes the value to AWSCURRENT (the old one becomes AWSPREVIOUS) and then deletes the
 *   old client. It refuses while the pending client is younger than the propagation window
 *   (it reads when the client was created from `terraform output -json` of the deployed
 *   stack, a saved copy of it, or --created); --force overrides that with a warning.
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

function main(argv: string[]): number {
  const file = configPathFromEnv();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: "boolean", default: false }, force: { type: "boolean", default: false }, created: { type: "string" }, outputs: { type: "string" } },
  });
  const [command, integration, token] = positionals;
  const usage = "usage: npm run rotate -- start <integration id> [token] | finish <integration id> [--created ISO] [--force] | status [--json]";
  try {
    const text = readFileSync(file, "utf8");
    if (command === "status") {
      const { config } = parseConfig(parseJsonc(text), file);
      const statuses = rotationStatus(config, readDeployedOutputs(config, values.outputs), new Date());
      process.stdout.write(values.json ? `${JSON.stringify(statuses, null, 2)}\n` : formatStatus(statuses));
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
    if ((command !== "start" && command !== "finish") || !integration) throw new ConfigError(file, [{ path: "", message: usage }]);
    const rotation = command === "start" ? startRotation(text, file, integration, token ?? rotationTokenAt(new Date())) : finishRotation(text, file, integration);
    if (command === "finish") {
      const clients = readFinishClients(rotation, values.outputs, values.created);
      const readiness = finishReadiness(clients, rotation.spec.rotation.propagationMinutes, new Date(), values.created ? new Date(values.created) : undefined);
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
    return `| \`${s.integration}\` | \`${s.current}\` ${s.currentClientId ?? "(not deployed)"} | ${s.issuedAt ?? "unknown"} | ${s.nextDue ?? "no policy"}${s.due ? " **(due)**" : ""} | ${pending} | ${s.dbtCloud} |`;
  });
  return [
    "#### OAuth clients",
    "",
    "| Integration | Current client | Issued | Next rotation due | Pending | dbt Cloud |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
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
      ].join("\n"),
    )
    .join("\n")
    .concat("\n");
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
