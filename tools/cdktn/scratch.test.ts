import { cdktnJson, rewriteImports } from "./scratch";

describe("cdktn check: the app's sources rewritten for cdktn", () => {
  it("points cdktf at cdktn and the provider packages' deep paths at the generated bindings, relative to the file", () => {
    const source = [
      'import { TerraformStack } from "cdktf";',
      'import { AwsProvider } from "@cdktf/provider-aws/lib/provider";',
      'import type { CustomAppIntegration } from "@cdktf/provider-databricks/lib/custom-app-integration";',
      'import { GlobalConnection } from "../.gen/providers/dbtcloud/global-connection";',
      'import { z } from "zod";',
    ].join("\n");
    expect(rewriteImports(source, "/s/lib", "/s").split("\n")).toEqual([
      'import { TerraformStack } from "cdktn";',
      'import { AwsProvider } from "../.gen/providers/aws/provider";',
      'import type { CustomAppIntegration } from "../.gen/providers/databricks/custom-app-integration";',
      'import { GlobalConnection } from "../.gen/providers/dbtcloud/global-connection";',
      'import { z } from "zod";',
    ]);
    expect(rewriteImports('import { App } from "cdktf";\nimport { X } from "@cdktf/provider-aws/lib/x";', "/s", "/s")).toBe(
      'import { App } from "cdktn";\nimport { X } from "./.gen/providers/aws/x";',
    );
  });

  it("pins every provider in cdktf.json, since cdktn generates all three bindings", () => {
    const json = JSON.parse(cdktnJson(JSON.stringify({ language: "typescript", app: "node app.js", terraformProviders: ["dbt-labs/dbtcloud@=1.12.5"] })));
    expect(json).toMatchObject({
      app: "node app.js",
      codeMakerOutput: ".gen",
      terraformProviders: ["hashicorp/aws@=5.100.0", "databricks/databricks@=1.99.0", "dbt-labs/dbtcloud@=1.12.5"],
    });
  });
});
