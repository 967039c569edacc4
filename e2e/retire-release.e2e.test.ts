/**
 * The end of what the app manages, with the real terraform, providers and emulators, on the
 * sandbox config (`prod` manages a dbt Cloud connection, `emea` does not). The tests build on
 * each other to keep the applies few (four):
 *
 * 1. apply both integrations;
 * 2. the three careless edits (emea's block dropped, prod's connection dropped, prod's
 *    block dropped) are refused by `npm run drift`, naming the integration and the two ways
 *    forward; no saved plan is left;
 * 3. prod's connection released and emea retired, in one reviewed plan: its summary opens with
 *    what breaks; `npm run eject` of that config plans exactly the same; after the apply the
 *    connection is untouched in dbt Cloud and gone from state, emea's client is deleted, its
 *    secret scheduled for deletion with its 7-day window and still restorable; the next plan is clean;
 * 4. the released connection adopted again;
 * 5. prod retired with its connection deleted: the connection is gone from dbt Cloud.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DeleteSecretCommand, RestoreSecretCommand } from "@aws-sdk/client-secrets-manager";
import { summarizePlan } from "../cli/plan-summary";
import type { ConfigInput } from "../lib/config/schema";
import { type PlanResult, Sandbox, SANDBOX_CONFIG_FILE } from "../tools/sandbox/sandbox";
import { driftCheck } from "./cli";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;
jest.setTimeout(600_000);

type IntegrationInput = ConfigInput["integrations"][number];
const base = JSON.parse(readFileSync(SANDBOX_CONFIG_FILE, "utf8")) as ConfigInput;
const prod = base.integrations.find((i) => i.id === "prod")!;
const emea = base.integrations.find((i) => i.id === "emea")!;
const PROD_SECRET = "dbt-cloud/databricks-oauth/prod";
const EMEA_SECRET = "dbt-cloud/databricks-oauth/emea";
const DAY_MS = 24 * 60 * 60 * 1000;

const withConnection = (integration: IntegrationInput, change: Record<string, unknown>): IntegrationInput => ({
  ...integration,
  dbtCloud: { ...integration.dbtCloud, connection: { ...integration.dbtCloud.connection!, ...change } },
});

function actionsOf(plan: { resource_changes: PlanResult["json"]["resource_changes"] }): Record<string, string> {
  return Object.fromEntries(plan.resource_changes.filter((rc) => rc.change.actions.join() !== "no-op").map((rc) => [rc.address, rc.change.actions.join("+")]));
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describeE2E("retiring an integration, releasing or deleting a dbt Cloud connection", () => {
  let sandbox: Sandbox;
  let connectionId: number;
  const stateList = async () => (await sandbox.terraform(["state", "list"])).stdout.split("\n").filter(Boolean);
  /** `npm run drift` on a config, as the plan and deploy workflows run it. */
  const driftOn = (integrations: IntegrationInput[]) => {
    sandbox.synth({ ...base, integrations });
    return driftCheck(sandbox, sandbox.writeConfigFile());
  };

  beforeAll(async () => {
    sandbox = await Sandbox.start({ log: sandboxLog });
    await sandbox.init();
    await sandbox.apply();
    connectionId = Number((await sandbox.outputs()).prod_connection_id!.value);
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  describe("2. careless edits are refused before anything is applied", () => {
    const noSavedPlan = () => expect(existsSync(join(sandbox.workDir, "drift-out", "stacks", sandbox.stackName, "plan.tfplan"))).toBe(false);

    test("emea's block dropped (no connection): refused, naming emea and both ways forward", async () => {
      const { code, summary } = await driftOn([prod]);
      expect(code).toBe(1);
      expect(summary).toContain("### Refused: the plan deletes what the configuration does not say to delete");
      expect(summary).toContain("Integration `emea` is in Terraform's state, but its block is gone from `integrations` without being retired.");
      expect(summary).toContain('restore its block (`"id": "emea"`)');
      expect(summary).toContain('add `"retired": true` to it');
      // The plan it refused, for context: the deletes it would have made.
      expect(summary).toContain("| `databricks_custom_app_integration.emea` | delete | removed from the configuration |");
      noSavedPlan();
    });

    test("prod's dbtCloud.connection dropped: no raw provider error, but the field and the two markers", async () => {
      const { dbtCloud } = prod;
      const { connection: _dropped, ...withoutConnection } = dbtCloud;
      const { code, summary } = await driftOn([{ ...prod, dbtCloud: withoutConnection }, emea]);
      expect(code).toBe(1);
      expect(summary).toContain("**`integrations[0].dbtCloud.connection`**: Integration `prod`'s dbt Cloud connection is in Terraform's state");
      expect(summary).toContain('`"release": true`: stop managing it; dbt Cloud keeps it exactly as it is');
      expect(summary).toContain('`"delete": true`: delete it in dbt Cloud.');
      expect(summary).toContain("<details><summary>Terraform's error</summary>");
      noSavedPlan();
    });

    test("prod's block dropped (with its connection): refused, naming prod", async () => {
      const { code, summary } = await driftOn([emea]);
      expect(code).toBe(1);
      expect(summary).toContain("Integration `prod` is in Terraform's state, but its block is gone from `integrations` without being retired.");
      noSavedPlan();
      // Nothing changed anywhere.
      expect(sandbox.databricks.integrations()).toHaveLength(2);
      expect(sandbox.dbtCloud.connections()).toHaveLength(1);
    });
  });

  describe("3. prod's connection released and emea retired, in one plan", () => {
    let plan: PlanResult;
    let connectionBefore: unknown;
    let emeaClientId: string;

    beforeAll(async () => {
      connectionBefore = sandbox.dbtCloud.connections()[0];
      emeaClientId = sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-emea")!.client_id;
      sandbox.synth({ ...base, integrations: [withConnection(prod, { release: true }), { ...emea, retired: true }] });
      plan = await sandbox.plan();
    });

    test("the drift check accepts the plan (the markers say so)", async () => {
      const { code, summary } = await driftCheck(sandbox, sandbox.writeConfigFile());
      expect({ code, refused: summary.includes("Refused") }).toEqual({ code: 2, refused: false });
    });

    test("the plan forgets the connection and deletes emea's client, version and secret, nothing else", () => {
      expect(actionsOf(plan.json)).toEqual({
        "dbtcloud_global_connection.prod": "forget",
        "databricks_custom_app_integration.emea": "delete",
        "aws_secretsmanager_secret.emea": "delete",
        "aws_secretsmanager_secret_version.emea": "delete",
      });
    });

    test("the summary opens with what breaks: the dbt Cloud host, the client, the secret's window and the restore command", () => {
      const summary = summarizePlan(plan.json);
      const [headline, retirement] = summary.split("\n\n");
      expect(headline).toBe("### Plan: 0 to add, 0 to change, 0 to replace, 3 to destroy, 1 to forget");
      expect(retirement).toBe(
        [
          "> [!CAUTION]",
          '> **Retiring integration `emea`** (`"retired": true`). When this plan is applied:',
          `> - **dbt Cloud at \`https://cd456.eu1.dbt.com\` loses Databricks sign-in for every developer**: client \`dbt-cloud-emea\` (client ID \`${emeaClientId}\`) is deleted from the Databricks account; a deleted client cannot be restored.`,
          "> - No dbt Cloud connection is managed here: the connection that holds the client stays in dbt Cloud, and fails sign-in.",
          `> - Secrets Manager secret \`${EMEA_SECRET}\` is scheduled for deletion: recoverable with every version for **7 days** (\`recoveryWindowDays\`), with \`aws secretsmanager restore-secret --secret-id ${EMEA_SECRET} --region us-east-1\`.`,
        ].join("\n"),
      );
      expect(summary).toContain(`> [!NOTE]\n> dbt Cloud connection \`Databricks (prod)\` (id ${connectionId}, \`dbtcloud_global_connection.prod\`) is **released**`);
      expect(summary).toContain("| `dbtcloud_global_connection.prod` | forget (stays where it is) | released (`removed`, `destroy = false`): Terraform forgets it |");
    });

    test("npm run eject of this config writes a removed block, and plain terraform plans exactly the same", async () => {
      const ejectDir = join(sandbox.workDir, "ejected");
      const env = { ...sandbox.env, DBT_OAUTH_CONFIG: sandbox.writeConfigFile(), TERRAFORM_BINARY_NAME: sandbox.tools.terraformBinary };
      const ejected = await run(process.execPath, ["-r", "tsx/cjs", "cli/eject.ts", ejectDir], resolve(__dirname, ".."), env);
      expect({ code: ejected.code, stderr: ejected.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
      expect(readFileSync(join(ejectDir, "main.tf"), "utf8")).toMatch(/removed \{\n\s+from = dbtcloud_global_connection\.prod\n\s+lifecycle \{\n\s+destroy = false\n\s+\}\n\}/);
      const terraform = (args: string[]) => run(sandbox.tools.terraformBinary, [...args, "-no-color", "-input=false"], ejectDir, sandbox.env);
      expect((await terraform(["init"])).code).toBe(0);
      expect((await terraform(["plan", "-lock=false", "-out=ejected.tfplan"])).code).toBe(0);
      const shown = await run(sandbox.tools.terraformBinary, ["show", "-json", "ejected.tfplan"], ejectDir, sandbox.env);
      expect(actionsOf(JSON.parse(shown.stdout))).toEqual(actionsOf(plan.json));
    });

    test("after the apply: the connection is untouched in dbt Cloud and gone from state; emea is gone; its secret waits 7 days", async () => {
      await sandbox.applyPlan();
      expect(sandbox.dbtCloud.connections()).toEqual([connectionBefore]);
      const state = await stateList();
      expect(state.filter((address) => address.startsWith("dbtcloud_global_connection"))).toEqual([]);
      expect(state.filter((address) => address.includes(".emea"))).toEqual([]);
      expect(sandbox.databricks.integrations().map((i) => i.name)).toEqual(["dbt-cloud-prod"]);

      const secret = await sandbox.describeSecret(EMEA_SECRET);
      expect(secret.DeletedDate).toBeInstanceOf(Date);
      // moto, as Secrets Manager: the date the secret will be purged, the recovery window from now.
      expect(Math.abs(secret.DeletedDate!.getTime() - Date.now() - 7 * DAY_MS)).toBeLessThan(10 * 60 * 1000);
    });

    test("the retired secret can still be restored, every value intact", async () => {
      await sandbox.secretsManager.send(new RestoreSecretCommand({ SecretId: EMEA_SECRET }));
      expect((await sandbox.secretValue(EMEA_SECRET)).client_id).toBe(emeaClientId);
      // Back to how the retirement left it, so the rest sees what a user would.
      await sandbox.secretsManager.send(new DeleteSecretCommand({ SecretId: EMEA_SECRET, RecoveryWindowInDays: 7 }));
    });

    test("the next plan is clean, with the markers still in the config", async () => {
      expect(await sandbox.planExitCode()).toBe(0);
    });
  });

  test("4. the released connection adopted again: imported, given the current client, no second connection", async () => {
    sandbox.synth({ ...base, integrations: [withConnection(prod, { adopt: connectionId }), { ...emea, retired: true }] });
    const plan = await sandbox.plan();
    expect(actionsOf(plan.json)).toEqual({ "dbtcloud_global_connection.prod": "update" });
    await sandbox.applyPlan();
    const current = sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-prod")!;
    expect(sandbox.dbtCloud.connections()).toEqual([expect.objectContaining({ id: connectionId, config: expect.objectContaining({ client_id: current.client_id }) })]);
    expect(await stateList()).toContain("dbtcloud_global_connection.prod");
  });

  test("5. prod retired with its connection deleted: gone from dbt Cloud and Databricks; the summary says so", async () => {
    sandbox.synth({
      ...base,
      integrations: [
        { ...withConnection(prod, { adopt: connectionId, delete: true }), retired: true },
        { ...emea, retired: true },
      ],
    });
    const plan = await sandbox.plan();
    expect(actionsOf(plan.json)).toEqual({
      "dbtcloud_global_connection.prod": "delete",
      "databricks_custom_app_integration.prod": "delete",
      "aws_secretsmanager_secret.prod": "delete",
      "aws_secretsmanager_secret_version.prod": "delete",
    });
    const summary = summarizePlan(plan.json);
    expect(summary).toContain("> **Retiring integration `prod`**");
    expect(summary).toContain("dbt Cloud at `https://ab123.us1.dbt.com` loses Databricks sign-in for every developer");
    expect(summary).toContain(`> - dbt Cloud connection \`Databricks (prod)\` (id ${connectionId}, \`dbtcloud_global_connection.prod\`) is **deleted in dbt Cloud**`);
    await sandbox.applyPlan();
    expect(sandbox.dbtCloud.connections()).toEqual([]);
    expect(sandbox.databricks.integrations()).toEqual([]);
    expect((await sandbox.describeSecret(PROD_SECRET)).DeletedDate).toBeInstanceOf(Date);
    expect(await stateList()).toEqual([]);
    expect(await sandbox.planExitCode()).toBe(0);
  });
});
