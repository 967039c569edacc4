/**
 * The Secrets Manager secret that keeps the integration's client ID and secret, written in
 * the same apply that creates the integration. The value is built from Terraform
 * references, so it exists only in state and in Secrets Manager, never in cdktf.out.
 */
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecretsmanagerSecretPolicy } from "@cdktf/provider-aws/lib/secretsmanager-secret-policy";
import { SecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/secretsmanager-secret-version";
import { CustomAppIntegration } from "@cdktf/provider-databricks/lib/custom-app-integration";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { IntegrationSpec } from "./config/model";

export interface OAuthClientSecretProps {
  readonly integration: IntegrationSpec;
  readonly app: CustomAppIntegration;
  readonly databricksAccountId: string;
}

/** The keys of the stored JSON document, for readers of the secret (dbt Cloud admins, scripts). */
export const SECRET_KEYS = ["client_id", "client_secret", "integration_id", "integration_name", "dbt_cloud_access_url", "databricks_account_id"] as const;

export class OAuthClientSecret extends Construct {
  readonly secret: SecretsmanagerSecret;
  readonly version: SecretsmanagerSecretVersion;

  constructor(scope: Construct, id: string, { integration, app, databricksAccountId }: OAuthClientSecretProps) {
    super(scope, id);
    const settings = integration.secret;

    this.secret = new SecretsmanagerSecret(this, "secret", {
      name: settings.name,
      description: settings.description,
      kmsKeyId: settings.kmsKeyId,
      recoveryWindowInDays: settings.recoveryWindowDays,
      tags: Object.keys(settings.tags).length > 0 ? { ...settings.tags } : undefined,
      replica: settings.replicaRegions.length > 0 ? settings.replicaRegions.map((region) => ({ region })) : undefined,
    });
    this.secret.overrideLogicalId(integration.id);

    const document: Record<(typeof SECRET_KEYS)[number], string> = {
      client_id: app.clientId,
      client_secret: app.clientSecret,
      integration_id: app.integrationId,
      integration_name: app.name,
      dbt_cloud_access_url: integration.accessUrl,
      databricks_account_id: databricksAccountId,
    };
    this.version = new SecretsmanagerSecretVersion(this, "version", {
      secretId: this.secret.id,
      secretString: Fn.jsonencode(document),
      // Declared, so a plan sees AWSCURRENT leave this version (a value put or the label moved
      // by hand) and the apply moves it back; the hand-made version keeps AWSPREVIOUS. Left
      // computed, the provider reads this version by ID and reports nothing (measured, 5.100.0).
      versionStages: ["AWSCURRENT"],
    });
    this.version.overrideLogicalId(integration.id);

    if (settings.readerPrincipals.length > 0) {
      const policy = new SecretsmanagerSecretPolicy(this, "policy", {
        secretArn: this.secret.arn,
        policy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "DbtCloudOAuthClientReaders",
              Effect: "Allow",
              Principal: { AWS: [...settings.readerPrincipals] },
              Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
              Resource: "*",
            },
          ],
        }),
      });
      policy.overrideLogicalId(integration.id);
    }
  }
}
