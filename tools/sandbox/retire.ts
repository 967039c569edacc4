/**
 * `npm run sandbox -- --retire <id>`: after the first apply, the sandbox retires an integration
 * as a platform engineer would (`"retired": true`, and `"release": true` on a managed
 * connection), prints the plan summary a reviewer would read, applies that plan and shows
 * what it did in each service.
 */
import { summarizePlan } from "../../cli/plan-summary";
import { restoreCommand } from "../../cli/restore-command";
import type { ConfigInput } from "../../lib/config/schema";
import { type Sandbox, SandboxError } from "./sandbox";

/** The config with each named integration retired, and its managed connection released. */
export function retiredConfig(config: ConfigInput, ids: readonly string[]): ConfigInput {
  const known = config.integrations.map((i) => i.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new SandboxError(`--retire: no integration ${unknown.map((id) => `"${id}"`).join(", ")} in the config (it has ${known.join(", ")})`);
  return {
    ...config,
    integrations: config.integrations.map((integration) => {
      if (!ids.includes(integration.id)) return integration;
      const { connection } = integration.dbtCloud;
      return { ...integration, retired: true, dbtCloud: { ...integration.dbtCloud, ...(connection && { connection: { ...connection, release: true } }) } };
    }),
  };
}

/** Retires, applies the reviewed plan and reports; the exit code of the plan after it (0: clean). */
export async function retire(sandbox: Sandbox, ids: readonly string[], write: (text: string) => void): Promise<number> {
  const before = await sandbox.outputs();
  const config = retiredConfig(sandbox.currentConfig, ids);
  sandbox.synth(config);
  const plan = await sandbox.plan();
  write(`\nRetiring ${ids.join(", ")}: the plan summary a reviewer reads\n\n${summarizePlan(plan.json)}\n`);
  await sandbox.applyPlan();
  for (const id of ids) {
    const integration = config.integrations.find((i) => i.id === id)!;
    const integrationId = String(before[`${id}_integration_id`]?.value);
    const secretName = integration.secret?.name ?? `${sandbox.stackName}/${id}`;
    const secret = await sandbox.describeSecret(secretName);
    const connectionId = before[`${id}_connection_id`]?.value;
    const connection = connectionId === undefined ? undefined : sandbox.dbtCloud.connections().find((c) => String(c.id) === String(connectionId));
    write(
      [
        `retired "${id}":`,
        `  Databricks integration ${integrationId}: ${sandbox.databricks.integrations().some((i) => i.integration_id === integrationId) ? "STILL THERE (unexpected)" : "deleted"}`,
        `  secret ${secretName}: ${secret.DeletedDate ? `scheduled for deletion, purged on ${secret.DeletedDate.toISOString()}; until then: ${restoreCommand(secretName, config.aws.region)}` : "NOT DELETED (unexpected)"}`,
        `  dbt Cloud connection: ${connectionId === undefined ? "not managed here" : connection ? `${connection.id} "${connection.name}" released: still in dbt Cloud, no longer in Terraform's state` : `${String(connectionId)} MISSING (unexpected)`}`,
        "",
      ].join("\n"),
    );
  }
  const after = await sandbox.plan();
  write(`plan after the retirement: ${after.code === 0 ? "no changes" : "CHANGES PENDING (unexpected)"}\n`);
  return after.code;
}
