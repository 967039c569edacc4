/**
 * The Secrets Manager secret that keeps an integration's OAuth clients, one secret version
 * per client, labelled as Secrets Manager's own rotation labels them: the client dbt Cloud
 * uses is AWSCURRENT, a new one not yet in use AWSPENDING, and when AWSCURRENT moves on,
 * Secrets Manager labels the version it left AWSPREVIOUS. Values are built from Terraform
 * references, so they exist only in state and in Secrets Manager, never in cdktf.out.
 */
import type { CustomAppIntegration } from "@cdktf/provider-databricks/lib/custom-app-integration";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecretsmanagerSecretPolicy } from "@cdktf/provider-aws/lib/secretsmanager-secret-policy";
import { SecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/secretsmanager-secret-version";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import type { IntegrationSpec, OAuthClientSpec } from "./config/model";
import { literal, literalMap } from "./terraform-literal";

export interface OAuthClientSecretProps {
  readonly integration: IntegrationSpec;
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

  constructor(scope: Construct, id: string, { integration }: OAuthClientSecretProps) {
    super(scope, id);
    const settings = integration.secret;

    this.secret = new SecretsmanagerSecret(this, "secret", {
      name: literal(settings.name),
      description: literal(settings.description),
      kmsKeyId: literal(settings.kmsKeyId),
      recoveryWindowInDays: settings.recoveryWindowDays,
      tags: Object.keys(settings.tags).length > 0 ? literalMap(settings.tags) : undefined,
      replica: settings.replicaRegions.length > 0 ? settings.replicaRegions.map((region) => ({ region: literal(region) })) : undefined,
    });
    this.secret.overrideLogicalId(integration.id);

    if (settings.readerPrincipals.length > 0) {
      const policy = new SecretsmanagerSecretPolicy(this, "policy", {
        secretArn: this.secret.arn,
        policy: literal(
          JSON.stringify({
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
        ),
      });
      policy.overrideLogicalId(integration.id);
    }
  }
}

export interface OAuthClientVersionProps {
  readonly integration: IntegrationSpec;
  readonly client: OAuthClientSpec;
  readonly secret: SecretsmanagerSecret;
  /** The client's integration: its attributes are known only after apply. */
  readonly app: CustomAppIntegration;
  readonly databricksAccountId: string;
  /**
   * A version to write first. The first version a secret gets is labelled AWSCURRENT whatever it
   * asked for, and loses the label (to AWSPREVIOUS) when the current one is written: a pending
   * version written first, as from empty mid-rotation, would need a second apply (measured:
   * npm run bench, 5 of the 10 pending versions at 100 integrations).
   */
  readonly after?: SecretsmanagerSecretVersion;
}

/** One client's secret version, with the stage its place in the rotation gives it. */
export class OAuthClientVersion extends Construct {
  readonly version: SecretsmanagerSecretVersion;

  constructor(scope: Construct, id: string, { integration, client, secret, app, databricksAccountId, after }: OAuthClientVersionProps) {
    super(scope, id);
    // Inside jsonencode, cdktf writes these as quoted strings and escapes their `${` itself (a
    // literal() here would be escaped twice); the schema allows neither `$` nor `%` in them.
    const document: SecretDocument = {
      client_id: app.clientId,
      client_secret: app.clientSecret,
      integration_id: app.integrationId,
      integration_name: app.name,
      dbt_cloud_access_url: integration.accessUrl,
      databricks_account_id: databricksAccountId,
    };
    this.version = new SecretsmanagerSecretVersion(this, "version", {
      secretId: secret.id,
      secretString: Fn.jsonencode(document),
      // Declared, so a plan sees AWSCURRENT leave this version (a value put or the label moved
      // by hand) and the apply moves it back; the hand-made version keeps AWSPREVIOUS. Left
      // computed, the provider reads this version by ID and reports nothing (measured, 5.100.0).
      versionStages: [client.stage],
      dependsOn: after && [after],
    });
    this.version.overrideLogicalId(client.resourceName);
    if (client.movedFrom) this.version.moveFromId(`${this.version.terraformResourceType}.${client.movedFrom}`);
  }
}
