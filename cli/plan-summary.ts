/**
 * Markdown summary of a saved Terraform plan (`terraform show -json <planfile>`), for pull
 * request comments and job summaries: what changes, why, and what a human must do after
 * the apply. Values marked sensitive never print, nor do values unknown until apply.
 *
 *   npm run plan:summary -- plan.json
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

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
});

export type TerraformPlan = z.output<typeof planSchema>;
type ResourceChange = z.output<typeof resourceChange>;
type Action = "create" | "update" | "replace" | "delete" | "read" | "no-op";

const ACTION_LABEL: Record<Action, string> = {
  create: "create",
  update: "update in place",
  replace: "replace",
  delete: "delete",
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
  return (["create", "update", "delete", "read"] as const).find((action) => action === first) ?? "no-op";
}

export function summarizePlan(plan: TerraformPlan): string {
  const changes = plan.resource_changes.filter((rc) => actionOf(rc.change.actions) !== "no-op");
  const lines = [`### ${headline(changes)}`, ""];
  if (changes.length === 0) {
    lines.push("Terraform found nothing to change: the integrations and their stored secrets match the configuration.");
    return `${lines.join("\n")}\n`;
  }

  lines.push("| Resource | Action | Why |", "| --- | --- | --- |");
  for (const rc of changes) lines.push(`| \`${rc.address}\` | ${ACTION_LABEL[actionOf(rc.change.actions)]} | ${reasonFor(rc, plan)} |`);

  const callouts = secretChangeCallouts(changes, plan);
  if (callouts.length > 0) lines.push("", ...callouts);

  const details = changes.flatMap((rc) => attributeDetails(rc));
  if (details.length > 0) lines.push("", "<details><summary>Attribute changes</summary>", "", ...details, "", "</details>");
  return `${lines.join("\n")}\n`;
}

function headline(changes: readonly ResourceChange[]): string {
  if (changes.length === 0) return "No changes";
  const count = (action: Action) => changes.filter((rc) => actionOf(rc.change.actions) === action).length;
  const parts = [`${count("create")} to add`, `${count("update")} to change`, `${count("replace")} to replace`, `${count("delete")} to destroy`];
  const reads = count("read");
  return `Plan: ${parts.join(", ")}${reads > 0 ? `, ${reads} to read` : ""}`;
}

function reasonFor(rc: ResourceChange, plan: TerraformPlan): string {
  const drift = plan.resource_drift.find((d) => d.address === rc.address);
  const driftAction = drift && actionOf(drift.change.actions);
  if (driftAction === "delete") return "deleted outside Terraform";
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
  if (driftAction === "update") return `changed outside Terraform: ${changedKeys(drift!).map((k) => `\`${k}\``).join(", ")}`;
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

function secretChangeCallouts(changes: readonly ResourceChange[], plan: TerraformPlan): string[] {
  return changes
    .filter((rc) => rc.type === INTEGRATION_TYPE && ["create", "replace"].includes(actionOf(rc.change.actions)))
    .map((rc) => {
      const secretName = storedSecretName(rc.name, plan);
      const where = secretName ? `Secrets Manager secret \`${secretName}\`` : "its Secrets Manager secret";
      return (
        `> [!IMPORTANT]\n> \`${rc.address}\` gets a new client ID and secret. After the apply, copy \`client_id\` and ` +
        `\`client_secret\` from ${where} into the dbt Cloud project's Databricks connection ` +
        "(Settings → Projects → Connection → OAuth Client ID / OAuth Client Secret); until then dbt Cloud users cannot sign in."
      );
    });
}

/** The secret that stores an integration shares its Terraform name (both derive from the integration id). */
function storedSecretName(name: string, plan: TerraformPlan): string | undefined {
  const secret = plan.resource_changes.find((rc) => rc.type === SECRET_TYPE && rc.name === name);
  const value = asRecord(secret?.change.after).name ?? asRecord(secret?.change.before).name;
  return typeof value === "string" ? value : undefined;
}

function attributeDetails(rc: ResourceChange): string[] {
  const action = actionOf(rc.change.actions);
  if (action === "read") return [];
  const before = asRecord(rc.change.before);
  const after = asRecord(rc.change.after);
  const unknownKeys = Object.entries(asRecord(rc.change.after_unknown)).flatMap(([key, marker]) => (marker === true ? [key] : []));
  const keys =
    action === "update" || action === "replace"
      ? changedKeys(rc)
      : action === "delete"
        ? Object.keys(before).sort()
        : [...new Set([...Object.keys(after), ...unknownKeys])].sort();
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
