import { ciConfigProblems } from "../../cli/ci-config";
import { loadConfigFile, parseConfig } from "../../lib/config/load-config";
import { configInput } from "../support/config";

describe("the workflows' config check", () => {
  it("accepts the committed config: S3 state and GitHub OIDC", () => {
    expect(ciConfigProblems(loadConfigFile("dbt-databricks-oauth.json").config, "dbt-databricks-oauth")).toEqual([]);
  });

  it("rejects local state, another auth method, the sandbox and a stack the workflows do not serialize", () => {
    const sandbox = { databricksUrl: "http://127.0.0.1:1", awsUrl: "http://127.0.0.1:2" };
    const { config } = parseConfig(configInput({ sandbox }));
    expect(ciConfigProblems(config, "other")).toEqual([
      expect.stringContaining('stackName is "dbt-databricks-oauth" but the workflows serialize deploys of "other"'),
      expect.stringContaining('backend.type must be "s3" in CI'),
      expect.stringContaining('databricks.auth.method must be "github-oidc" in CI'),
      expect.stringContaining("sandbox must not be set in CI"),
    ]);
  });
});
