/**
 * Out-of-band changes and failures on the Databricks side, with the real terraform and
 * providers against the account API emulator and moto: edits are set back in place, an
 * apply that the API fails loses nothing and a re-run converges, and an integration whose
 * create answer was lost (an orphan nobody stored the secret of) is reported by the drift
 * check. Afterwards the account holds exactly the integrations the state knows.
 *
 * One integration; the scenarios build on each other in order.
 */
import { readFileSync } from "node:fs";
import type { ConfigInput } from "../lib/config/schema";
import { Sandbox, SANDBOX_CONFIG_FILE } from "../tools/sandbox/sandbox";
import { driftCheck } from "./cli";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;

jest.setTimeout(300_000);

const SECRET = "dbt-cloud/databricks-oauth/prod";
const REDIRECT_URLS = ["https://ab123.us1.dbt.com", "https://ab123.us1.dbt.com/callback", "https://ab123.us1.dbt.com/complete/databricks"];

/** The sandbox's prod integration alone. */
function config(): ConfigInput {
  const sandboxConfig = JSON.parse(readFileSync(SANDBOX_CONFIG_FILE, "utf8")) as ConfigInput;
  return { ...sandboxConfig, integrations: sandboxConfig.integrations.filter((i) => i.id === "prod") };
}

describeE2E("out-of-band changes and failures on the Databricks side", () => {
  let sandbox: Sandbox;
  const account = () => sandbox.databricks.integrations();
  const named = (name: string) => account().find((i) => i.name === name);
  const stateIntegrationIds = async () => {
    const output = (await sandbox.outputs()).prod_integration_id;
    if (!output) throw new Error("the stack has no prod_integration_id output");
    return [String(output.value)];
  };
  const posts = (since: number) =>
    sandbox.databricks
      .requests()
      .slice(since)
      .filter((r) => r.method === "POST");

  beforeAll(async () => {
    sandbox = await Sandbox.start({ log: sandboxLog, config: config() });
    await sandbox.init();
    await sandbox.apply();
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  test("1. scopes and the token policy edited out of band are restored in place", async () => {
    const before = named("dbt-cloud-prod")!;
    sandbox.databricks.modifyIntegration(before.integration_id, {
      scopes: ["sql", "all-apis", "offline_access"],
      token_access_policy: { access_token_ttl_in_minutes: 1440, refresh_token_ttl_in_minutes: 129600 },
    });

    const plan = await sandbox.plan();
    expect(plan.code).toBe(2);
    expect(plan.json.resource_changes.filter((rc) => rc.change.actions.join() !== "no-op").map((rc) => [rc.address, rc.change.actions])).toEqual([
      ["databricks_custom_app_integration.prod", ["update"]],
    ]);
    await sandbox.applyPlan();

    expect(named("dbt-cloud-prod")).toMatchObject({
      integration_id: before.integration_id,
      redirect_urls: REDIRECT_URLS,
      scopes: ["sql", "offline_access"],
      token_access_policy: expect.objectContaining({ access_token_ttl_in_minutes: 480, refresh_token_ttl_in_minutes: 20160 }),
    });
    expect((await sandbox.secretValue(SECRET)).client_secret).toBe(before.client_secret);
  });

  test("2. the API answering 500 to every call fails the apply, loses nothing, and a re-run converges with no orphan", async () => {
    const before = named("dbt-cloud-prod")!;
    sandbox.updateIntegration("prod", { rotation: "r2" });
    sandbox.databricks.injectFault({ status: 500, count: 10_000 });

    const failed = await sandbox.apply({ check: false });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("Injected fault: internal error");
    // A 500 is final for the provider: the refresh failed, nothing was created or deleted.
    expect(account().map((i) => i.integration_id)).toEqual([before.integration_id]);
    expect(await sandbox.secretValue(SECRET)).toMatchObject({ client_id: before.client_id, client_secret: before.client_secret });

    sandbox.databricks.clearFaults();
    await sandbox.apply();

    const rotated = named("dbt-cloud-prod-r2")!;
    expect(account().map((i) => i.integration_id)).toEqual(await stateIntegrationIds());
    expect(account().map((i) => i.integration_id)).toEqual([rotated.integration_id]);
    expect(await sandbox.secretValue(SECRET)).toMatchObject({ client_id: rotated.client_id, client_secret: rotated.client_secret });
  });

  test("3. a create whose answer is lost leaves one orphan (no retry, no duplicate); drift names it; once deleted, the re-run converges", async () => {
    const before = named("dbt-cloud-prod-r2")!;
    sandbox.updateIntegration("prod", { rotation: "r3" });
    sandbox.databricks.injectFault({ status: 500, method: "POST", afterHandling: true });
    const since = sandbox.databricks.requests().length;

    const failed = await sandbox.apply({ check: false });
    expect(failed.code).toBe(1);
    // databricks 1.99.0 does not retry a 500: one POST, one integration made, and its secret lost with the answer.
    expect(posts(since).map((r) => r.status)).toEqual([500]);
    const orphan = named("dbt-cloud-prod-r3")!;
    expect(
      account()
        .map((i) => i.name)
        .sort(),
    ).toEqual(["dbt-cloud-prod-r2", "dbt-cloud-prod-r3"]);
    // dbt Cloud's client is still readable: the old integration and its stored secret were left alone.
    expect(await sandbox.secretValue(SECRET)).toMatchObject({ client_id: before.client_id, client_secret: before.client_secret });

    const drift = await driftCheck(sandbox, sandbox.writeConfigFile());
    expect(drift.code).toBe(2);
    expect(drift.summary).toContain(`> | \`dbt-cloud-prod-r3\` | \`${orphan.integration_id}\` |`);
    expect(drift.summary).toContain(`databricks account custom-app-integration delete ${orphan.integration_id}`);
    expect(drift.summary).not.toContain(orphan.client_secret);
    expect(drift.summary).not.toContain(before.client_secret);

    // While the orphan holds the name, the account API refuses the create (the emulator enforces unique names).
    const refused = await sandbox.apply({ check: false });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("A custom app integration named 'dbt-cloud-prod-r3' already exists");

    sandbox.databricks.deleteIntegration(orphan.integration_id);
    await sandbox.apply();

    const rotated = named("dbt-cloud-prod-r3")!;
    expect(account().map((i) => i.integration_id)).toEqual(await stateIntegrationIds());
    expect(account().map((i) => i.integration_id)).toEqual([rotated.integration_id]);
    expect(await sandbox.secretValue(SECRET)).toMatchObject({ client_id: rotated.client_id, client_secret: rotated.client_secret });
  });
});
