/**
 * Rotation without an outage, proven with the real terraform, providers and emulators:
 * a sign-in prober checks about 4 times a second that the client dbt Cloud holds signs in
 * at the Databricks token endpoint, while a rotation runs in its two reviewed steps with a
 * propagation window between them. A one-step switch (the negative control) and an
 * out-of-band delete show the prober does see failures.
 */
import { readFileSync } from "node:fs";
import { finishReadiness, type DeployedClients } from "../cli/rotate";
import type { ConfigInput } from "../lib/config/schema";
import { nextGlobalSeq } from "../tools/common/sequence";
import { formatTimeline, heldByConnection, SignInProber, summarize, workspaceUrlOf, type Probe } from "../tools/sandbox/prober";
import { Sandbox, SANDBOX_CONFIG_FILE, type PlanResult } from "../tools/sandbox/sandbox";
import { onlyConnection } from "./connections";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;
jest.setTimeout(300_000);

/** A new client signs in only this long after it was created; the config's window matches. */
// Long enough that a loaded machine's plan and apply cannot outlast it unnoticed: a plan and
// an apply take 4-5 s at load 1 with the long-lived providers, ~10 s at load 5.
const PROPAGATION_SECONDS = 12;
const PROD_SECRET = "dbt-cloud/databricks-oauth/prod";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function actionsOf(plan: PlanResult): Record<string, string> {
  return Object.fromEntries(plan.json.resource_changes.filter((rc) => rc.change.actions.join() !== "no-op").map((rc) => [rc.address, rc.change.actions.join("+")]));
}

describeE2E("rotation in two reviewed steps, dbt Cloud's connection managed, sign-in probed", () => {
  let sandbox: Sandbox;
  let prober: SignInProber | undefined;
  const base = JSON.parse(readFileSync(SANDBOX_CONFIG_FILE, "utf8")) as ConfigInput;
  const rotation = (tokens: { current?: string; pending?: string }) => ({ ...tokens, propagationMinutes: PROPAGATION_SECONDS / 60 });
  const connection = () => onlyConnection(sandbox);
  const named = (name: string) => sandbox.databricks.integrations().find((i) => i.name === name);
  /** One prober at a time: a test that failed midway leaves its prober for the next to stop. */
  const startProber = async () => {
    await prober?.stop();
    prober = SignInProber.start({
      currentClient: heldByConnection(sandbox.dbtCloud, () => sandbox.dbtCloud.connections()[0]?.id),
      // dbt Cloud signs developers in at the workspace its connection names.
      workspaceUrl: workspaceUrlOf(sandbox.databricks, sandbox.dbtCloud.connections()[0]!.config.host),
    });
    return prober;
  };
  const clients = async () => {
    const output = (await sandbox.outputs()).prod_clients;
    if (!output) throw new Error("terraform output has no prod_clients");
    return output.value as DeployedClients;
  };
  /** Every call and probe since `fromSeq`, in the one global order, as short lines. */
  const timeline = (fromSeq: number, probes: Probe[]) =>
    [
      // The probes' own token requests are shown as probes.
      ...sandbox.databricks
        .requests()
        .filter((r) => r.method !== "GET" && !r.path.startsWith("/oidc/"))
        .map((r) => ({ seq: r.globalSeq, text: `databricks ${r.method} ${r.path.replace(/.*custom-app-integrations/, "…")} ${r.status}` })),
      ...sandbox.dbtCloud
        .requests()
        .filter((r) => r.method !== "GET")
        .map((r) => ({ seq: r.globalSeq, text: `dbt Cloud ${r.method} ${r.path.replace(/.*connections/, "…")} ${r.status}` })),
      ...sandbox.aws
        .requests()
        .filter((r) => r.stages)
        .map((r) => ({ seq: r.globalSeq, text: `aws ${r.method} ${r.stages} ${r.status}` })),
      ...probes.filter((p) => !p.ok).map((p) => ({ seq: p.globalSeq, text: `probe FAILED ${p.clientId?.slice(0, 8)}: ${p.reason}` })),
    ]
      .filter((e) => e.seq >= fromSeq)
      .sort((a, b) => a.seq - b.seq);

  beforeAll(async () => {
    const config = { ...base, integrations: base.integrations.map((i) => (i.id === "prod" ? { ...i, rotation: rotation({}) } : i)) };
    sandbox = await Sandbox.start({ log: sandboxLog, config, propagationSeconds: PROPAGATION_SECONDS });
    await sandbox.init();
    await sandbox.apply();
    // The first client needs its window too before the probes start.
    await sleep(PROPAGATION_SECONDS * 1000 + 500);
  });

  afterAll(async () => {
    await prober?.stop();
    await sandbox?.stop(keepOnFailure());
  });

  test("given a deployed integration whose connection dbt Cloud uses, a rotation in two steps costs 0 failed sign-ins", async () => {
    const first = named("dbt-cloud-prod")!;
    expect(connection().config).toMatchObject({ client_id: first.client_id, host: "dbc-a1b2c3d4-e5f6.cloud.databricks.com" });
    const fromSeq = nextGlobalSeq();
    const probing = await startProber();
    const started = Date.now();

    // Step 1 (`npm run rotate -- start prod r2`): the new client beside the old, stored as AWSPENDING.
    sandbox.updateIntegration("prod", { rotation: rotation({ pending: "r2" }) });
    const step1 = await sandbox.plan();
    expect(actionsOf(step1)).toEqual({ "databricks_custom_app_integration.prod_r2": "create", "aws_secretsmanager_secret_version.prod_r2": "create" });
    await sandbox.applyPlan();
    // The window: `rotate finish` refuses until the pending client is old enough.
    const minutes = PROPAGATION_SECONDS / 60;
    const deployed = await clients();
    const deployedR2 = deployed.r2;
    if (!deployedR2) throw new Error(`prod_clients has no r2 after step 1 (has: ${Object.keys(deployed).join(", ")})`);
    const createdAt = Date.parse(deployedR2.create_time);
    // Judged as of the client's first second, so a slow machine's apply cannot use up the window unseen.
    const early = finishReadiness(deployed, minutes, new Date(createdAt + 1000));
    expect(early).toMatchObject({ ready: false, readyAt: new Date(createdAt + PROPAGATION_SECONDS * 1000) });
    const second = named("dbt-cloud-prod-r2")!;
    expect(connection().config.client_id).toBe(first.client_id);
    expect(await sandbox.secretValue(PROD_SECRET, "AWSCURRENT")).toMatchObject({ client_id: first.client_id });
    expect(await sandbox.secretValue(PROD_SECRET, "AWSPENDING")).toMatchObject({ client_id: second.client_id, client_secret: second.client_secret });
    expect(await sandbox.planExitCode()).toBe(0);

    await sleep(Math.max(0, early.readyAt!.getTime() - Date.now()) + 250);
    expect(finishReadiness(await clients(), minutes, new Date())).toMatchObject({ ready: true });

    // Step 2 (`npm run rotate -- finish prod`): AWSCURRENT promoted, dbt Cloud switched, the old client deleted.
    sandbox.updateIntegration("prod", { rotation: rotation({ current: "r2" }) });
    const step2 = await sandbox.plan();
    expect(actionsOf(step2)).toEqual({
      "dbtcloud_global_connection.prod": "update",
      "aws_secretsmanager_secret_version.prod_r2": "update",
      "databricks_custom_app_integration.prod": "delete",
      "aws_secretsmanager_secret_version.prod": "delete",
    });
    await sandbox.applyPlan();
    await sleep(1000);
    const probes = await probing.stop();

    const events = timeline(fromSeq, probes);
    process.stdout.write(`rotation, ${((Date.now() - started) / 1000).toFixed(1)} s:\n${formatTimeline(probes)}\n${events.map((e) => `  #${e.seq} ${e.text}`).join("\n")}\n`);
    expect(summarize(probes)).toMatchObject({ failures: 0, switches: [{ from: first.client_id, to: second.client_id }] });
    expect(probes.length).toBeGreaterThan(PROPAGATION_SECONDS * 2);

    const at = (pattern: RegExp) => {
      const found = events.find((e) => pattern.test(e.text));
      if (!found) throw new Error(`no ${pattern} in the timeline:\n${events.map((e) => e.text).join("\n")}`);
      return found.seq;
    };
    const created = at(/^databricks POST … 200/);
    const pending = at(/^aws PutSecretValue AWSPENDING 200/);
    const switched = at(/^dbt Cloud PATCH .* 200/);
    const promoted = at(/^aws UpdateSecretVersionStage AWSCURRENT .*to .* 200/);
    const deleted = at(new RegExp(`^databricks DELETE …/${first.integration_id}\\?? 200`));
    const order = [created, pending, promoted, switched, deleted];
    expect(order).toEqual([...order].sort((a, b) => a - b));

    expect(connection().config).toMatchObject({ client_id: second.client_id, client_secret: second.client_secret });
    expect(named("dbt-cloud-prod")).toBeUndefined();
    expect(await sandbox.secretValue(PROD_SECRET, "AWSCURRENT")).toMatchObject({ client_id: second.client_id });
    expect(await sandbox.secretValue(PROD_SECRET, "AWSPREVIOUS")).toMatchObject({ client_id: first.client_id, client_secret: first.client_secret });
    const versions = await sandbox.secretVersions(PROD_SECRET);
    expect(versions.map((v) => (v.VersionStages ?? []).sort().join(",")).sort()).toEqual(["AWSCURRENT", "AWSPREVIOUS"]);
    expect(await sandbox.planExitCode()).toBe(0);
  });

  test("negative control: a one-step switch to a brand-new client fails sign-ins until the new client propagates", async () => {
    const probing = await startProber();
    await sleep(500);
    sandbox.updateIntegration("prod", { rotation: rotation({ current: "r3" }) });
    await sandbox.apply();
    await sleep(PROPAGATION_SECONDS * 1000 + 1000);
    const probes = await probing.stop();
    process.stdout.write(`one-step switch (negative control):\n${formatTimeline(probes)}\n`);
    const { failures, firstFailure } = summarize(probes);
    expect(failures).toBeGreaterThan(0);
    expect(firstFailure?.reason).toMatch(/propagating/);
    expect(probes.at(-1)?.ok).toBe(true);
  });

  test("the current integration deleted out of band: recreated and dbt Cloud switched in one apply; failures stop within the window", async () => {
    const current = named("dbt-cloud-prod-r3")!;
    const probing = await startProber();
    sandbox.databricks.deleteIntegration(current.integration_id);
    await sleep(750);

    const plan = await sandbox.plan();
    expect(actionsOf(plan)).toMatchObject({
      "databricks_custom_app_integration.prod_r3": "create",
      "dbtcloud_global_connection.prod": "update",
      "aws_secretsmanager_secret_version.prod_r3": "delete+create",
    });
    await sandbox.applyPlan();
    const appliedAt = Date.now();
    await sleep(PROPAGATION_SECONDS * 1000 + 1000);
    const probes = await probing.stop();
    process.stdout.write(`drift recreate:\n${formatTimeline(probes)}\n`);

    const recreated = named("dbt-cloud-prod-r3")!;
    expect(connection().config.client_id).toBe(recreated.client_id);
    const { lastFailure, failures } = summarize(probes);
    expect(failures).toBeGreaterThan(0);
    expect(Date.parse(lastFailure!.time)).toBeLessThanOrEqual(appliedAt + PROPAGATION_SECONDS * 1000 + 500);
    expect(probes.at(-1)).toMatchObject({ ok: true, clientId: recreated.client_id });
    expect(await sandbox.planExitCode()).toBe(0);
  });
});
