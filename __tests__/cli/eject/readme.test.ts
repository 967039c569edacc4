/** The switch-over README beside ejected HCL: what it tells the person who takes the stack over. */
import { switchOverReadme } from "../../../cli/eject/readme";

const STACK = { terraform: { backend: { local: { path: "/state/dbt.tfstate" } } }, resource: { aws_secretsmanager_secret: { prod: {} } } };

describe("switch-over README", () => {
  it("given a sandbox stack, when ejected, then it gives the environment its aws provider finds moto through", () => {
    const json = { ...STACK, "//": { sandbox_aws_environment: { AWS_ENDPOINT_URL_SECRETS_MANAGER: "http://127.0.0.1:4020", AWS_ENDPOINT_URL_STS: "http://127.0.0.1:4020" } } };
    const readme = switchOverReadme({ stack: "dbt", json, dir: "/work/ejected", projectDir: "/work" });
    expect(readme).toContain("   export AWS_ENDPOINT_URL_SECRETS_MANAGER=http://127.0.0.1:4020\n   export AWS_ENDPOINT_URL_STS=http://127.0.0.1:4020\n");
  });

  it("given any other stack, then it names no endpoint variable", () => {
    const readme = switchOverReadme({ stack: "dbt", json: STACK, dir: "/work/ejected", projectDir: "/work" });
    expect(readme).toContain("cp /state/dbt.tfstate ./dbt-backup.tfstate");
    expect(readme).not.toMatch(/sandbox|moto|AWS_ENDPOINT_URL/);
  });
});
