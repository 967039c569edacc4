/**
 * `npm run eject` against the sandbox: the app applies (a rotation token set on one
 * integration), eject writes HCL, and plain terraform on that HCL, offline against the
 * provider mirror and on the very same state, initializes, validates and plans no change.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Sandbox } from "../tools/sandbox/sandbox";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;

jest.setTimeout(300_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A child process, asynchronously: the emulators answer from this one. A signal is never exit 0. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

describeE2E("npm run eject: plain terraform takes over the app's state with no change", () => {
  let sandbox: Sandbox;
  let ejectDir: string;
  let ejected: Run;
  const terraform = (args: string[]) => run(sandbox.tools.terraformBinary, [...args, "-no-color"], ejectDir, sandbox.env);

  beforeAll(async () => {
    sandbox = await Sandbox.start({ log: sandboxLog });
    sandbox.updateIntegration("prod", { rotation: "r1" });
    await sandbox.init();
    await sandbox.apply();
    ejectDir = join(sandbox.workDir, "ejected");
    const env = { ...sandbox.env, DBT_OAUTH_CONFIG: sandbox.writeConfigFile(), TERRAFORM_BINARY_NAME: sandbox.tools.terraformBinary };
    ejected = await run(process.execPath, ["-r", "tsx/cjs", "cli/eject.ts", ejectDir], resolve(__dirname, ".."), env);
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  test("eject writes readable HCL and the switch-over README, without cdktf metadata", () => {
    expect({ code: ejected.code, stderr: ejected.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(readdirSync(ejectDir).sort()).toEqual(["README.md", "main.tf", "outputs.tf", "providers.tf", "variables.tf", "versions.tf"]);
    const hcl = ["versions.tf", "providers.tf", "variables.tf", "main.tf", "outputs.tf"].map((file) => readFileSync(join(ejectDir, file), "utf8")).join("\n");
    expect(hcl).not.toMatch(/cdktf|"\/\/"|\$\{\w+\.\w+\.\w+\}"/);
    expect(hcl).toContain(`path = "${join(sandbox.workDir, "terraform.tfstate")}"`);
    expect(hcl).not.toContain(sandbox.aws.url);
    expect(hcl).toContain(`host                         = "${sandbox.databricks.url}"`);
    expect(hcl).toContain('name         = "dbt-cloud-prod-r1"');
    expect(hcl).toContain("create_before_destroy = true");
    expect(hcl).toContain('resource "databricks_custom_app_integration" "prod_r1"');
    const readme = readFileSync(join(ejectDir, "README.md"), "utf8");
    expect(readme).toContain("terraform plan -detailed-exitcode");
    // The sandbox's aws provider finds moto through the environment, which the README gives.
    expect(readme).toContain(`   export AWS_ENDPOINT_URL_SECRETS_MANAGER=${sandbox.aws.url}\n   export AWS_ENDPOINT_URL_STS=${sandbox.aws.url}\n`);
    const secrets = sandbox.databricks.integrations().map((integration) => integration.client_secret);
    expect(secrets).toEqual([expect.any(String), expect.any(String)]);
    expect(hcl).not.toContain(sandbox.dbtCloud.token);
    for (const secret of secrets) expect(hcl).not.toContain(secret);
  });

  test("terraform init attaches to the existing state offline, without a migration", async () => {
    const init = await terraform(["init", "-input=false"]);
    expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: "" });
    expect(init.stdout).toContain('Successfully configured the backend "local"');
    expect(init.stdout).not.toMatch(/migrat/i);
  });

  test("terraform validate passes and the files are as terraform fmt writes them", async () => {
    const validate = await terraform(["validate"]);
    expect({ code: validate.code, out: validate.stdout + validate.stderr }).toEqual({ code: 0, out: expect.stringContaining("The configuration is valid") });
    const fmt = await terraform(["fmt", "-check", "-diff"]);
    expect({ code: fmt.code, out: fmt.stdout }).toEqual({ code: 0, out: "" });
  });

  test("terraform plan -detailed-exitcode on the ejected HCL and the app's state: exit 0, no changes", async () => {
    const plan = await terraform(["plan", "-detailed-exitcode", "-input=false"]);
    expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: "" });
    expect(plan.stdout).toContain("No changes.");
    // The same state: the resources it refreshed are the ones the app applied.
    expect(plan.stdout).toContain("databricks_custom_app_integration.prod_r1: Refreshing state...");
    expect(plan.stdout).toContain("dbtcloud_global_connection.prod: Refreshing state...");
  });
});
