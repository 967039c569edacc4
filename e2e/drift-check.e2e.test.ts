/**
 * `npm run drift` as the scheduled workflow runs it, against the sandbox: clean after an
 * apply (exit 0, the workspace accepts the current client), drift after someone deletes the
 * integration in the console (exit 2, and the sign-in check says why).
 */
import { Sandbox } from "../tools/sandbox/sandbox";
import { driftCheck as runDriftCheck } from "./cli";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;

jest.setTimeout(300_000);

describeE2E("npm run drift against the sandbox", () => {
  let sandbox: Sandbox;
  let configFile: string;

  beforeAll(async () => {
    sandbox = await Sandbox.start({ log: sandboxLog });
    await sandbox.init();
    await sandbox.apply();
    configFile = sandbox.writeConfigFile();
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  const driftCheck = () => runDriftCheck(sandbox, configFile);

  test("exits 0 with no changes right after an apply", async () => {
    const { code, summary, stderr } = await driftCheck();
    expect({ code, stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(summary).toContain("## Drift check: no drift");
    expect(summary).toContain("### No changes");
    const prod = sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-prod")!;
    // The sign-in check column: the connection's workspace accepts the current client; emea has no connection.
    expect(summary).toMatch(new RegExp(`\\| \`prod\` \\| \`\\(none\\)\` ${prod.client_id} \\|.*\\| current at \`dbc-a1b2c3d4-e5f6.cloud.databricks.com\`: \\*\\*ready\\*\\* \\|`));
    expect(summary).toMatch(/\| `emea` .*\| not checked \|/);
  });

  test("exits 2 and names the deleted integration after an out-of-band delete", async () => {
    const prod = sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-prod")!;
    sandbox.databricks.deleteIntegration(prod.integration_id);

    const { code, summary } = await driftCheck();
    expect(code).toBe(2);
    expect(summary).toContain("## Drift check: drift or pending changes");
    expect(summary).toContain("| `databricks_custom_app_integration.prod` | create | deleted outside Terraform |");
    expect(summary).toContain("Secrets Manager secret `dbt-cloud/databricks-oauth/prod`");
    expect(summary).toContain("current at `dbc-a1b2c3d4-e5f6.cloud.databricks.com`: **not ready**: Client authentication failed: integration deleted");
    expect(summary).not.toContain(prod.client_secret);
  });
});
