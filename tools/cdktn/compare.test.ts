import { canonicalSource, differences, normalizeStack } from "./compare";

describe("cdktn check: comparing synthesized stacks", () => {
  it("completes a provider source as Terraform does", () => {
    expect(canonicalSource("aws")).toBe("registry.terraform.io/hashicorp/aws");
    expect(canonicalSource("databricks/databricks")).toBe("registry.terraform.io/databricks/databricks");
    expect(canonicalSource("registry.terraform.io/dbt-labs/dbtcloud")).toBe("registry.terraform.io/dbt-labs/dbtcloud");
  });

  it("finds no difference between cdktf's and cdktn's spelling of the same stack", () => {
    const cdktf = {
      "//": { metadata: { version: "0.21.0" } },
      terraform: { required_providers: { aws: { source: "aws", version: "5.100.0" } } },
      resource: { aws_secretsmanager_secret: { prod: { "//": { metadata: { path: "a" } }, name: "x" } } },
    };
    const cdktn = {
      "//": { metadata: { version: "0.24.0" } },
      terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "5.100.0" } } },
      resource: { aws_secretsmanager_secret: { prod: { "//": { metadata: { path: "b" } }, name: "x" } } },
    };
    expect(differences(normalizeStack(cdktf), normalizeStack(cdktn))).toEqual([]);
  });

  it("names each path where the stacks really differ", () => {
    const cdktf = { terraform: { required_providers: { aws: { source: "aws", version: "5.100.0" } } }, resource: { a: { x: { n: 1 } } } };
    const cdktn = { terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "6.0.0" } } }, resource: { a: { x: { n: 2 }, y: {} } } };
    expect(differences(normalizeStack(cdktf), normalizeStack(cdktn))).toEqual([
      "$.resource.a.x.n: cdktf 1 / cdktn 2",
      "$.resource.a.y: cdktf null / cdktn {}",
      '$.terraform.required_providers.aws.version: cdktf "5.100.0" / cdktn "6.0.0"',
    ]);
  });
});
