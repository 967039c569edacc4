/**
 * The second key of a retirement: a plan may delete an integration's resources, or a managed
 * dbt Cloud connection, only when the config says so (`retired`, `connection.delete`). A block
 * dropped by a bad merge looks, to Terraform, exactly like a retirement: the app cannot tell
 * (it never reads state), and Terraform cannot either (`prevent_destroy` lives in the
 * configuration, so a removed block takes it along). So the drift check, which runs before
 * every reviewed apply (plan.yml, deploy.yml, `npm run drift`), compares what the plan deletes
 * with what the config intends, and refuses the plan otherwise.
 *
 * Rotation's own deletion (step 2 removes `<id>_<old token>`) belongs to an integration the
 * config still has, so it passes.
 */
import type { AppConfig } from "../lib/config/model";
import type { TerraformPlan } from "./plan-summary";

/** Every resource the stack declares for an integration is named `<id>` or `<id>_<token>`. */
export const integrationIdOf = (resourceName: string) => resourceName.split("_")[0]!;

const CONNECTION_TYPE = "dbtcloud_global_connection";
/** The types the stack declares per integration: what a dropped block would delete. */
const INTEGRATION_TYPES = new Set([
  "databricks_custom_app_integration",
  "aws_secretsmanager_secret",
  "aws_secretsmanager_secret_version",
  "aws_secretsmanager_secret_policy",
  CONNECTION_TYPE,
]);

export interface Refusal {
  /** The integration id, as in `integrations[].id`. */
  integration: string;
  /** The field the fix goes into. */
  field: string;
  message: string;
}

/** What the plan deletes without the config saying so; empty when every deletion is intended. */
export function unintendedDeletions(plan: TerraformPlan, config: AppConfig): Refusal[] {
  const deleted = plan.resource_changes.filter((rc) => rc.change.actions.includes("delete") && !rc.change.actions.includes("create") && INTEGRATION_TYPES.has(rc.type));
  const refusals = new Map<string, Refusal>();
  for (const rc of deleted) {
    const id = integrationIdOf(rc.name);
    const index = config.integrations.findIndex((integration) => integration.id === id);
    const integration = config.integrations[index];
    if (!integration) refusals.set(id, droppedIntegration(id));
    else if (rc.type === CONNECTION_TYPE && integration.connection?.end !== "delete") refusals.set(`${id}:connection`, droppedConnection(id, index));
  }
  return [...refusals.values()];
}

/**
 * The same refusals from a failed plan: an integration or connection dropped together with the
 * only configuration of its dbtcloud provider ends in Terraform's "Provider configuration not
 * present ... dbtcloud_global_connection.<id> (orphan)" error, which names no way forward.
 */
export function refusalsForPlanError(stderr: string, config: AppConfig): Refusal[] {
  if (!stderr.includes("Provider configuration not present")) return [];
  const orphans = [...stderr.matchAll(/To\s+work\s+with\s+(\w+)\.([\w-]+)\s+\(orphan\)/g)];
  const refusals = orphans.flatMap(([, type, name]) => {
    const id = integrationIdOf(name!);
    const index = config.integrations.findIndex((integration) => integration.id === id);
    if (index < 0) return [droppedIntegration(id)];
    return type === CONNECTION_TYPE ? [droppedConnection(id, index)] : [];
  });
  return [...new Map(refusals.map((r) => [`${r.integration}:${r.field}`, r])).values()];
}

function droppedIntegration(id: string): Refusal {
  return {
    integration: id,
    field: "integrations[]",
    message:
      `Integration \`${id}\` is in Terraform's state, but its block is gone from \`integrations\` without being retired. ` +
      `Applying would delete its OAuth client (its dbt Cloud account loses Databricks sign-in) and schedule its secret for deletion. Either:\n` +
      `- restore its block (\`"id": "${id}"\`), if it was dropped by mistake; or\n` +
      `- restore its block and add \`"retired": true\` to it, to retire it (README: Retiring and releasing).`,
  };
}

function droppedConnection(id: string, index: number): Refusal {
  const field = `integrations[${index}].dbtCloud.connection`;
  return {
    integration: id,
    field,
    message:
      `Integration \`${id}\`'s dbt Cloud connection is in Terraform's state, but \`${field}\` no longer declares it, nor says what becomes of it. ` +
      "Removing the block would delete the connection in dbt Cloud, with the projects and environments that use it. Restore the block and add either:\n" +
      '- `"release": true`: stop managing it; dbt Cloud keeps it exactly as it is, Terraform forgets it; or\n' +
      '- `"delete": true`: delete it in dbt Cloud.',
  };
}

/** Markdown for the refusals, in the drift summary. */
export function refusalMarkdown(refusals: readonly Refusal[]): string {
  return [
    "### Refused: the plan deletes what the configuration does not say to delete",
    "",
    "Nothing was applied, and this plan must not be. For each:",
    "",
    ...refusals.flatMap((r) => [`**\`${r.field}\`**: ${r.message}`, ""]),
  ].join("\n");
}
