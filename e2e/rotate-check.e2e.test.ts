/**
 * The test step of a rotation, as a user runs it: `npm run rotate -- start|check|finish` as
 * processes against the config the sandbox deployed (its `sandbox.workspaces` maps the
 * connection's workspace host to the emulator), real terraform applying each step. Databricks
 * accepts a new client 12 s after its creation; the config's window is 30 s, so a finish
 * allowed at ~15 s shows the check, not the window, deciding. Three applies in all.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ConfigInput } from "../lib/config/schema";
import { Sandbox, SANDBOX_CONFIG_FILE } from "../tools/sandbox/sandbox";
import { runCli } from "./cli";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;
jest.setTimeout(600_000);

/** Databricks' propagation in the emulator, for every client created after the first. */
const PROPAGATION_SECONDS = 12;
/** The config's propagation window: longer, so finishing early on the check's word shows. */
const WINDOW_SECONDS = 30;
const WORKSPACE = "dbc-a1b2c3d4-e5f6.cloud.databricks.com";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeE2E("npm run rotate -- check, and finish decided by it, in a kept sandbox", () => {
  let sandbox: Sandbox;
  let configFile: string;
  let outputsFile: string;
  const base = JSON.parse(readFileSync(SANDBOX_CONFIG_FILE, "utf8")) as ConfigInput;

  const rotate = (...args: string[]) => runCli(sandbox, "cli/rotate.ts", args, configFile);
  /** What the CLI edited, deployed: plan, then apply exactly that plan. */
  const deployFile = async ({ outputs = true } = {}) => {
    sandbox.synth(JSON.parse(readFileSync(configFile, "utf8")) as ConfigInput);
    await sandbox.plan();
    await sandbox.applyPlan();
    if (outputs) writeFileSync(outputsFile, JSON.stringify(await sandbox.outputs()));
  };
  const named = (name: string) => sandbox.databricks.integrations().find((i) => i.name === name)!;

  beforeAll(async () => {
    const config = { ...base, integrations: base.integrations.map((i) => (i.id === "prod" ? { ...i, rotation: { propagationMinutes: WINDOW_SECONDS / 60 } } : i)) };
    sandbox = await Sandbox.start({ log: sandboxLog, config });
    await sandbox.init();
    await sandbox.apply();
    // The first client is ready at once; every client created from now on needs PROPAGATION_SECONDS.
    sandbox.databricks.setPropagationSeconds(PROPAGATION_SECONDS);
    configFile = sandbox.writeConfigFile();
    outputsFile = join(sandbox.workDir, "outputs.json");
    writeFileSync(outputsFile, JSON.stringify(await sandbox.outputs()));
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  test("check says not ready (2) right after step 1 and ready (0) once propagated; finish is refused until then, and accepted inside the window once ready", async () => {
    const first = named("dbt-cloud-prod");
    const current = await rotate("check", "prod");
    expect(current).toMatchObject({ code: 0, stdout: `prod: current client ${first.client_id} (AWSCURRENT) at workspace ${WORKSPACE}: ready\n` });

    expect((await rotate("start", "prod", "r2")).code).toBe(0);
    const before = readFileSync(configFile, "utf8");
    await deployFile({ outputs: false });
    // Both right after the apply, at once: the client is seconds from being accepted.
    const [early, refused] = await Promise.all([
      rotate("check", "prod", "--client", "pending"),
      rotate("finish", "prod", "--created", new Date().toISOString(), "--settle-seconds", "2"),
    ]);
    writeFileSync(outputsFile, JSON.stringify(await sandbox.outputs()));
    const second = named("dbt-cloud-prod-r2");
    expect(early.code).toBe(2);
    expect(early.stdout).toMatch(
      new RegExp(`^prod: pending client ${second.client_id} \\(AWSPENDING\\) at workspace ${WORKSPACE}: not ready \\(Client authentication failed: propagating until `),
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      `not finishing yet: workspace ${WORKSPACE} does not accept the pending client ${second.client_id} yet (Client authentication failed: propagating until`,
    );
    expect(readFileSync(configFile, "utf8")).toBe(before);

    await sleep(Math.max(0, Date.parse(second.authenticates_from) - Date.now()) + 250);
    expect(await rotate("check", "prod", "--client", "pending")).toMatchObject({ code: 0, stdout: expect.stringMatching(/: ready\n$/) });
    // The config's window has not passed, but the check has said ready for the settle period.
    const createdAt = Date.parse(second.create_time);
    const accepted = await rotate("finish", "prod", "--outputs", outputsFile, "--settle-seconds", "2");
    expect(accepted.code).toBe(0);
    expect(Date.now()).toBeLessThan(createdAt + WINDOW_SECONDS * 1000);
    expect(accepted.stderr).toMatch(/check: prod: pending client .*: ready/);
    expect(JSON.parse(readFileSync(configFile, "utf8")).integrations[0].rotation).toEqual({ current: "r2", propagationMinutes: WINDOW_SECONDS / 60 });

    await deployFile();
    expect(await rotate("check", "prod")).toMatchObject({ code: 0, stdout: `prod: current client ${second.client_id} (AWSCURRENT) at workspace ${WORKSPACE}: ready\n` });
    for (const result of [early, refused, accepted]) expect(result.stdout + result.stderr).not.toContain(second.client_secret!);
  });

  test("a deleted integration's client checks not ready with the reason; the deploy's check (--all --wait-window) fails naming integration, client and workspace", async () => {
    const current = named("dbt-cloud-prod-r2");
    sandbox.databricks.deleteIntegration(current.integration_id);

    const check = await rotate("check", "prod");
    expect(check).toMatchObject({
      code: 2,
      stdout: `prod: current client ${current.client_id} (AWSCURRENT) at workspace ${WORKSPACE}: not ready (Client authentication failed: integration deleted)\n`,
    });

    // The deploy's check asks again until the client's window (from its deployed create_time)
    // has passed, then gives its verdict: a deleted client never becomes ready.
    const deploy = await rotate("check", "--all", "--wait-window", "--interval", "1", "--outputs", outputsFile);
    expect(deploy.code).toBe(2);
    expect(deploy.stdout).toContain(
      `prod: current client ${current.client_id} (AWSCURRENT) at workspace ${WORKSPACE}: not ready (Client authentication failed: integration deleted)`,
    );
    expect(deploy.stdout).toContain("emea: not checked: no managed dbt Cloud connection names its workspace");
    expect(deploy.stdout + deploy.stderr).not.toContain(current.client_secret!);
  });
});
