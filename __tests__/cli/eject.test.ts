/**
 * Given the real app synth and a stand-in terraform (TERRAFORM_BINARY_NAME) that answers
 * `providers schema -json` with the real providers' schemas (fixtures), when eject runs, then
 * DIR holds HCL for exactly the synthesized resources, and bad input or a non-empty DIR stops
 * it before anything is written. Real terraform on the result: e2e/eject.e2e.test.ts.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "@cdktf/hcl2json";
import { eject } from "../../cli/eject";
import { configInput, synthesize } from "../support/config";
import { PROJECT_ROOT, runApp } from "../support/run-app";

// Each case runs the real synth as a process (and the formatter's WebAssembly): seconds, not milliseconds.
jest.setTimeout(60_000);

const SCHEMAS = join(__dirname, "fixtures", "eject-provider-schemas.json");
const STAND_IN_TERRAFORM = `#!/bin/sh
case "$1" in
  init) exit 0 ;;
  providers) cat "$SCHEMAS" ;;
  *) echo "unexpected: terraform $*" >&2; exit 1 ;;
esac
`;
const S3_CONFIG = configInput({ backend: { type: "s3", bucket: "acme-terraform-state", key: "dbt-oauth.tfstate" } });

let work: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "eject-test-"));
  const terraform = join(work, "terraform");
  writeFileSync(terraform, STAND_IN_TERRAFORM);
  chmodSync(terraform, 0o755);
  const configFile = join(work, "config.json");
  writeFileSync(configFile, JSON.stringify(S3_CONFIG));
  env = { ...process.env, DBT_OAUTH_CONFIG: configFile, TERRAFORM_BINARY_NAME: terraform, SCHEMAS };
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

const runEject = (dir: string, force = false) => eject({ dir, force, projectDir: PROJECT_ROOT, env, log: () => {} });

describe("eject", () => {
  test("given the app's config, then DIR holds HCL for exactly the synthesized resources and outputs, and the switch-over README", async () => {
    const dir = join(work, "hcl");
    const ejected = await runEject(dir);

    expect(ejected).toHaveLength(1);
    expect(ejected[0]?.files).toEqual(["versions.tf", "providers.tf", "variables.tf", "main.tf", "outputs.tf", "README.md"]);
    const json = synthesize(S3_CONFIG);
    const main = (await parse("main.tf", readFileSync(join(dir, "main.tf"), "utf8"))) as { resource: Record<string, Record<string, unknown>> };
    const addresses = (resources: Record<string, Record<string, unknown>>) =>
      Object.entries(resources)
        .flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`))
        .sort();
    expect(addresses(main.resource)).toEqual(addresses(json.resource));
    const outputs = (await parse("outputs.tf", readFileSync(join(dir, "outputs.tf"), "utf8"))) as { output: Record<string, unknown> };
    expect(Object.keys(outputs.output).sort()).toEqual(Object.keys(json.output).sort());
    expect(readFileSync(join(dir, "versions.tf"), "utf8")).toContain('backend "s3" {');
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    expect(readme).toContain("aws s3 cp s3://acme-terraform-state/dbt-oauth.tfstate ./dbt-databricks-oauth-backup.tfstate");
    // Only a sandbox stack needs endpoints from the environment (e2e/eject.e2e.test.ts).
    expect(readme).not.toContain("AWS_ENDPOINT_URL");
  });

  test("given a non-empty DIR, then it refuses and names --force, writing nothing", async () => {
    const dir = join(work, "hcl");
    mkdirSync(dir);
    writeFileSync(join(dir, "notes.txt"), "mine");

    await expect(runEject(dir)).rejects.toThrow(`${dir} is not empty (notes.txt); choose an empty or new folder, or pass --force to replace its .tf files and README.md`);
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });

  test("given a non-empty DIR and --force, then its .tf files are replaced and other files kept", async () => {
    const dir = join(work, "hcl");
    mkdirSync(dir);
    writeFileSync(join(dir, "notes.txt"), "mine");
    writeFileSync(join(dir, "stale.tf"), 'resource "x" "y" {}');

    await runEject(dir, true);
    expect(readdirSync(dir).sort()).toEqual(["README.md", "main.tf", "notes.txt", "outputs.tf", "providers.tf", "variables.tf", "versions.tf"]);
  });

  test("given a config with a bad value, then npm run eject exits 1 with synth's own error lines and writes nothing", () => {
    const bad = configInput({ integrations: [{ id: "prod", name: "dbt-cloud-prod", dbtCloud: { region: "us9" as "us1", accountPrefix: "ab123" } }] });
    writeFileSync(env.DBT_OAUTH_CONFIG!, JSON.stringify(bad));
    const dir = join(work, "hcl");

    const result = spawnSync(process.execPath, ["-r", "tsx/cjs", "cli/eject.ts", dir], { cwd: PROJECT_ROOT, env, encoding: "utf8" });
    const synth = runApp(bad);
    expect(result.status).toBe(1);
    expect(synth.stderr).toContain("integrations[0].dbtCloud.region: unknown dbt Cloud region");
    expect(result.stderr).toContain(synth.stderr.replace(/^.*config\.json/m, "").trim());
    expect(result.stderr).toContain("eject: the synth failed (exit 1); nothing was written");
    expect(() => readdirSync(dir)).toThrow();
  });

  test("given no DIR, then it prints its usage and exits 1", () => {
    const result = spawnSync(process.execPath, ["-r", "tsx/cjs", "cli/eject.ts"], { cwd: PROJECT_ROOT, env, encoding: "utf8" });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 1, stderr: "usage: npm run eject -- DIR [--force]\n" });
  });
});
