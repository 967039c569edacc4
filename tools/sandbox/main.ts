/**
 * npm run sandbox [-- --keep] [-- --config FILE] [-- --backend local|s3] [-- --retire ID ...]
 *
 * Deploys the app's stack into the local sandbox with the real terraform and providers,
 * shows what a platform team wants to see (never the secret itself), re-plans to prove
 * the result is stable, then tears it all down. --keep leaves it running for exploration.
 * --backend s3 keeps state in moto's S3, encrypted and locked as production's S3 backend is.
 * --retire ID (repeatable) then retires that integration (retire.ts) and shows what it breaks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "../../lib/config/config-error";
import { parseConfig } from "../../lib/config/load-config";
import type { ConfigInput } from "../../lib/config/schema";
import type { DeployedClients } from "../../cli/rotate";
import { ProvidersMissingError } from "../providers";
import { elapsed } from "../providers/cache";
import { retire } from "./retire";
import { sandboxAwsEnvironment } from "../../lib/sandbox-environment";
import { Sandbox, SANDBOX_CONFIG_FILE, SandboxError } from "./sandbox";

const log = (message: string) => process.stderr.write(`${message}\n`);

async function report(sandbox: Sandbox): Promise<string> {
  const outputs = await sandbox.outputs();
  const { config } = parseConfig(sandbox.effectiveConfig());
  const lines: string[] = [];
  for (const spec of config.integrations) {
    const integrationId = String(outputs[`${spec.id}_integration_id`]?.value);
    const live = sandbox.databricks.integrations().find((i) => i.integration_id === integrationId);
    const secretArn = String(outputs[`${spec.id}_secret_arn`]?.value);
    const versions = await sandbox.secretVersions(secretArn);
    const clients = (outputs[`${spec.id}_clients`]?.value ?? {}) as DeployedClients;
    lines.push(
      `integration "${spec.id}": ${live?.name ?? "(missing!)"}`,
      `  integration ID:  ${integrationId}`,
      `  client ID:       ${String(outputs[`${spec.id}_client_id`]?.value)}`,
      `  clients:         ${Object.entries(clients)
        .map(([token, c]) => `${token}: ${c.client_id} ${c.stage}, created ${c.create_time}`)
        .join("\n                   ")}`,
      `  confidential:    ${String(live?.confidential)}`,
      `  scopes:          ${(live?.scopes ?? []).join(", ")}`,
      `  token lifetimes: access ${live?.token_access_policy?.access_token_ttl_in_minutes} min, refresh ${live?.token_access_policy?.refresh_token_ttl_in_minutes} min`,
      `  redirect URLs:   ${(live?.redirect_urls ?? []).join("\n                   ")}`,
      `  secret:          ${secretArn}`,
      `  secret versions: ${versions.map((v) => `${v.VersionId} [${(v.VersionStages ?? []).join(", ")}]`).join("; ")}`,
      `                   (client_id, client_secret, integration_id, dbt_cloud_access_url, ...; the value is not printed)`,
      `  dbt Cloud:       ${dbtCloudConnection(sandbox, spec.id, outputs, clients)}`,
      "",
    );
  }
  return lines.join("\n");
}

/** Which client the dbt Cloud connection holds (read through the emulator's test hook), never its secret. */
function dbtCloudConnection(sandbox: Sandbox, id: string, outputs: Record<string, { value: unknown }>, clients: DeployedClients): string {
  const connectionId = outputs[`${id}_connection_id`]?.value;
  if (connectionId === undefined) return "connection not managed here: its client is pasted by hand (see README)";
  const connection = sandbox.dbtCloud.connections().find((c) => String(c.id) === String(connectionId));
  if (!connection) return `connection ${String(connectionId)} (missing in dbt Cloud!)`;
  const held = Object.entries(clients).find(([, c]) => c.client_id === connection.config.client_id);
  const client = held
    ? `client ${connection.config.client_id} (token ${held[0]}, ${held[1].stage})`
    : `client ${connection.config.client_id ?? "none"} (not one of this integration's!)`;
  return `connection ${connection.id} "${connection.name}" (account ${connection.account_id}): ${connection.config.host} ${connection.config.http_path}, holds ${client}; the secret is not printed`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      keep: { type: "boolean", default: false },
      config: { type: "string", default: SANDBOX_CONFIG_FILE },
      backend: { type: "string", default: "local" },
      retire: { type: "string", multiple: true, default: [] },
    },
  });
  const backend = values.backend;
  if (backend !== "local" && backend !== "s3") throw new SandboxError(`--backend: must be local or s3 (got "${backend}")`);
  const started = Date.now();
  const config = JSON.parse(readFileSync(values.config!, "utf8")) as ConfigInput;
  log("starting the sandbox: providers, Databricks account API and dbt Cloud emulators, moto ...");
  const sandbox = await Sandbox.start({ log, config, backend });
  try {
    log(`terraform init (${backend} state; offline mirror: ${sandbox.tools.cliConfigFile})`);
    await sandbox.init();
    log("terraform apply ...");
    await sandbox.apply();
    const plan = await sandbox.plan();
    process.stdout.write(`\n${await report(sandbox)}`);
    process.stdout.write(`plan after apply: ${plan.code === 0 ? "no changes (the deployment is stable)" : "CHANGES PENDING (unexpected)"}\n`);
    const retirement = values.retire!.length > 0 ? await retire(sandbox, values.retire!, (text) => process.stdout.write(text)) : 0;

    if (values.keep) {
      const configFile = sandbox.writeConfigFile();
      // The aws provider finds moto through these (lib/sandbox-environment.ts).
      const awsEndpoints = Object.entries(sandboxAwsEnvironment(sandbox.aws.url))
        .map(([name, value]) => `${name}=${value}`)
        .join(" ");
      process.stdout.write(
        [
          "",
          "Workspace token endpoints (where dbt Cloud signs developers in), served by the Databricks emulator:",
          ...Object.entries(sandbox.databricks.workspaces).map(([host, url]) => `  https://${host}/oidc/v1/token  ->  ${url}/oidc/v1/token`),
          `The deployed config, its sandbox section filled in: ${configFile}`,
          "",
          "The sandbox keeps running. Try, in another shell:",
          `  cd ${sandbox.stackDir}`,
          `  export TF_CLI_CONFIG_FILE=${sandbox.tools.cliConfigFile} DATABRICKS_TOKEN=${sandbox.databricks.token} AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing TF_VAR_dbt_cloud_token=${sandbox.dbtCloud.token} ${awsEndpoints}`,
          `  curl -s -X DELETE ${sandbox.databricks.url}/_emulator/integrations/<integration ID>   # delete out of band`,
          `  ${sandbox.tools.terraformBinary} plan   # drift: the integration is recreated`,
          "or the real procedure, from the project folder:",
          `  export DBT_OAUTH_CONFIG=${configFile} CDKTF_OUTDIR=${join(sandbox.workDir, "cdktf.out")} AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing`,
          "  npm run rotate -- check prod                    # the current client: ready (exit 0)",
          "  npm run rotate -- start prod && npm run synth   # then terraform apply in the stack folder above",
          "  npm run rotate -- check prod --client pending   # not ready (exit 2) until Databricks accepts it",
          "  npm run rotate -- finish prod                   # refused until the pending client has been ready a while",
          "Ctrl-C tears everything down.",
          "",
        ].join("\n"),
      );
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
    }
    log("terraform destroy ...");
    await sandbox.destroy();
    log(`done in ${elapsed(started)}`);
    return plan.code === 0 && retirement === 0 ? 0 : 1;
  } finally {
    await sandbox.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    // Expected failures (config, providers, a terraform step) carry their own explanation.
    const expected = error instanceof ProvidersMissingError || error instanceof ConfigError || error instanceof SandboxError;
    log(`\n${expected ? error.message : String(error?.stack ?? error)}`);
    process.exit(1);
  },
);
