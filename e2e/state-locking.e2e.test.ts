/**
 * Remote state under concurrency, as production keeps it: the S3 backend (moto), encrypted,
 * locked with Terraform's S3 lock file (a conditional PutObject, If-None-Match: *).
 *
 * Two applies at once: one holds the lock, the other stops at once and says who holds it.
 * An apply killed while a create is in flight: its lock stays until `terraform force-unlock`,
 * and what it created but never recorded (the integration, whose secret nobody got, and
 * the empty secret) blocks the next apply until it is cleaned up as the README says.
 */
import { Sandbox, type TerraformResult } from "../tools/sandbox/sandbox";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;

jest.setTimeout(600_000);

const APAC_SECRET = "dbt-cloud/databricks-oauth/apac";

interface StateObject {
  serial: number;
  lineage: string;
  resources: { type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[];
}

describeE2E("S3 state with a lock file, under concurrency", () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await Sandbox.start({ backend: "s3", log: sandboxLog });
    await sandbox.init();
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  async function state(): Promise<StateObject> {
    const text = await sandbox.stateObject();
    if (text === undefined) throw new Error("no state object in the bucket");
    return JSON.parse(text);
  }

  /** Integration IDs by resource name, as the state records them. */
  async function integrationsInState(): Promise<Record<string, string>> {
    return Object.fromEntries(
      (await state()).resources
        .filter((r) => r.type === "databricks_custom_app_integration")
        .map((r) => {
          const [instance] = r.instances;
          if (!instance) throw new Error(`the state holds ${r.type}.${r.name} with no instance`);
          return [r.name, String(instance.attributes.integration_id)];
        }),
    );
  }

  const lockFile = () => sandbox.stateObject(`${sandbox.stateKey}.tflock`);

  function expectLockError(result: TerraformResult, lockId?: string): void {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Error acquiring the state lock");
    expect(result.stderr).toContain("PreconditionFailed"); // the lock file's conditional write was refused
    expect(result.stderr).toMatch(lockId ? new RegExp(`ID:\\s+${lockId}`) : /ID:\s+[0-9a-f-]{36}/);
    expect(result.stdout).not.toContain("Creating...");
  }

  test("two applies at once: one applies, the other stops at once naming the lock; state intact, no duplicate", async () => {
    // Given an empty state, when two applies start together
    const finished: string[] = [];
    const timed = (name: string) =>
      sandbox.apply({ check: false }).then((result) => {
        finished.push(name);
        return result;
      });
    const [first, second] = await Promise.all([timed("first"), timed("second")]);

    // then exactly one applied, and the other failed before it, having changed nothing
    const [winner, loser] = first.code === 0 ? [first, second] : [second, first];
    expect([winner.code, loser.code]).toEqual([0, 1]);
    expectLockError(loser);
    expect(finished[0]).toBe(first === loser ? "first" : "second");

    // and the state parses, written once by the one apply, with no lock left behind
    expect(await state()).toMatchObject({ serial: 1, lineage: expect.any(String) });
    expect(await lockFile()).toBeUndefined();
    // and the account holds exactly the integrations the state knows, one per name
    const inState = await integrationsInState();
    const live = sandbox.databricks.integrations();
    expect(Object.keys(inState).sort()).toEqual(["emea", "prod"]);
    expect(live.map((i) => i.integration_id).sort()).toEqual(Object.values(inState).sort());
    expect(new Set(live.map((i) => i.name)).size).toBe(live.length);
  });

  test("an apply that waits for the lock (-lock-timeout) runs after the other and finds nothing left to do", async () => {
    // Given the deployed stack and a change of token lifetimes (an update in place)
    const before = await state();
    sandbox.updateIntegration("prod", { tokenLifetimes: { accessTokenMinutes: 60, refreshTokenMinutes: 20160 } });

    // when two applies start together, both willing to wait
    const [first, second] = await Promise.all([sandbox.apply({ check: false, args: ["-lock-timeout=5m"] }), sandbox.apply({ check: false, args: ["-lock-timeout=5m"] })]);

    // then both succeed: one made the change, the other found nothing left to do
    expect([first.code, second.code]).toEqual([0, 0]);
    expect([first.stdout, second.stdout].filter((out) => out.includes("1 changed")).length).toBe(1);
    expect([first.stdout, second.stdout].filter((out) => out.includes("0 added, 0 changed, 0 destroyed")).length).toBe(1);
    // and the state moved on in the same lineage, holding the change the account holds
    // (a serial per write: the apply that found nothing to do may write the state once too)
    const after = await state();
    expect(after.lineage).toBe(before.lineage);
    expect(after.serial).toBeGreaterThan(before.serial);
    const prodInState = after.resources.find((r) => r.type === "databricks_custom_app_integration" && r.name === "prod");
    expect(prodInState?.instances[0]?.attributes.token_access_policy).toEqual([expect.objectContaining({ access_token_ttl_in_minutes: 60 })]);
    const prod = sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-prod");
    expect(prod?.token_access_policy?.access_token_ttl_in_minutes).toBe(60);
  });

  test("an apply killed mid-create leaves its lock and an orphan; force-unlock plus the README's clean-up converges", async () => {
    // Given a new integration to create, whose create the account carries out but answers slowly
    sandbox.synth({
      ...sandbox.currentConfig,
      integrations: [
        ...sandbox.currentConfig.integrations,
        { id: "apac", name: "dbt-cloud-apac", dbtCloud: { region: "au1", accountPrefix: "ef789" }, secret: { name: APAC_SECRET, recoveryWindowDays: 7 } },
      ],
    });
    const before = await state();
    sandbox.databricks.delayAnswers({ ms: 300_000, method: "POST", path: "/custom-app-integrations$" });

    // when terraform is killed once the integration exists and its (empty) secret too, before the answer comes
    const kill = new AbortController();
    const killed = sandbox.apply({ check: false, kill: kill.signal });
    const orphan = await waitFor(async () => {
      const created = sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-apac");
      return created && (await sandbox.describeSecret(APAC_SECRET).catch(() => undefined)) ? created : undefined;
    });
    kill.abort();
    expect((await killed).code).not.toBe(0);
    sandbox.databricks.clearDelays();

    // then the state is as before the apply, and the lock file stays, naming the killed apply
    expect(await state()).toEqual(before);
    const lock = JSON.parse((await lockFile()) ?? "null") as { ID: string; Operation: string } | null;
    expect(lock).toMatchObject({ ID: expect.any(String), Operation: "OperationTypeApply" });

    // and the next apply stops at the lock, naming its ID
    expectLockError(await sandbox.apply({ check: false }), lock!.ID);

    // when the lock is released as the README says
    await sandbox.terraform(["force-unlock", "-force", lock!.ID]);
    expect(await lockFile()).toBeUndefined();

    // then the next apply still fails: the orphan integration holds the name, the secret exists unrecorded
    const blocked = await sandbox.apply({ check: false });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain(`A custom app integration named 'dbt-cloud-apac' already exists (integration_id '${orphan.integration_id}')`);
    expect(blocked.stderr).toContain(`ResourceExistsException: The operation failed because the secret ${APAC_SECRET} already exists`);
    expect(Object.values(await integrationsInState())).not.toContain(orphan.integration_id);

    // when the orphan (whose client secret nobody received) is deleted and the secret imported
    sandbox.databricks.deleteIntegration(orphan.integration_id);
    const secretArn = (await sandbox.describeSecret(APAC_SECRET)).ARN!;
    await sandbox.terraform(["import", "-no-color", "aws_secretsmanager_secret.apac", secretArn]);

    // then the apply converges: the account holds exactly the integrations in state, and the
    // secret holds the client the state knows
    await sandbox.apply();
    const inState = await integrationsInState();
    expect(Object.keys(inState).sort()).toEqual(["apac", "emea", "prod"]);
    expect(
      sandbox.databricks
        .integrations()
        .map((i) => i.integration_id)
        .sort(),
    ).toEqual(Object.values(inState).sort());
    const apac = sandbox.databricks.integrations().find((i) => i.integration_id === inState.apac)!;
    expect(await sandbox.secretValue(APAC_SECRET)).toMatchObject({ client_id: apac.client_id, client_secret: apac.client_secret });
    expect(await sandbox.planExitCode()).toBe(0);
  });
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`not seen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
