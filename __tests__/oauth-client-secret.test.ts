import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecretsmanagerSecretPolicy } from "@cdktf/provider-aws/lib/secretsmanager-secret-policy";
import { ACCOUNT_ID, configInput, integrationInput, resourceOf, synthesize, synthesizedText } from "./support/config";

const withSecret = (secret: Record<string, unknown>) => configInput({ integrations: [integrationInput({ secret })] });

describe("the secret store", () => {
  it("writes a JSON document built from Terraform references to the integration", () => {
    const version = resourceOf(synthesize(), "aws_secretsmanager_secret_version", "prod");
    expect(version.secret_id).toBe("${aws_secretsmanager_secret.prod.id}");
    expect(version.secret_string).toBe(
      "${jsonencode({" +
        '"client_id" = databricks_custom_app_integration.prod.client_id, ' +
        '"client_secret" = databricks_custom_app_integration.prod.client_secret, ' +
        '"integration_id" = databricks_custom_app_integration.prod.integration_id, ' +
        '"integration_name" = databricks_custom_app_integration.prod.name, ' +
        '"dbt_cloud_access_url" = "https://ab123.us1.dbt.com", ' +
        `"databricks_account_id" = "${ACCOUNT_ID}"` +
        "})}",
    );
  });

  it("declares that its version holds AWSCURRENT, so a value put or a label moved by hand shows in the plan", () => {
    expect(resourceOf(synthesize(), "aws_secretsmanager_secret_version", "prod").version_stages).toEqual(["AWSCURRENT"]);
  });

  it("defaults the name to <stack>/<id>, a 30 day recovery window and a descriptive description", () => {
    expect(resourceOf(synthesize(), "aws_secretsmanager_secret", "prod")).toMatchObject({
      name: "dbt-databricks-oauth/prod",
      recovery_window_in_days: 30,
      description: "dbt Cloud OAuth client for Databricks (dbt-cloud-prod, https://ab123.us1.dbt.com)",
    });
  });

  it("given a secret section that names only the secret, when synthesized, still keeps it recoverable for 30 days", () => {
    const json = synthesize(configInput({ integrations: [integrationInput({ secret: { name: "dbt/prod" } })] }));
    expect(resourceOf(json, "aws_secretsmanager_secret", "prod")).toMatchObject({ name: "dbt/prod", recovery_window_in_days: 30 });
  });

  it("applies the KMS key, recovery window, tags and replicas from the config", () => {
    const synthesized = synthesizedText(
      withSecret({
        name: "dbt/prod",
        kmsKeyId: "alias/dbt-oauth",
        recoveryWindowDays: 7,
        tags: { team: "data" },
        replicaRegions: ["us-west-2", "eu-central-1"],
      }),
    );
    expect(synthesized).toHaveResourceWithProperties(SecretsmanagerSecret, {
      name: "dbt/prod",
      kms_key_id: "alias/dbt-oauth",
      recovery_window_in_days: 7,
      tags: { team: "data" },
      replica: [{ region: "us-west-2" }, { region: "eu-central-1" }],
    });
  });

  it("allows an immediate purge only when forced", () => {
    expect(resourceOf(synthesize(withSecret({ recoveryWindowDays: 0, forceDeleteWithoutRecovery: true })), "aws_secretsmanager_secret", "prod").recovery_window_in_days).toBe(0);
  });

  it("grants read access to the listed principals only through a resource policy", () => {
    const readers = ["arn:aws:iam::111122223333:role/dbt-admins", "444455556666"];
    const json = synthesize(withSecret({ readerPrincipals: readers }));
    const policy = resourceOf(json, "aws_secretsmanager_secret_policy", "prod");
    expect(policy.secret_arn).toBe("${aws_secretsmanager_secret.prod.arn}");
    expect(JSON.parse(policy.policy as string)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "DbtCloudOAuthClientReaders",
          Effect: "Allow",
          Principal: { AWS: readers },
          Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
          Resource: "*",
        },
      ],
    });
  });

  it("declares no resource policy when nobody is listed", () => {
    expect(synthesizedText()).not.toHaveResource(SecretsmanagerSecretPolicy);
  });
});
