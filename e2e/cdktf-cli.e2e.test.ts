/**
 * The commands the README gives users, `npx cdktf deploy`, `diff` and `destroy`, run as
 * users run them: the cdktf CLI synthesizes through cdktf.json's "app" (node app.js) with
 * DBT_OAUTH_CONFIG pointing at the sandbox, and terraform installs the providers from the
 * offline mirror (TF_CLI_CONFIG_FILE). `--skip-provider-lock` is the README's air-gapped
 * way: without it cdktf runs `terraform providers lock`, which asks the registry and
 * ignores the mirror.
 */
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { Sandbox } from "../tools/sandbox/sandbox";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;

jest.setTimeout(600_000);

const PROJECT_ROOT = resolve(__dirname, "..");
const PROD_SECRET = "dbt-cloud/databricks-oauth/prod";

describeE2E("npx cdktf deploy, diff and destroy against the sandbox, providers from the mirror", () => {
  let sandbox: Sandbox;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    sandbox = await Sandbox.start({ log: sandboxLog });
    env = {
      ...sandbox.env,
      DBT_OAUTH_CONFIG: sandbox.writeConfigFile(),
      TERRAFORM_BINARY_NAME: sandbox.tools.terraformBinary,
      // cdktf's interactive UI would wait for a terminal; CI=1 makes it print plainly.
      CI: "1",
    };
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  /** `npx cdktf <args>` from the project root, its output in the sandbox's work folder. */
  function cdktf(...args: string[]): Promise<{ code: number; output: string }> {
    const cli = join(PROJECT_ROOT, "node_modules", ".bin", "cdktf");
    const argv = [...args, "--skip-provider-lock", "--output", join(sandbox.workDir, "cdktf-cli.out")];
    return new Promise((done) => {
      execFile(cli, argv, { cwd: PROJECT_ROOT, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        // A process killed by a signal has no numeric code: never mistake it for exit 0.
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        done({ code, output: `${stdout}${stderr}` });
      });
    });
  }

  test("cdktf deploy creates the integrations and stores their secrets, printing no secret", async () => {
    const { code, output } = await cdktf("deploy", "--auto-approve");

    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining("Apply complete! Resources: 7 added, 0 changed, 0 destroyed.") });
    const prod = sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-prod");
    expect(
      sandbox.databricks
        .integrations()
        .map((i) => i.name)
        .sort(),
    ).toEqual(["dbt-cloud-emea", "dbt-cloud-prod"]);
    expect(await sandbox.secretValue(PROD_SECRET)).toMatchObject({ client_id: prod?.client_id, client_secret: prod?.client_secret });
    for (const integration of sandbox.databricks.integrations()) expect(output).not.toContain(integration.client_secret);
  });

  test("cdktf diff right after shows no changes", async () => {
    const { code, output } = await cdktf("diff");

    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining("No changes.") });
  });

  test("cdktf destroy removes the integrations and schedules the secrets for deletion", async () => {
    const { code, output } = await cdktf("destroy", "--auto-approve");

    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining("Destroy complete! Resources: 7 destroyed.") });
    expect(sandbox.databricks.integrations()).toEqual([]);
    expect((await sandbox.describeSecret(PROD_SECRET)).DeletedDate).toBeInstanceOf(Date);
  });
});
