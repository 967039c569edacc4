/** The app as cdktf runs it (cdktf.json "app": app.js): a process that reads DBT_OAUTH_CONFIG and writes cdktf.out. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { configInput, integrationInput } from "./support/config";
import { runApp } from "./support/run-app";

describe("main", () => {
  it("synthesizes a valid config and prints its warnings to stderr", () => {
    const { status, stdout, stderr, outdir } = runApp(configInput({ integrations: [integrationInput({ dbtCloud: { accessUrl: "https://cloud.getdbt.com" } })] }));
    expect(status).toBe(0);
    expect(stdout).toBe(`Synthesized dbt-databricks-oauth (1 integration) into ${join(outdir, "stacks", "dbt-databricks-oauth")}\n`);
    expect(stderr).toContain("warning: integrations[0].dbtCloud.accessUrl: cloud.getdbt.com is a legacy shared dbt Cloud host");
    expect(stderr).toContain("warning: backend:");
    const stack = JSON.parse(readFileSync(join(outdir, "stacks", "dbt-databricks-oauth", "cdk.tf.json"), "utf8"));
    expect(Object.keys(stack.resource.databricks_custom_app_integration)).toEqual(["prod"]);
  });

  // cdktf's outputs call util.isArray, deprecated at run time from Node.js 22 (DEP0044):
  // lib/node-deprecations.ts keeps that warning out of every synth. On Node.js 20 there is
  // no warning to catch; CI runs this file on the newest LTS line too.
  it("prints no Node.js deprecation warning", () => {
    const { status, stderr } = runApp(configInput());
    expect(status).toBe(0);
    expect(stderr).not.toMatch(/DeprecationWarning|DEP0\d+/);
  });

  it("exits non-zero with every problem and writes nothing for an invalid config", () => {
    const { status, stderr, stdout, outdir } = runApp(configInput({ aws: { region: "nowhere" as never }, integrations: [] }));
    expect(status).toBe(1);
    expect(stderr).toMatch(/config\.json: 2 problems; nothing was synthesized\.\n {2}- aws\.region: .*\(got "nowhere"\)\n {2}- integrations: list at least one integration/);
    expect(stdout).toBe("");
    expect(existsSync(outdir)).toBe(false);
  });
});
