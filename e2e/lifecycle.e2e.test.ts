/**
 * The product's promise, proven with the real terraform binary and the real
 * hashicorp/aws and databricks/databricks providers against the local emulators:
 * the secret is never lost, drift is corrected, a new client is in place before the old goes.
 * The two-step rotation and its sign-in probes are in rotation.e2e.test.ts.
 *
 * The scenarios build on each other in order, like a platform team's week: deploy,
 * re-plan, someone deletes the integration, someone edits it, rotate, Secrets Manager
 * fails mid-apply, Databricks throttles, tear down.
 */
import { RestoreSecretCommand } from "@aws-sdk/client-secrets-manager";
import { Sandbox, type PlanResult } from "../tools/sandbox/sandbox";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;

jest.setTimeout(300_000);

const PROD_SECRET = "dbt-cloud/databricks-oauth/prod";

/** Actions per address of a saved plan, no-ops left out: {"databricks_custom_app_integration.prod": "create"}. */
function actionsOf(plan: PlanResult): Record<string, string> {
  return Object.fromEntries(plan.json.resource_changes.filter((rc) => rc.change.actions.join() !== "no-op").map((rc) => [rc.address, rc.change.actions.join("+")]));
}

describeE2E("an integration's lifecycle with real terraform and providers", () => {
  let sandbox: Sandbox;
  const integration = (name: string) => sandbox.databricks.integrations().find((i) => i.name === name);
  const integrationNamed = (name: string) => {
    const found = integration(name);
    if (!found) throw new Error(`no integration named ${name} in the emulator`);
    return found;
  };

  beforeAll(async () => {
    sandbox = await Sandbox.start({ log: sandboxLog });
    await sandbox.init();
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  test("1. apply from empty creates the integrations and stores their secrets", async () => {
    await sandbox.apply();

    const prod = integrationNamed("dbt-cloud-prod");
    expect(prod).toMatchObject({
      confidential: true,
      redirect_urls: ["https://ab123.us1.dbt.com", "https://ab123.us1.dbt.com/callback", "https://ab123.us1.dbt.com/complete/databricks"],
      scopes: ["sql", "offline_access"],
      token_access_policy: expect.objectContaining({ access_token_ttl_in_minutes: 480, refresh_token_ttl_in_minutes: 20160 }),
    });
    expect(integrationNamed("dbt-cloud-emea").scopes).toEqual(["sql", "all-apis", "offline_access"]);

    expect(await sandbox.secretValue(PROD_SECRET)).toEqual({
      client_id: prod.client_id,
      client_secret: prod.client_secret,
      integration_id: prod.integration_id,
      integration_name: "dbt-cloud-prod",
      dbt_cloud_access_url: "https://ab123.us1.dbt.com",
      databricks_account_id: sandbox.databricks.accountId,
    });

    const outputs = await sandbox.outputs();
    expect(outputs.prod_client_id?.value).toBe(prod.client_id);
    expect(JSON.stringify(outputs)).not.toContain(prod.client_secret);
  });

  test("2. a plan right after apply has no changes", async () => {
    expect(await sandbox.planExitCode()).toBe(0);
  });

  test("3. an integration deleted out of band is recreated and its new secret stored", async () => {
    const old = integrationNamed("dbt-cloud-prod");
    sandbox.databricks.deleteIntegration(old.integration_id);

    const plan = await sandbox.plan();
    expect(plan.code).toBe(2);
    // hashicorp/aws 5.100.0 replaces a secret version whose secret_string changes; deleting the
    // old version first keeps its value as AWSPREVIOUS (the AWSCURRENT label is never removed).
    expect(actionsOf(plan)).toEqual({
      "databricks_custom_app_integration.prod": "create",
      "aws_secretsmanager_secret_version.prod": "delete+create",
      // The managed connection is switched in the same apply.
      "dbtcloud_global_connection.prod": "update",
    });
    await sandbox.applyPlan();

    const recreated = integrationNamed("dbt-cloud-prod");
    expect(sandbox.dbtCloud.connections()[0]?.config).toMatchObject({ client_id: recreated.client_id, client_secret: recreated.client_secret });
    expect(recreated.integration_id).not.toBe(old.integration_id);
    expect(await sandbox.secretValue(PROD_SECRET)).toMatchObject({ client_id: recreated.client_id, client_secret: recreated.client_secret });
    expect(await sandbox.secretValue(PROD_SECRET, "AWSPREVIOUS")).toMatchObject({ client_id: old.client_id, client_secret: old.client_secret });
    expect(await sandbox.planExitCode()).toBe(0);
  });

  test("4. redirect URLs changed out of band are restored in place", async () => {
    const before = integrationNamed("dbt-cloud-prod");
    sandbox.databricks.modifyIntegration(before.integration_id, { redirect_urls: ["https://attacker.example.com/complete/databricks"] });

    const plan = await sandbox.plan();
    expect(plan.code).toBe(2);
    expect(actionsOf(plan)).toEqual({ "databricks_custom_app_integration.prod": "update" });
    await sandbox.applyPlan();

    const after = integrationNamed("dbt-cloud-prod");
    expect(after.integration_id).toBe(before.integration_id);
    expect(after.redirect_urls).toEqual(["https://ab123.us1.dbt.com", "https://ab123.us1.dbt.com/callback", "https://ab123.us1.dbt.com/complete/databricks"]);
    expect((await sandbox.secretValue(PROD_SECRET)).client_secret).toBe(before.client_secret);
  });

  test("5. a current token changed in one step creates the new client, switches dbt Cloud, and only then deletes the old client", async () => {
    const old = integrationNamed("dbt-cloud-prod");
    sandbox.updateIntegration("prod", { rotation: { current: "r2" } });

    const plan = await sandbox.plan();
    expect(plan.code).toBe(2);
    expect(actionsOf(plan)).toEqual({
      "databricks_custom_app_integration.prod_r2": "create",
      "aws_secretsmanager_secret_version.prod_r2": "create",
      "dbtcloud_global_connection.prod": "update",
      "databricks_custom_app_integration.prod": "delete",
      "aws_secretsmanager_secret_version.prod": "delete",
    });
    const logStart = sandbox.databricks.requests().length;
    await sandbox.applyPlan();

    const rotated = integrationNamed("dbt-cloud-prod-r2");
    expect(integration("dbt-cloud-prod")).toBeUndefined();
    expect(await sandbox.secretValue(PROD_SECRET)).toMatchObject({ client_id: rotated.client_id, client_secret: rotated.client_secret, integration_name: "dbt-cloud-prod-r2" });
    expect(await sandbox.secretValue(PROD_SECRET, "AWSPREVIOUS")).toMatchObject({ client_id: old.client_id });

    const calls = sandbox.databricks
      .requests()
      .slice(logStart)
      .filter((r) => r.method === "POST" || r.method === "DELETE");
    expect(calls.map((r) => `${r.method} ${r.status}`)).toEqual(["POST 200", "DELETE 200"]);
    const [post, deletion] = [calls[0]!, calls[1]!];
    expect(deletion.path).toContain(old.integration_id);
    const patch = sandbox.dbtCloud.requests().find((r) => r.method === "PATCH" && r.globalSeq > post.globalSeq);
    expect(patch!.globalSeq).toBeLessThan(deletion.globalSeq);
    expect(await sandbox.planExitCode()).toBe(0);
  });

  test("6. when Secrets Manager fails after the integration is created, the secret survives in state and is stored on the next apply", async () => {
    sandbox.updateIntegration("emea", { rotation: "r2" });
    sandbox.aws.fail("secretsmanager", { status: 503, code: "ServiceUnavailable", message: "Injected: Secrets Manager unavailable" }, { operations: ["PutSecretValue"] });

    const failed = await sandbox.apply({ check: false });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/ServiceUnavailable|Injected: Secrets Manager unavailable|StatusCode: 503/);
    const issued = integrationNamed("dbt-cloud-emea-r2");

    sandbox.aws.restore();
    await sandbox.apply();

    expect(sandbox.databricks.integrations().filter((i) => i.name.startsWith("dbt-cloud-emea"))).toEqual([expect.objectContaining({ integration_id: issued.integration_id })]);
    expect(await sandbox.secretValue("dbt-cloud/databricks-oauth/emea")).toMatchObject({ client_id: issued.client_id, client_secret: issued.client_secret });
  });

  test("7. throttling and unavailability answers from Databricks are retried and the run succeeds", async () => {
    sandbox.databricks.injectFault({ status: 429, count: 2, method: "GET" });
    sandbox.databricks.injectFault({ status: 503, count: 1, method: "GET" });
    expect(await sandbox.planExitCode()).toBe(0);
    expect(
      sandbox.databricks
        .requests()
        .filter((r) => r.fault)
        .map((r) => r.status),
    ).toEqual([429, 429, 503]);
    expect(sandbox.databricks.pendingFaults()).toEqual([]);
  });

  test("8. destroy deletes the integrations and schedules the secrets for deletion without purging them", async () => {
    await sandbox.destroy();
    expect(sandbox.databricks.integrations()).toEqual([]);
    const secret = await sandbox.describeSecret(PROD_SECRET);
    expect(secret.DeletedDate).toBeInstanceOf(Date);
    // Not purged: it can be restored within its 7 day recovery window, last client secret included.
    await expect(sandbox.secretValue(PROD_SECRET)).rejects.toThrow(/marked deleted|marked for deletion/);
    await sandbox.secretsManager.send(new RestoreSecretCommand({ SecretId: PROD_SECRET }));
    expect((await sandbox.secretValue(PROD_SECRET)).integration_name).toBe("dbt-cloud-prod-r2");
  });
});
