import { configInput, integrationInput, MANAGED_DBT_CLOUD, resourcesOf, synthesize, synthesizedText } from "./support/config";

describe("the stack", () => {
  it("outputs the integration ID, client ID, secret ARN and clients of every integration, and nothing secret", () => {
    const json = synthesize(
      configInput({ integrations: [integrationInput(), integrationInput({ id: "emea", name: "dbt-cloud-emea", rotation: { current: "r1", pending: "r2" } })] }),
    );
    const client = (address: string, stage: string) => ({
      client_id: `\${${address}.client_id}`,
      integration_id: `\${${address}.integration_id}`,
      create_time: `\${${address}.create_time}`,
      stage,
    });
    expect(json.output).toEqual({
      prod_integration_id: { value: "${databricks_custom_app_integration.prod.integration_id}" },
      prod_client_id: { value: "${databricks_custom_app_integration.prod.client_id}" },
      prod_secret_arn: { value: "${aws_secretsmanager_secret.prod.arn}" },
      prod_clients: { description: expect.any(String), value: { "(none)": client("databricks_custom_app_integration.prod", "AWSCURRENT") } },
      emea_integration_id: { value: "${databricks_custom_app_integration.emea_r1.integration_id}" },
      emea_client_id: { value: "${databricks_custom_app_integration.emea_r1.client_id}" },
      emea_pending_client_id: { value: "${databricks_custom_app_integration.emea_r2.client_id}" },
      emea_secret_arn: { value: "${aws_secretsmanager_secret.emea.arn}" },
      emea_clients: {
        description: expect.any(String),
        value: { r1: client("databricks_custom_app_integration.emea_r1", "AWSCURRENT"), r2: client("databricks_custom_app_integration.emea_r2", "AWSPENDING") },
      },
    });
    expect(JSON.stringify(json.output)).not.toContain("client_secret");
  });

  it("stores each client in its own secret version, labelled AWSCURRENT or AWSPENDING", () => {
    const versions = resourcesOf(
      synthesize(configInput({ integrations: [integrationInput({ rotation: { current: "r1", pending: "r2" } })] })),
      "aws_secretsmanager_secret_version",
    );
    expect(Object.fromEntries(Object.entries(versions).map(([name, version]) => [name, version.version_stages]))).toEqual({ prod_r1: ["AWSCURRENT"], prod_r2: ["AWSPENDING"] });
    expect(versions.prod_r2?.secret_string).toContain("databricks_custom_app_integration.prod_r2.client_secret");
  });

  it("writes the pending version after the current one, so the first version a secret gets is the current client's", () => {
    const versions = resourcesOf(
      synthesize(configInput({ integrations: [integrationInput({ rotation: { current: "r1", pending: "r2" } })] })),
      "aws_secretsmanager_secret_version",
    );
    expect(versions.prod_r2?.depends_on).toEqual(["aws_secretsmanager_secret_version.prod_r1"]);
    expect(versions.prod_r1).not.toHaveProperty("depends_on");
  });

  it("names the stack, and so its default state file, from the config", () => {
    expect(synthesize(configInput({ stackName: "dbt-oauth-emea" })).terraform.backend.local?.path).toMatch(/terraform\.dbt-oauth-emea\.tfstate$/);
  });

  describe("given a realistic config and credentials in the environment", () => {
    const credentials = {
      DATABRICKS_CLIENT_SECRET: "dose0123456789abcdef0123456789abcdef",
      DATABRICKS_PASSWORD: "hunter2-account-admin",
      DATABRICKS_TOKEN: "dapi0123456789abcdef0123456789abcdef",
      AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      AWS_SESSION_TOKEN: "FwoGZXIvYXdzEXAMPLESESSIONTOKEN",
      TF_VAR_dbt_cloud_token: "dbtc_account_admin_token_not_real",
    };
    const saved = { ...process.env };
    beforeAll(() => Object.assign(process.env, credentials));
    afterAll(() => {
      process.env = saved;
    });

    it("synthesizes no secret material and no credentials", () => {
      const text = synthesizedText(
        configInput({
          databricks: { accountId: "0d26daa6-5e44-4c97-a497-ef015f91254a", auth: { method: "basic" } },
          backend: { type: "s3", bucket: "acme-tf-state", key: "dbt.tfstate" },
          integrations: [
            integrationInput({ rotation: "2026-11", tokenLifetimes: { accessTokenMinutes: 480 }, secret: { readerPrincipals: ["111122223333"] } }),
            integrationInput({ id: "managed", name: "dbt-managed", dbtCloud: MANAGED_DBT_CLOUD }),
            integrationInput({ id: "legacy", name: "dbt-legacy", dbtCloud: { accessUrl: "https://cloud.getdbt.com" } }),
          ],
        }),
      );
      for (const value of Object.values(credentials)) expect(text).not.toContain(value);
      // Such keys hold only references (the token variable, the integration's secret), never a value.
      expect(text).not.toMatch(/"(token|password|client_secret|secret_key|access_key)"\s*:\s*"(?!\$\{(var|databricks_custom_app_integration)\.)/);
      // The only mentions of a client secret are the references Terraform resolves at apply time.
      const references = text.match(/\\"client_secret\\" = databricks_custom_app_integration\.(prod_2026-11|legacy|managed)\.client_secret/g);
      expect(references).toHaveLength(3);
      // The connection's client_secret: a reference too, never a value.
      expect(text).toContain('"client_secret": "${databricks_custom_app_integration.managed.client_secret}"');
      expect(text.match(/client_secret/g)).toHaveLength(2 * references!.length + 2);
    });
  });
});
