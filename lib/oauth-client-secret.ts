/**
 * The Secrets Manager secret that keeps the integration's client ID and secret, written in
 * the same apply that creates the integration. The value is built from Terraform
 * references, so it exists only in state and in Secrets Manager, never in cdktf.out.
 */
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecretsmanagerSecretPolicy } from "@cdktf/provider-aws/lib/secretsmanager-secret-policy";
import { SecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/secretsmanager-secret-version";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { IntegrationSpec } from "./config/model";

export interface OAuthClientSecretProps {
  readonly integration: IntegrationSpec;
  /** The integration's attributes, as Terraform references: known only after apply. */
  readonly clientId: string;
  readonly clientSecret: string;
  readonly integrationId: string;
  readonly integrationName: string;
  readonly databricksAccountId: string;
}

/** The stored JSON document, as readers of the secret (dbt Cloud admins, scripts) see it. */
interface SecretDocument {
  readonly client_id: string;
  readonly client_secret: string;
  readonly integration_id: string;
  readonly integration_name: string;
  readonly dbt_cloud_access_url: string;
  readonly databricks_account_id: string;
}

export class OAuthClientSecret extends Construct {
  readonly secret: SecretsmanagerSecret;
  readonly version: SecretsmanagerSecretVersion;

  constructor(scope: Construct, id: string, props: OAuthClientSecretProps) {
    super(scope, id);
    const { integration } = props;
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

    const document: SecretDocument = {
      client_id: props.clientId,
      client_secret: props.clientSecret,
      integration_id: props.integrationId,
      integration_name: props.integrationName,
      dbt_cloud_access_url: integration.accessUrl,
      databricks_account_id: props.databricksAccountId,
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
