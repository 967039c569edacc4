/**
 * One stack: the providers, then per integration its OAuth clients (the current one and,
 * during a rotation, the pending one), the secret that keeps them, and the dbt Cloud
 * connection that uses the current one.
 */
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { configureBackend } from "./backend";
import { AppConfig, IntegrationSpec, OAuthClientSpec } from "./config/model";
import { DbtCloudConnection } from "./dbt-cloud-connection";
import { OAuthAppIntegration } from "./oauth-app-integration";
import { OAuthClientSecret, OAuthClientVersion } from "./oauth-client-secret";
import { AccountProviders } from "./providers";

export interface DbtDatabricksOAuthStackProps {
  readonly config: AppConfig;
}

export class DbtDatabricksOAuthStack extends TerraformStack {
  constructor(scope: Construct, id: string, { config }: DbtDatabricksOAuthStackProps) {
    super(scope, id);
    const providers = new AccountProviders(this, "providers", config);
    configureBackend(this, { backend: config.backend, awsRegion: config.aws.region });

    for (const integration of config.integrations) {
      const clients = clientsOf(integration);
      const apps = clients.map((client) => ({ client, app: new OAuthAppIntegration(this, `${client.resourceName}-app`, { integration, client }).resource }));
      const current = apps[0].app;

      const { secret } = new OAuthClientSecret(this, `${integration.id}-secret`, { integration });
      const versions = apps.map(
        ({ client, app }) => new OAuthClientVersion(this, `${client.resourceName}-version`, { integration, client, secret, app, databricksAccountId: config.databricks.accountId }).version,
      );

      const { connection, dbtCloudAccount } = integration;
      const managed =
        connection && dbtCloudAccount
          ? new DbtCloudConnection(this, `${integration.id}-connection`, {
              integration,
              connection,
              provider: providers.dbtCloud.get(dbtCloudAccount.accountId)!,
              current,
              currentVersion: versions[0],
            }).resource
          : undefined;

      // Outputs carry identifiers only; the client secret is read from Secrets Manager.
      new TerraformOutput(this, `${integration.id}_integration_id`, { value: current.integrationId });
      new TerraformOutput(this, `${integration.id}_client_id`, { value: current.clientId });
      if (apps[1]) new TerraformOutput(this, `${integration.id}_pending_client_id`, { value: apps[1].app.clientId });
      new TerraformOutput(this, `${integration.id}_secret_arn`, { value: secret.arn });
      new TerraformOutput(this, `${integration.id}_clients`, {
        // One text per integration: a repeated literal becomes a local in `npm run eject`'s HCL, which a description may not use.
        description: `${integration.id}'s OAuth clients by rotation token, for \`npm run rotate -- status\` and the drift report`,
        value: Object.fromEntries(
          apps.map(({ client, app }) => [client.label, { client_id: app.clientId, integration_id: app.integrationId, create_time: app.createTime, stage: client.stage }]),
        ),
      });
      if (managed) new TerraformOutput(this, `${integration.id}_connection_id`, { value: managed.id });
    }
  }
}

/** The current client first. */
function clientsOf({ rotation }: IntegrationSpec): OAuthClientSpec[] {
  return rotation.pending ? [rotation.current, rotation.pending] : [rotation.current];
}
