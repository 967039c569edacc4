/**
 * Out-of-band changes on the AWS side, with the real terraform, aws 5.100.0 and databricks
 * providers against moto and the Databricks emulator: what `npm run drift` reports and what
 * the next apply (or `npm run repair`) does. The promise under test: the client dbt Cloud
 * holds never becomes unreadable from Secrets Manager, and no summary ends in a raw
 * provider error or prints a secret.
 *
 * One integration with readerPrincipals; the scenarios build on each other in order.
 *
 * A moto 5.2.5 deviation to keep in mind when adding one: UpdateSecretVersionStage does not
 * update moto's notion of the current version, so a PutSecretValue after a label move leaves
 * two versions labelled AWSCURRENT (AWS moves the label). Measured; no scenario here puts a
 * value into a secret after a label was moved (scenario 5 recreates the secret).
 */
import {
  DeleteResourcePolicyCommand,
  DeleteSecretCommand,
  GetResourcePolicyCommand,
  PutResourcePolicyCommand,
  PutSecretValueCommand,
  UpdateSecretVersionStageCommand,
} from "@aws-sdk/client-secrets-manager";
import { readFileSync } from "node:fs";
import { Sandbox, SANDBOX_CONFIG_FILE } from "../tools/sandbox/sandbox";
import type { ConfigInput } from "../lib/config/schema";
import { driftCheck as runDriftCheck, repair } from "./cli";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;

jest.setTimeout(300_000);

const SECRET = "dbt-cloud/databricks-oauth/prod";
const READER = "arn:aws:iam::111122223333:role/dbt-cloud-admins";
const HAND_PUT = '{"client_id":"typed-by-hand","client_secret":"hand-made-secret"}';

/** The sandbox's prod integration alone, its secret readable by one reader role. */
function config(): ConfigInput {
  const sandboxConfig = JSON.parse(readFileSync(SANDBOX_CONFIG_FILE, "utf8")) as ConfigInput;
  const prod = sandboxConfig.integrations.find((i) => i.id === "prod")!;
  return { ...sandboxConfig, integrations: [{ ...prod, secret: { ...prod.secret, readerPrincipals: [READER] } }] };
}

describeE2E("out-of-band changes to the stored secret", () => {
  let sandbox: Sandbox;
  let configFile: string;
  /** The client as the first apply stored it: what dbt Cloud holds. */
  let stored: Record<string, string>;

  const driftCheck = () => runDriftCheck(sandbox, configFile);
  const policyPrincipals = async () => {
    const { ResourcePolicy } = await sandbox.secretsManager.send(new GetResourcePolicyCommand({ SecretId: SECRET }));
    return ResourcePolicy ? JSON.parse(ResourcePolicy).Statement.map((s: { Principal: { AWS: string[] } }) => s.Principal.AWS) : [];
  };
  /** Nothing a summary says may be a raw provider error or a secret. */
  const expectSafeSummary = (summary: string) => {
    expect(summary).not.toMatch(/Error:|currently marked deleted|InvalidRequestException/);
    expect(summary).not.toContain(stored.client_secret);
    expect(summary).not.toContain("hand-made-secret");
  };

  beforeAll(async () => {
    sandbox = await Sandbox.start({ log: sandboxLog, config: config() });
    await sandbox.init();
    await sandbox.apply();
    configFile = sandbox.writeConfigFile();
    stored = await sandbox.secretValue(SECRET);
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  test("1. deleted with a recovery window: drift names the secret and the restore command; repair restores it with every version; the plan is clean", async () => {
    const versions = (await sandbox.describeSecret(SECRET)).VersionIdsToStages;
    // What `aws secretsmanager delete-secret --secret-id ...` does: a 30 day recovery window.
    await sandbox.secretsManager.send(new DeleteSecretCommand({ SecretId: SECRET }));

    const drift = await driftCheck();
    expect(drift.code).toBe(2);
    expect(drift.summary).toContain("### Secret scheduled for deletion");
    expect(drift.summary).toContain(`| \`${SECRET}\` |`);
    expect(drift.summary).toContain(`aws secretsmanager restore-secret --secret-id ${SECRET} --region us-east-1`);
    expectSafeSummary(drift.summary);

    const dryRun = await repair(sandbox, configFile);
    expect(dryRun.code).toBe(2);
    expect(dryRun.stdout).toContain(`would restore it (every version kept): aws secretsmanager restore-secret --secret-id ${SECRET} --region us-east-1`);
    expect((await sandbox.describeSecret(SECRET)).DeletedDate).toBeInstanceOf(Date);

    const applied = await repair(sandbox, configFile, { apply: true });
    expect(applied).toMatchObject({ code: 0, stdout: expect.stringContaining(`secret ${SECRET} is scheduled for deletion\n  restored, every version kept`) });
    expect((await sandbox.describeSecret(SECRET)).VersionIdsToStages).toEqual(versions);
    expect(await sandbox.secretValue(SECRET)).toEqual(stored);
    expect(await sandbox.planExitCode()).toBe(0);
  });

  test("2. a value put by hand: drift shows it, the apply sets the stored client back as AWSCURRENT and the hand-put value stays readable as AWSPREVIOUS", async () => {
    await sandbox.secretsManager.send(new PutSecretValueCommand({ SecretId: SECRET, SecretString: HAND_PUT }));

    const drift = await driftCheck();
    expect(drift.code).toBe(2);
    expect(drift.summary).toContain("| `aws_secretsmanager_secret_version.prod` | update in place | changed outside Terraform: `version_stages` |");
    expect(drift.summary).toMatch(new RegExp(`Secrets Manager secret \`${SECRET}\`: \`AWSCURRENT\` is on version \`[^\`]+\`, which Terraform did not write`));
    expectSafeSummary(drift.summary);

    await sandbox.apply();
    expect(await sandbox.secretValue(SECRET)).toEqual(stored);
    expect(await sandbox.secretValue(SECRET, "AWSPREVIOUS")).toEqual(JSON.parse(HAND_PUT));
  });

  test("3. AWSCURRENT moved by hand to another version: the plan moves it back to the stored client", async () => {
    const stages = (await sandbox.describeSecret(SECRET)).VersionIdsToStages!;
    const holding = (label: string) => {
      const [id] = Object.entries(stages).find(([, labels]) => labels.includes(label)) ?? [];
      if (!id) throw new Error(`no version of ${SECRET} holds ${label} (stages: ${JSON.stringify(stages)})`);
      return id;
    };
    await sandbox.secretsManager.send(
      new UpdateSecretVersionStageCommand({ SecretId: SECRET, VersionStage: "AWSCURRENT", MoveToVersionId: holding("AWSPREVIOUS"), RemoveFromVersionId: holding("AWSCURRENT") }),
    );
    expect((await sandbox.secretValue(SECRET)).client_id).toBe("typed-by-hand");

    const plan = await sandbox.plan();
    expect(plan.code).toBe(2);
    const version = plan.json.resource_changes.find((rc) => rc.address === "aws_secretsmanager_secret_version.prod")!;
    expect(version.change).toMatchObject({ actions: ["update"], before: { version_stages: ["AWSPREVIOUS"] }, after: { version_stages: ["AWSCURRENT"] } });
    await sandbox.applyPlan();

    expect(await sandbox.secretValue(SECRET)).toEqual(stored);
    expect((await sandbox.secretValue(SECRET, "AWSPREVIOUS")).client_id).toBe("typed-by-hand");
  });

  test("4. the resource policy removed, then its readers changed by hand: each is set back in place", async () => {
    await sandbox.secretsManager.send(new DeleteResourcePolicyCommand({ SecretId: SECRET }));

    const drift = await driftCheck();
    expect(drift.code).toBe(2);
    expect(drift.summary).toContain("| `aws_secretsmanager_secret_policy.prod` | update in place | changed outside Terraform: `policy` |");
    expectSafeSummary(drift.summary);
    await sandbox.apply();
    expect(await policyPrincipals()).toEqual([[READER]]);

    const policy = JSON.parse((await sandbox.secretsManager.send(new GetResourcePolicyCommand({ SecretId: SECRET }))).ResourcePolicy!);
    policy.Statement[0].Principal.AWS = ["arn:aws:iam::999999999999:root"];
    await sandbox.secretsManager.send(new PutResourcePolicyCommand({ SecretId: SECRET, ResourcePolicy: JSON.stringify(policy) }));
    await sandbox.apply();
    expect(await policyPrincipals()).toEqual([[READER]]);
  });

  test("5. force-deleted (no recovery window): the apply recreates it holding the same client, taken from state, and keeps the integration", async () => {
    const integration = sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-prod")!;
    await sandbox.secretsManager.send(new DeleteSecretCommand({ SecretId: SECRET, ForceDeleteWithoutRecovery: true }));

    const drift = await driftCheck();
    expect(drift.code).toBe(2);
    expect(drift.summary).toContain("| `aws_secretsmanager_secret.prod` | create | deleted outside Terraform |");
    // The client stays the same: nothing for dbt Cloud to update.
    expect(drift.summary).not.toContain("gets a new client ID and secret");
    expectSafeSummary(drift.summary);

    await sandbox.apply();
    expect(await sandbox.secretValue(SECRET)).toEqual(stored);
    expect(sandbox.databricks.integrations()).toEqual([expect.objectContaining({ integration_id: integration.integration_id, client_id: stored.client_id })]);
    expect(await policyPrincipals()).toEqual([[READER]]);
    expect(await sandbox.planExitCode()).toBe(0);
  });
});
