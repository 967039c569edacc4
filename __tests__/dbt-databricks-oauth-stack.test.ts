import { configInput, integrationInput, synthesize, synthesizedText } from "./support/config";

describe("the stack", () => {
  it("outputs the integration ID, client ID and secret ARN of every integration, and nothing secret", () => {
    const json = synthesize(configInput({ integrations: [integrationInput(), integrationInput({ id: "emea", name: "dbt-cloud-emea" })] }));
    expect(json.output).toEqual({
      prod_integration_id: { value: "${databricks_custom_app_integration.prod.integration_id}" },
      prod_client_id: { value: "${databricks_custom_app_integration.prod.client_id}" },
      prod_secret_arn: { value: "${aws_secretsmanager_secret.prod.arn}" },
      emea_integration_id: { value: "${databricks_custom_app_integration.emea.integration_id}" },
      emea_client_id: { value: "${databricks_custom_app_integration.emea.client_id}" },
      emea_secret_arn: { value: "${aws_secretsmanager_secret.emea.arn}" },
    });
    expect(JSON.stringify(json.output)).not.toContain("client_secret");
  });

  it("names the stack, and so its default state file, from the config", () => {
    expect(synthesize(configInput({ stackName: "dbt-oauth-emea" })).terraform.backend.local.path).toMatch(/terraform\.dbt-oauth-emea\.tfstate$/);
  });

  describe("given a realistic config and credentials in the environment", () => {
    const credentials = {
      DATABRICKS_CLIENT_SECRET: "dose0123456789abcdef0123456789abcdef",
      DATABRICKS_PASSWORD: "hunter2-account-admin",
      DATABRICKS_TOKEN: "dapi0123456789abcdef0123456789abcdef",
      AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      AWS_SESSION_TOKEN: "FwoGZXIvYXdzEXAMPLESESSIONTOKEN",
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
            integrationInput({ id: "legacy", name: "dbt-legacy", dbtCloud: { accessUrl: "https://cloud.getdbt.com" } }),
          ],
        }),
      );
      for (const value of Object.values(credentials)) expect(text).not.toContain(value);
      expect(text).not.toMatch(/"(token|password|client_secret|secret_key|access_key)"\s*:/);
      // The only mentions of a client secret are the references Terraform resolves at apply time.
      const references = text.match(/\\"client_secret\\" = databricks_custom_app_integration\.(prod|legacy)\.client_secret/g);
      expect(references).toHaveLength(2);
      expect(text.match(/client_secret/g)).toHaveLength(2 * references!.length);
    });
  });
});
