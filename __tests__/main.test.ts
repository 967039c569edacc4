/** The app as cdktf runs it (cdktf.json "app": app.js): a process that reads DBT_OAUTH_CONFIG and writes cdktf.out. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { configInput, integrationInput } from "./support/config";

const APP = resolve(__dirname, "..", "app.js");

function runApp(config: unknown) {
  const dir = mkdtempSync(join(tmpdir(), "dbt-oauth-main-"));
  const file = join(dir, "config.json");
  writeFileSync(file, JSON.stringify(config));
  const outdir = join(dir, "cdktf.out");
  const result = spawnSync(process.execPath, [APP], {
    cwd: resolve(__dirname, ".."),
    env: { ...process.env, DBT_OAUTH_CONFIG: file, CDKTF_OUTDIR: outdir },
    encoding: "utf8",
  });
  return { ...result, outdir };
}

describe("main", () => {
  it("synthesizes a valid config and prints its warnings to stderr", () => {
    const { status, stderr, outdir } = runApp(configInput({ integrations: [integrationInput({ dbtCloud: { accessUrl: "https://cloud.getdbt.com" } })] }));
    expect(status).toBe(0);
    expect(stderr).toContain("warning: integrations[0].dbtCloud.accessUrl: cloud.getdbt.com is a legacy shared dbt Cloud host");
    expect(stderr).toContain("warning: backend:");
    const stack = JSON.parse(readFileSync(join(outdir, "stacks", "dbt-databricks-oauth", "cdk.tf.json"), "utf8"));
    expect(Object.keys(stack.resource.databricks_custom_app_integration)).toEqual(["prod"]);
  });

  it("exits non-zero with every problem and writes nothing for an invalid config", () => {
    const { status, stderr, stdout, outdir } = runApp(configInput({ aws: { region: "nowhere" }, integrations: [] }));
    expect(status).toBe(1);
    expect(stderr).toMatch(/config\.json: 2 problems; nothing was synthesized\.\n {2}- aws\.region: .*\(got "nowhere"\)\n {2}- integrations: list at least one integration/);
    expect(stdout).toBe("");
    expect(existsSync(outdir)).toBe(false);
  });
});
