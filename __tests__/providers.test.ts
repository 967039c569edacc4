import { resolve } from "node:path";
import { configInput, synthesize, synthesizeToFile } from "./support/config";

const SANDBOX = { databricksUrl: "http://127.0.0.1:4010", awsUrl: "http://127.0.0.1:4020" };

describe("providers", () => {
  it("points Databricks at the account console with the configured auth method and no credentials", () => {
    expect(synthesize().provider.databricks).toEqual([
      { account_id: "0d26daa6-5e44-4c97-a497-ef015f91254a", host: "https://accounts.cloud.databricks.com", auth_type: "oauth-m2m" },
    ]);
  });

  it.each(["basic", "github-oidc", "databricks-cli"] as const)("selects the %s auth method", (method) => {
    const json = synthesize(configInput({ databricks: { accountId: "0d26daa6-5e44-4c97-a497-ef015f91254a", auth: { method } } }));
    expect(json.provider.databricks?.[0]?.auth_type).toBe(method);
  });

  it("passes a Databricks CLI profile name through", () => {
    const json = synthesize(
      configInput({
        databricks: { accountId: "0d26daa6-5e44-4c97-a497-ef015f91254a", host: "https://accounts.azuredatabricks.net", auth: { method: "databricks-cli", profile: "ACCOUNT" } },
      }),
    );
    expect(json.provider.databricks?.[0]).toMatchObject({ host: "https://accounts.azuredatabricks.net", profile: "ACCOUNT" });
  });

  it("sets the AWS region and default tags", () => {
    const json = synthesize(configInput({ aws: { region: "eu-central-1", defaultTags: { owner: "platform" } } }));
    expect(json.provider.aws).toEqual([{ region: "eu-central-1", default_tags: [{ tags: { owner: "platform" } }] }]);
  });

  it("pins the provider versions the prebuilt bindings were generated for", () => {
    expect(synthesize().terraform.required_providers).toEqual({
      aws: { source: "aws", version: "5.100.0" },
      databricks: { source: "databricks/databricks", version: "1.99.0" },
    });
  });

  describe("in the sandbox", () => {
    const json = synthesize(configInput({ sandbox: SANDBOX }));

    it("reaches the Databricks emulator as a unified host with token auth", () => {
      expect(json.provider.databricks).toEqual([
        { account_id: "0d26daa6-5e44-4c97-a497-ef015f91254a", host: SANDBOX.databricksUrl, experimental_is_unified_host: true, auth_type: "pat" },
      ]);
    });

    it("works only in moto's account, skipping the checks that need real AWS", () => {
      expect(json.provider.aws).toEqual([
        { region: "us-east-1", allowed_account_ids: ["123456789012"], skip_credentials_validation: true, skip_metadata_api_check: "true", max_retries: 2 },
      ]);
    });

    it("leaves the endpoints to the environment (no endpoints block, which costs the provider seconds per command) and records that environment in the stack", () => {
      expect(json.provider.aws?.[0]).not.toHaveProperty("endpoints");
      expect(synthesizeToFile(configInput({ sandbox: SANDBOX }))["//"]).toMatchObject({
        sandbox_aws_environment: { AWS_ENDPOINT_URL_SECRETS_MANAGER: SANDBOX.awsUrl, AWS_ENDPOINT_URL_STS: SANDBOX.awsUrl },
      });
    });
  });

  it("outside the sandbox records no environment for the provider", () => {
    expect(synthesizeToFile()["//"]).not.toHaveProperty("sandbox_aws_environment");
  });
});

describe("state backend", () => {
  it("keeps state in the project root by default", () => {
    expect(synthesize().terraform.backend).toEqual({ local: { path: resolve("terraform.dbt-databricks-oauth.tfstate") } });
  });

  it("takes a local path relative to the project root", () => {
    expect(synthesize(configInput({ backend: { type: "local", path: "state/dbt.tfstate" } })).terraform.backend).toEqual({
      local: { path: resolve("state/dbt.tfstate") },
    });
  });

  it("given an S3 backend with its own region, when synthesized, keeps state in that region", () => {
    const json = synthesize(configInput({ backend: { type: "s3", bucket: "acme-tf-state", key: "dbt/oauth.tfstate", region: "eu-west-1" } }));
    expect(json.terraform.backend.s3).toMatchObject({ bucket: "acme-tf-state", region: "eu-west-1" });
  });

  it("encrypts and locks S3 state, in the AWS region unless told otherwise", () => {
    const json = synthesize(configInput({ backend: { type: "s3", bucket: "acme-tf-state", key: "dbt/oauth.tfstate", kmsKeyId: "alias/tf-state" } }));
    expect(json.terraform.backend).toEqual({
      s3: { bucket: "acme-tf-state", key: "dbt/oauth.tfstate", region: "us-east-1", encrypt: true, kms_key_id: "alias/tf-state", use_lockfile: true },
    });
  });

  it("in the sandbox, keeps S3 state in moto, still encrypted and locked", () => {
    const json = synthesize(configInput({ sandbox: SANDBOX, backend: { type: "s3", bucket: "sandbox-state", key: "dbt.tfstate" } }));
    expect(json.terraform.backend.s3).toEqual({
      bucket: "sandbox-state",
      key: "dbt.tfstate",
      region: "us-east-1",
      encrypt: true,
      use_lockfile: true,
      endpoints: { s3: SANDBOX.awsUrl },
      use_path_style: true,
      skip_credentials_validation: true,
      skip_requesting_account_id: true,
      skip_metadata_api_check: true,
      skip_region_validation: true,
    });
  });
});
