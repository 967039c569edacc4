/** One stack: the providers, then per integration its OAuth app and the secret that keeps it. */
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AppConfig } from "./config/model";
import { OAuthAppIntegration } from "./oauth-app-integration";
import { OAuthClientSecret } from "./oauth-client-secret";
import { AccountProviders, configureBackend } from "./providers";

export class DbtDatabricksOAuthStack extends TerraformStack {
  constructor(scope: Construct, config: AppConfig) {
    super(scope, config.stackName);
    new AccountProviders(this, "providers", config);
    configureBackend(this, config);

    for (const integration of config.integrations) {
      const { resource: app } = new OAuthAppIntegration(this, `${integration.id}-app`, { integration });
      const { secret } = new OAuthClientSecret(this, `${integration.id}-secret`, {
        integration,
        app,
        databricksAccountId: config.databricks.accountId,
      });
      // Outputs carry identifiers only; the client secret is read from Secrets Manager.
      new TerraformOutput(this, `${integration.id}_integration_id`, { value: app.integrationId });
      new TerraformOutput(this, `${integration.id}_client_id`, { value: app.clientId });
      new TerraformOutput(this, `${integration.id}_secret_arn`, { value: secret.arn });
    }
  }
}
