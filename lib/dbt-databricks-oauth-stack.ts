/**
 * One stack: the providers, then per integration its OAuth clients (the current one and,
 * during a rotation, the pending one), the secret that keeps them, and the dbt Cloud
 * connection that uses the current one.
 */
import type { CustomAppIntegration } from "@cdktf/provider-databricks/lib/custom-app-integration";
import type { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import type { SecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/secretsmanager-secret-version";
import { TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { configureBackend } from "./backend";
import type { AppConfig, IntegrationSpec, OAuthClientSpec } from "./config/model";
import { GlobalConnection } from "../.gen/providers/dbtcloud/global-connection";
import { DbtCloudConnection } from "./dbt-cloud-connection";
import { OAuthAppIntegration } from "./oauth-app-integration";
import { OAuthClientSecret, OAuthClientVersion } from "./oauth-client-secret";
import "./node-deprecations";
import { AccountProviders } from "./providers";

export interface DbtDatabricksOAuthStackProps {
  readonly config: AppConfig;
}

/** One client as deployed: its integration and its secret version. */
interface DeployedClient {
  readonly spec: OAuthClientSpec;
  readonly app: CustomAppIntegration;
  readonly version: SecretsmanagerSecretVersion;
}

export class DbtDatabricksOAuthStack extends TerraformStack {
  constructor(scope: Construct, id: string, { config }: DbtDatabricksOAuthStackProps) {
    super(scope, id);
    const providers = new AccountProviders(this, "providers", config);
    configureBackend(this, { backend: config.backend, awsRegion: config.aws.region, sandboxAwsUrl: config.sandbox?.awsUrl });

    for (const integration of config.integrations) {
      // Retired: nothing of it is declared, so Terraform deletes what state holds of it. Its
      // connection's end (release or delete) is declared below, and its dbtcloud provider
      // stays (AccountProviders), since Terraform needs it to read, forget or delete the connection.
      if (integration.retired) continue;
      const { secret } = new OAuthClientSecret(this, `${integration.id}-secret`, { integration });
      const client = (spec: OAuthClientSpec, after?: DeployedClient): DeployedClient => {
        const app = new OAuthAppIntegration(this, `${spec.resourceName}-app`, { integration, client: spec }).resource;
        const { version } = new OAuthClientVersion(this, `${spec.resourceName}-version`, {
          integration,
          client: spec,
          secret,
          app,
          databricksAccountId: config.databricks.accountId,
          after: after?.version,
        });
        return { spec, app, version };
      };
      const current = client(integration.rotation.current);
      const pending = integration.rotation.pending && client(integration.rotation.pending, current);

      const { connection, dbtCloudAccount } = integration;
      const provider = dbtCloudAccount && providers.dbtCloud.get(dbtCloudAccount.accountId);
      const managed =
        connection && !connection.end && provider
          ? new DbtCloudConnection(this, `${integration.id}-connection`, { integration, connection, provider, current: current.app, currentVersion: current.version }).resource
          : undefined;

      this.outputs(integration, secret, current, pending);
      if (managed) new TerraformOutput(this, `${integration.id}_connection_id`, { value: managed.id });
    }
    this.releaseConnections(config);
  }

  /**
   * A released connection leaves state without being destroyed: Terraform's `removed` block
   * with `destroy = false` (Terraform 1.7+; cdktf 0.21 has no construct for it). Once it is out
   * of state the block does nothing, so the config may keep `release` until it adopts the
   * connection again. A deleted connection needs nothing: its resource is simply not declared.
   */
  private releaseConnections(config: AppConfig): void {
    const released = config.integrations.filter((integration) => integration.connection?.end === "release");
    if (released.length === 0) return;
    this.addOverride(
      "removed",
      released.map(({ id }) => ({ from: `${GlobalConnection.tfResourceType}.${id}`, lifecycle: { destroy: false } })),
    );
  }

  /** Identifiers only; the client secret is read from Secrets Manager. */
  private outputs(integration: IntegrationSpec, secret: SecretsmanagerSecret, current: DeployedClient, pending: DeployedClient | undefined): void {
    new TerraformOutput(this, `${integration.id}_integration_id`, { value: current.app.integrationId });
    new TerraformOutput(this, `${integration.id}_client_id`, { value: current.app.clientId });
    if (pending) new TerraformOutput(this, `${integration.id}_pending_client_id`, { value: pending.app.clientId });
    new TerraformOutput(this, `${integration.id}_secret_arn`, { value: secret.arn });
    new TerraformOutput(this, `${integration.id}_clients`, {
      // One text per integration: a repeated literal becomes a local in `npm run eject`'s HCL, which a description may not use.
      description: `${integration.id}'s OAuth clients by rotation token, for \`npm run rotate -- status\` and the drift report`,
      value: Object.fromEntries(
        [current, ...(pending ? [pending] : [])].map(({ spec, app }) => [
          spec.label,
          { client_id: app.clientId, integration_id: app.integrationId, create_time: app.createTime, stage: spec.stage },
        ]),
      ),
    });
  }
}
