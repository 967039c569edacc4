/** One stack: the providers, then per integration its OAuth app and the secret that keeps it. */
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { configureBackend } from "./backend";
import { AppConfig } from "./config/model";
import { OAuthAppIntegration } from "./oauth-app-integration";
import { OAuthClientSecret } from "./oauth-client-secret";
import { AccountProviders } from "./providers";

export interface DbtDatabricksOAuthStackProps {
  readonly config: AppConfig;
}

export class DbtDatabricksOAuthStack extends TerraformStack {
  constructor(scope: Construct, id: string, { config }: DbtDatabricksOAuthStackProps) {
    super(scope, id);
    new AccountProviders(this, "providers", config);
    configureBackend(this, { backend: config.backend, awsRegion: config.aws.region, sandboxAwsUrl: config.sandbox?.awsUrl });

    for (const integration of config.integrations) {
      const { resource: databricksIntegration } = new OAuthAppIntegration(this, `${integration.id}-app`, { integration });
      const { secret } = new OAuthClientSecret(this, `${integration.id}-secret`, {
        integration,
        clientId: databricksIntegration.clientId,
        clientSecret: databricksIntegration.clientSecret,
        integrationId: databricksIntegration.integrationId,
        integrationName: databricksIntegration.name,
        databricksAccountId: config.databricks.accountId,
      });
      // Outputs carry identifiers only; the client secret is read from Secrets Manager.
      new TerraformOutput(this, `${integration.id}_integration_id`, { value: databricksIntegration.integrationId });
      new TerraformOutput(this, `${integration.id}_client_id`, { value: databricksIntegration.clientId });
      new TerraformOutput(this, `${integration.id}_secret_arn`, { value: secret.arn });
    }
  }
}
