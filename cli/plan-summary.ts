/**
 * Markdown summary of a saved Terraform plan (`terraform show -json <planfile>`), for pull
 * request comments and job summaries: what changes, why, what dbt Cloud gets (which client,
 * which connection) and what a human must do, if anything. Values marked sensitive never
 * print, nor do values unknown until apply.
 *
 *   npm run plan:summary -- plan.json
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { restoreCommand } from "./restore-command";
import { integrationIdOf } from "./retirement-guard";

const change = z.looseObject({
  actions: z.array(z.string()),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  after_unknown: z.unknown().optional(),
  before_sensitive: z.unknown().optional(),
  after_sensitive: z.unknown().optional(),
  replace_paths: z.array(z.array(z.union([z.string(), z.number()]))).optional(),
});
const resourceChange = z.looseObject({
  address: z.string(),
  mode: z.string().optional(),
  type: z.string(),
  name: z.string(),
  change,
  action_reason: z.string().optional(),
});
const planSchema = z.looseObject({
  format_version: z.string(),
  terraform_version: z.string().optional(),
  resource_changes: z.array(resourceChange).default([]),
  resource_drift: z.array(resourceChange).default([]),
  errored: z.boolean().optional(),
  configuration: z.unknown().optional(),
});

export type TerraformPlan = z.output<typeof planSchema>;
type ResourceChange = z.output<typeof resourceChange>;
type Action = "create" | "update" | "replace" | "delete" | "forget" | "read" | "no-op";

const ACTION_LABEL: Record<Action, string> = {
  create: "create",
  update: "update in place",
  replace: "replace",
  delete: "delete",
  forget: "forget (stays where it is)",
  read: "read",
  "no-op": "no change",
};

const INTEGRATION_TYPE = "databricks_custom_app_integration";
const SECRET_TYPE = "aws_secretsmanager_secret";

export class NotAPlanError extends Error {}

export function parsePlan(raw: unknown, source = "plan"): TerraformPlan {
  const result = planSchema.safeParse(raw);
  if (!result.success) {
    const where = result.error.issues.map((issue) => issue.path.join(".") || "(root)").join(", ");
    throw new NotAPlanError(`${source} is not the JSON of a Terraform plan (expected the output of \`terraform show -json <planfile>\`; problem at ${where})`);
  }
  return result.data;
}

function actionOf(actions: readonly string[]): Action {
  if (actions.includes("create") && actions.includes("delete")) return "replace";
  const [first] = actions;
  return (["create", "update", "delete", "forget", "read"] as const).find((action) => action === first) ?? "no-op";
}

export function summarizePlan(plan: TerraformPlan): string {
  const changes = plan.resource_changes.filter((rc) => actionOf(rc.change.actions) !== "no-op");
  const lines = [`### ${headline(changes)}`, ""];
  // What breaks comes first: a reviewer of a retirement must not have to find it in the table.
  const endings = endingCallouts(changes);
  // A blank line between callouts: adjacent `>` lines would render as one quote.
  if (endings.length > 0) lines.push(endings.join("\n\n"), "");
  if (changes.length === 0) {
    lines.push("Terraform found nothing to change: the integrations and their stored secrets match the configuration.");
    return `${lines.join("\n")}\n`;
  }

  const moves = destinationCallouts(changes, plan);
  if (moves.length > 0) lines.push(...moves, "");

  lines.push("| Resource | Action | Why |", "| --- | --- | --- |");
  for (const rc of changes) lines.push(`| \`${rc.address}\` | ${ACTION_LABEL[actionOf(rc.change.actions)]} | ${reasonFor(rc, plan)} |`);

  const callouts = dbtCloudCallouts(changes, plan);
  if (callouts.length > 0) lines.push("", ...callouts);

  const details = changes.flatMap((rc) => attributeDetails(rc));
  if (details.length > 0) lines.push("", "<details><summary>Attribute changes</summary>", "", ...details, "", "</details>");
  return `${lines.join("\n")}\n`;
}

function headline(changes: readonly ResourceChange[]): string {
  if (changes.length === 0) return "No changes";
  const count = (action: Action) => changes.filter((rc) => actionOf(rc.change.actions) === action).length;
  const parts = [`${count("create")} to add`, `${count("update")} to change`, `${count("replace")} to replace`, `${count("delete")} to destroy`];
  const extra = (["forget", "read"] as const).flatMap((action) => (count(action) > 0 ? [`, ${count(action)} to ${action}`] : []));
  return `Plan: ${parts.join(", ")}${extra.join("")}`;
}

function reasonFor(rc: ResourceChange, plan: TerraformPlan): string {
  const drift = plan.resource_drift.find((d) => d.address === rc.address);
  const driftAction = drift && actionOf(drift.change.actions);
  if (driftAction === "delete") return "deleted outside Terraform";
  // Terraform gives a forget the reason of a delete (no resource config); the `removed` block is the point.
  if (actionOf(rc.change.actions) === "forget") return "released (`removed`, `destroy = false`): Terraform forgets it";
  switch (rc.action_reason) {
    case "replace_by_triggers":
      return rc.type === INTEGRATION_TYPE ? "rotation token changed (`replace_triggered_by`)" : "`replace_triggered_by` fired";
    case "replace_because_cannot_update":
      return `${(rc.change.replace_paths ?? []).map((p) => `\`${p.join(".")}\``).join(", ") || "an attribute"} forces replacement`;
    case "replace_because_tainted":
      return "tainted by a failed or interrupted apply";
    case "replace_by_request":
      return "replacement requested (`-replace`)";
    case "delete_because_no_resource_config":
      return "removed from the configuration";
    case "delete_because_no_module":
      return "its module was removed";
    case "read_because_config_unknown":
      return "depends on values known only after apply";
  }
  if (actionOf(rc.change.actions) === "create") return "new in the configuration";
  if (driftAction === "update")
    return `changed outside Terraform: ${changedKeys(drift!)
      .map((k) => `\`${k}\``)
      .join(", ")}`;
  if (actionOf(rc.change.actions) === "update") {
    const keys = changedKeys(rc);
    return keys.length > 0 ? `${keys.map((k) => `\`${k}\``).join(", ")} changed` : "";
  }
  return "";
}

/** Top-level attributes whose value differs, sensitive ones included by name only. */
function changedKeys(rc: ResourceChange): string[] {
  const before = asRecord(rc.change.before);
  const after = asRecord(rc.change.after);
  const unknown = asRecord(rc.change.after_unknown);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => unknown[key] === true || JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

const CONNECTION_TYPE = "dbtcloud_global_connection";
const VERSION_TYPE = "aws_secretsmanager_secret_version";
/** Databricks: "Updates to OAuth applications can take 30 minutes to process" (README, facts §3). */
const PROPAGATION = "up to 30 minutes, Databricks documents";

/** What a reviewer must know about dbt Cloud: which client it gets, and what a person must do. */
function dbtCloudCallouts(changes: readonly ResourceChange[], plan: TerraformPlan): string[] {
  // Tearing everything down asks nobody to copy anything.
  if (changes.every((rc) => actionOf(rc.change.actions) === "delete")) return [];
  const callouts: string[] = [];
  const retiring = retiredIntegrations(changes);
  for (const rc of changes.filter((c) => c.type === INTEGRATION_TYPE && !retiring.includes(integrationIdOf(c.name)))) {
    const action = actionOf(rc.change.actions);
    const id = integrationIdOf(rc.name);
    const connection = plan.resource_changes.find((c) => c.type === CONNECTION_TYPE && c.name === id);
    const where = storedSecretName(id, plan);
    const secret = where ? `Secrets Manager secret \`${where}\`` : "its Secrets Manager secret";
    const connectionName = connection && `dbt Cloud's connection \`${String(asRecord(connection.change.after ?? connection.change.before).name)}\``;
    if (action === "delete") {
      callouts.push(
        connectionName
          ? `> [!NOTE]\n> \`${rc.address}\`, the previous client, is deleted after ${connectionName} has moved to the current client; its value stays readable as \`AWSPREVIOUS\` in ${secret}.`
          : `> [!IMPORTANT]\n> \`${rc.address}\`, the previous client, is deleted by this apply. dbt Cloud must already hold the current client (its value is \`AWSPENDING\` in ${secret} until this apply promotes it), or sign-in fails: ${PASTE}`,
      );
      continue;
    }
    if (action !== "create" && action !== "replace") continue;
    if (stageOf(rc.name, plan) === "AWSPENDING") {
      callouts.push(
        `> [!NOTE]\n> \`${rc.address}\` is a new client for a rotation (step 1): its client ID and secret are stored as \`AWSPENDING\` in ${secret}, and dbt Cloud keeps the current client. ` +
          `Once Databricks has propagated it (${PROPAGATION}; \`rotation.propagationMinutes\`), finish with \`npm run rotate -- finish ${id}\`: the rotate workflow opens that pull request.`,
      );
      continue;
    }
    const deletedOutside = plan.resource_drift.some((d) => d.address === rc.address && actionOf(d.change.actions) === "delete");
    const firstCreate = connection ? actionOf(connection.change.actions) === "create" && !deletedOutside : false;
    const switched = connectionName
      ? `This apply stores it as \`AWSCURRENT\` in ${secret} and gives it to ${connectionName}${firstCreate ? ", created with it" : ""}: nothing to paste by hand.`
      : `After the apply, copy \`client_id\` and \`client_secret\` (\`AWSCURRENT\`) from ${secret} into dbt Cloud: ${PASTE}`;
    if (deletedOutside) {
      callouts.push(
        `> [!WARNING]\n> \`${rc.address}\` was deleted outside Terraform, so its client no longer exists and dbt Cloud cannot sign in with it. Nothing better than a new client is possible. ` +
          `${switched} Sign-in may still fail until Databricks has propagated the new client (${PROPAGATION}).`,
      );
    } else if (firstCreate) {
      callouts.push(`> [!NOTE]\n> \`${rc.address}\` gets a new client ID and secret. ${switched}`);
    } else {
      callouts.push(
        `> [!IMPORTANT]\n> \`${rc.address}\` gets a new client ID and secret. ${switched} ` +
          `A brand-new client may not sign in for ${PROPAGATION}${connectionName ? "" : ", and until it is pasted dbt Cloud users cannot sign in"}; ` +
          "a rotation without an outage takes two steps (`npm run rotate -- start`, then `finish`).",
      );
    }
  }
  for (const rc of changes.filter((c) => c.type === CONNECTION_TYPE && ["create", "update", "replace"].includes(actionOf(c.change.actions)))) {
    const after = asRecord(rc.change.after);
    // The provider's `databricks` block is a single nested object.
    const databricks = asRecord(after.databricks);
    const unknown = asRecord(rc.change.after_unknown).databricks;
    const idUnknown = unknown === true || asRecord(unknown).client_id === true;
    const client = idUnknown ? "the new client (its ID is known after apply)" : `client \`${String(databricks.client_id)}\``;
    callouts.push(
      `> [!NOTE]\n> dbt Cloud gets: connection \`${String(after.name)}\` (\`${rc.address}\`) → ${client} at \`${String(databricks.host)}\` \`${String(databricks.http_path)}\`. ` +
        "The client secret goes from Terraform state to dbt Cloud and is never shown.",
    );
  }
  return callouts;
}

/**
 * Integrations the plan retires: their secret leaves because the configuration no longer declares
 * it (`retired`; the drift check refuses a block dropped without it). A `terraform destroy` gives
 * no such reason, and a replaced secret is no retirement.
 */
function retiredIntegrations(changes: readonly ResourceChange[]): string[] {
  return changes.filter((rc) => rc.type === SECRET_TYPE && removedFromConfiguration(rc)).map((rc) => rc.name);
}

const removedFromConfiguration = (rc: ResourceChange) => actionOf(rc.change.actions) === "delete" && rc.action_reason === "delete_because_no_resource_config";

/** What a retirement breaks and how to undo what can be undone; what a released or deleted connection means. */
function endingCallouts(changes: readonly ResourceChange[]): string[] {
  const retiring = retiredIntegrations(changes);
  const connectionEnds = changes.filter((rc) => rc.type === CONNECTION_TYPE && (actionOf(rc.change.actions) === "forget" || removedFromConfiguration(rc)));
  const staying = connectionEnds.filter((rc) => !retiring.includes(rc.name));
  return [
    ...retiring.map((id) =>
      retirementCallout(
        id,
        changes,
        connectionEnds.find((rc) => rc.name === id),
      ),
    ),
    ...staying.map(
      (rc) =>
        `> [!${actionOf(rc.change.actions) === "forget" ? "NOTE" : "WARNING"}]\n> ${connectionEnd(rc)} Integration \`${rc.name}\` stays; from now on its clients are not given to dbt Cloud by this app: ` +
        "paste them by hand (`client_id`, `client_secret` from its secret), or manage a connection again.",
    ),
  ];
}

/** Which dbt Cloud account loses sign-in, what becomes of its connection, for how long the secret can be restored. */
function retirementCallout(id: string, changes: readonly ResourceChange[], connection: ResourceChange | undefined): string {
  const secret = changes.find((rc) => rc.type === SECRET_TYPE && rc.name === id)!;
  const clients = changes
    .filter((rc) => rc.type === INTEGRATION_TYPE && integrationIdOf(rc.name) === id && actionOf(rc.change.actions) === "delete")
    .map((rc) => asRecord(rc.change.before));
  const host = clients.map((client) => client.redirect_urls).find(Array.isArray)?.[0];
  const named = clients.map((client) => `client \`${String(client.name)}\` (client ID \`${String(client.client_id)}\`)`);
  const { name, arn, recovery_window_in_days: days } = asRecord(secret.change.before);
  const region = String(arn).split(":")[3] ?? "REGION";
  const lines = [
    `**Retiring integration \`${id}\`** (\`"retired": true\`). When this plan is applied:`,
    `- **dbt Cloud at ${host ? `\`${String(host)}\`` : "its access URL"} loses Databricks sign-in for every developer**: ` +
      (named.length > 0
        ? `${named.join(" and ")} ${named.length > 1 ? "are" : "is"} deleted from the Databricks account; a deleted client cannot be restored.`
        : "its OAuth client is deleted from the Databricks account."),
    `- ${connection ? connectionEnd(connection) : "No dbt Cloud connection is managed here: the connection that holds the client stays in dbt Cloud, and fails sign-in."}`,
    days === 0
      ? `- Secrets Manager secret \`${String(name)}\` is **deleted at once, without recovery** (\`forceDeleteWithoutRecovery\`).`
      : `- Secrets Manager secret \`${String(name)}\` is scheduled for deletion: recoverable with every version for **${String(days)} days** (\`recoveryWindowDays\`), with \`${restoreCommand(String(name), region)}\`.`,
  ];
  return `> [!CAUTION]\n${lines.map((line) => `> ${line}`).join("\n")}`;
}

/** A released (forgotten) or deleted dbt Cloud connection, in one sentence. */
function connectionEnd(rc: ResourceChange): string {
  const before = asRecord(rc.change.before);
  const which = `dbt Cloud connection \`${String(before.name)}\` (id ${String(before.id)}, \`${rc.address}\`)`;
  return actionOf(rc.change.actions) === "forget"
    ? `${which} is **released**: it stays in dbt Cloud exactly as it is, and Terraform forgets it. Manage it again with \`"adopt": ${String(before.id)}\` in \`dbtCloud.connection\`.`
    : `${which} is **deleted in dbt Cloud**: the projects and environments that use it lose their connection.`;
}

/**
 * Where a token or the client goes, when the plan moves it: an integration's redirect URLs
 * (where Databricks sends sign-ins back, with their codes) name the dbt Cloud access host, and
 * the dbtcloud provider's host_url (where the dbt token and, at apply, the client secret go)
 * is that same access URL + /api, so a new redirect host is also a new API host; a
 * connection's workspace host is where dbt Cloud sends the client and developers' sign-ins.
 * Each one changing between state and plan is called out first, so a reviewer checks it.
 */
function destinationCallouts(changes: readonly ResourceChange[], plan: TerraformPlan): string[] {
  const callouts: string[] = [];
  const moved = (rc: ResourceChange) => ["update", "replace"].includes(actionOf(rc.change.actions));
  for (const rc of changes.filter((c) => c.type === INTEGRATION_TYPE && moved(c))) {
    const before = hostsOf(asRecord(rc.change.before).redirect_urls);
    const after = hostsOf(asRecord(rc.change.after).redirect_urls);
    if (before.length === 0 || after.length === 0 || before.join() === after.join()) continue;
    const api = dbtCloudApiHosts(plan);
    callouts.push(
      `> [!WARNING]\n> **Host change:** \`${rc.address}\` now sends sign-ins back to ${after.map((h) => `\`${h}\``).join(", ")} instead of ${before.map((h) => `\`${h}\``).join(", ")}: the dbt Cloud access URL changed. ` +
        `The dbt Cloud token, and at apply the client secret, go to that host's API${api.length > 0 ? ` (this plan's dbt Cloud API hosts: ${api.map((h) => `\`${h}\``).join(", ")})` : ""}. Approve only if it is your dbt Cloud account's host.`,
    );
  }
  for (const rc of changes.filter((c) => c.type === CONNECTION_TYPE && moved(c))) {
    const before = asRecord(asRecord(rc.change.before).databricks).host;
    const after = asRecord(asRecord(rc.change.after).databricks).host;
    if (typeof before !== "string" || typeof after !== "string" || before === after) continue;
    callouts.push(
      `> [!WARNING]\n> **Host change:** \`${rc.address}\` points dbt Cloud at workspace \`${after}\` instead of \`${before}\`: dbt Cloud sends the OAuth client (ID and secret) and developers' sign-ins there. Approve only if it is your Databricks workspace.`,
    );
  }
  return callouts;
}

/** The distinct hosts of a list of URLs, sorted; unknown or malformed values give none. */
function hostsOf(urls: unknown): string[] {
  if (!Array.isArray(urls)) return [];
  const hosts = urls.flatMap((url) => {
    try {
      return [new URL(String(url)).host];
    } catch {
      return [];
    }
  });
  return [...new Set(hosts)].sort();
}

/** The hosts the plan's dbtcloud providers are configured with (host_url), from the plan's configuration. */
function dbtCloudApiHosts(plan: TerraformPlan): string[] {
  const providers = Object.values(asRecord(asRecord(plan.configuration).provider_config)).map(asRecord);
  const urls = providers.filter((p) => p.name === "dbtcloud").map((p) => asRecord(asRecord(asRecord(p.expressions).host_url)).constant_value);
  return hostsOf(urls.filter((url) => typeof url === "string"));
}

const PASTE = "dbt Cloud → Settings → Projects → the project → Connection → OAuth Client ID / OAuth Client Secret.";

/** The staging label a client's secret version gets: AWSCURRENT or AWSPENDING. */
function stageOf(name: string, plan: TerraformPlan): string | undefined {
  const version = plan.resource_changes.find((rc) => rc.type === VERSION_TYPE && rc.name === name);
  const stages = asRecord(version?.change.after).version_stages ?? asRecord(version?.change.before).version_stages;
  return Array.isArray(stages) ? String(stages[0]) : undefined;
}

/** The secret that stores an integration's clients is named by the integration id. */
function storedSecretName(id: string, plan: TerraformPlan): string | undefined {
  const secret = plan.resource_changes.find((rc) => rc.type === SECRET_TYPE && rc.name === id);
  const value = asRecord(secret?.change.after).name ?? asRecord(secret?.change.before).name;
  return typeof value === "string" ? value : undefined;
}

function attributeDetails(rc: ResourceChange): string[] {
  const action = actionOf(rc.change.actions);
  if (action === "read" || action === "forget") return [];
  const before = asRecord(rc.change.before);
  const after = asRecord(rc.change.after);
  const unknownKeys = Object.entries(asRecord(rc.change.after_unknown)).flatMap(([key, marker]) => (marker === true ? [key] : []));
  const keys =
    action === "update" || action === "replace" ? changedKeys(rc) : action === "delete" ? Object.keys(before).sort() : [...new Set([...Object.keys(after), ...unknownKeys])].sort();
  const rows = keys
    .filter((key) => !["id", "tags_all"].includes(key) || action === "update")
    .map((key) => {
      const old = render(before[key], asRecord(rc.change.before_sensitive)[key], false);
      const next = render(after[key], asRecord(rc.change.after_sensitive)[key], asRecord(rc.change.after_unknown)[key]);
      if (action === "create") return `  - \`${key}\`: ${next}`;
      if (action === "delete") return `  - \`${key}\`: ${old}`;
      return `  - \`${key}\`: ${old} → ${next}`;
    });
  return rows.length > 0 ? [`- \`${rc.address}\` (${ACTION_LABEL[action]})`, ...rows] : [];
}

/** A value for Markdown, with sensitive parts masked and unknown parts named. */
export function render(value: unknown, sensitive: unknown, unknown: unknown): string {
  if (sensitive === true) return "(sensitive)";
  if (unknown === true) return "(known after apply)";
  return `\`${JSON.stringify(mask(value, sensitive, unknown)) ?? "null"}\``;
}

/** Replaces nested sensitive and unknown values, following Terraform's mirror-shaped markers. */
function mask(value: unknown, sensitive: unknown, unknown: unknown): unknown {
  if (sensitive === true) return "(sensitive)";
  if (unknown === true) return "(known after apply)";
  if (Array.isArray(value)) return value.map((item, i) => mask(item, pick(sensitive, i), pick(unknown, i)));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v, pick(sensitive, k), pick(unknown, k))]));
  }
  return value;
}

function pick(marker: unknown, key: string | number): unknown {
  return marker && typeof marker === "object" ? (marker as Record<string | number, unknown>)[key] : undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function summarizePlanFile(file: string): string {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new NotAPlanError(`${file} cannot be read as JSON: ${(error as Error).message}`);
  }
  return summarizePlan(parsePlan(raw, file));
}

if (require.main === module) {
  const [file] = process.argv.slice(2);
  if (!file) {
    console.error("usage: npm run plan:summary -- <plan.json>   (from `terraform show -json <planfile> > plan.json`)");
    process.exit(1);
  }
  try {
    process.stdout.write(summarizePlanFile(file));
  } catch (error) {
    if (!(error instanceof NotAPlanError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
}
