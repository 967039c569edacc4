/**
 * Given the real app synth and moto as Secrets Manager, when `npm run repair` runs, then a
 * secret the config manages that is scheduled for deletion is only reported in a dry run and
 * restored, every version kept, with --apply. The real sandbox run is e2e/aws-out-of-band.e2e.test.ts.
 */
import { CreateSecretCommand, DeleteSecretCommand, DescribeSecretCommand, PutSecretValueCommand } from "@aws-sdk/client-secrets-manager";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runRepair } from "../../cli/repair";
import type { ConfigInput } from "../../lib/config/schema";
import { configInput, integrationInput } from "../support/config";
import { PROJECT_ROOT } from "../support/run-app";
import { MOTO_CREDENTIALS_ENV, useMotoSecretsManager } from "../support/moto-secrets-manager";

jest.setTimeout(120_000);

const moto = useMotoSecretsManager();
const dir = mkdtempSync(join(tmpdir(), "repair-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two integrations, their secrets in moto's Secrets Manager. */
const CONFIG: ConfigInput = {
  ...configInput({ integrations: [integrationInput(), integrationInput({ id: "emea", name: "dbt-cloud-emea" })] }),
  sandbox: { databricksUrl: "http://127.0.0.1:9", awsUrl: "" },
};

async function repair(apply: boolean) {
  const configFile = join(dir, "config.json");
  writeFileSync(configFile, JSON.stringify({ ...CONFIG, sandbox: { ...CONFIG.sandbox, awsUrl: moto.url() } }));
  const printed: string[] = [];
  const code = await runRepair({
    projectDir: PROJECT_ROOT,
    outdir: join(dir, "cdktf.out"),
    env: { ...process.env, DBT_OAUTH_CONFIG: configFile, ...MOTO_CREDENTIALS_ENV },
    apply,
    print: (line) => printed.push(line),
    log: () => undefined,
  });
  return { code, output: printed.join("\n") };
}

/** prod: two versions, then deleted with a 7 day recovery window; emea: untouched. */
async function givenProdScheduledForDeletion() {
  await moto.client().send(new CreateSecretCommand({ Name: "dbt-databricks-oauth/prod", SecretString: '{"client_secret":"first"}' }));
  await moto.client().send(new PutSecretValueCommand({ SecretId: "dbt-databricks-oauth/prod", SecretString: '{"client_secret":"second"}' }));
  await moto.client().send(new CreateSecretCommand({ Name: "dbt-databricks-oauth/emea", SecretString: "{}" }));
  const before = await moto.client().send(new DescribeSecretCommand({ SecretId: "dbt-databricks-oauth/prod" }));
  await moto.client().send(new DeleteSecretCommand({ SecretId: "dbt-databricks-oauth/prod", RecoveryWindowInDays: 7 }));
  return before.VersionIdsToStages;
}

describe("npm run repair", () => {
  it("dry run: names the secret scheduled for deletion and the command, changes nothing, exits 2", async () => {
    await givenProdScheduledForDeletion();

    const { code, output } = await repair(false);

    expect(code).toBe(2);
    expect(output).toBe(
      [
        "stack dbt-databricks-oauth: secret dbt-databricks-oauth/prod is scheduled for deletion",
        "  would restore it (every version kept): aws secretsmanager restore-secret --secret-id dbt-databricks-oauth/prod --region us-east-1",
        "dry run: nothing was changed. To do it: npm run repair -- --apply",
      ].join("\n"),
    );
    expect((await moto.client().send(new DescribeSecretCommand({ SecretId: "dbt-databricks-oauth/prod" }))).DeletedDate).toBeInstanceOf(Date);
  });

  it("--apply restores it with every version and label, and leaves the other secrets alone", async () => {
    const stages = await givenProdScheduledForDeletion();

    const { code, output } = await repair(true);

    expect(code).toBe(0);
    expect(output).toBe(["stack dbt-databricks-oauth: secret dbt-databricks-oauth/prod is scheduled for deletion", "  restored, every version kept"].join("\n"));
    const restored = await moto.client().send(new DescribeSecretCommand({ SecretId: "dbt-databricks-oauth/prod" }));
    expect(restored.DeletedDate).toBeUndefined();
    expect(restored.VersionIdsToStages).toEqual(stages);
    expect(output).not.toMatch(/first|second/);
  });

  it("has nothing to do when no secret is scheduled for deletion (a force-deleted one is the apply's to recreate)", async () => {
    await moto.client().send(new CreateSecretCommand({ Name: "dbt-databricks-oauth/prod", SecretString: "{}" }));
    await moto.client().send(new DeleteSecretCommand({ SecretId: "dbt-databricks-oauth/prod", ForceDeleteWithoutRecovery: true }));

    const { code, output } = await repair(false);

    expect(code).toBe(0);
    expect(output).toBe("stack dbt-databricks-oauth: nothing to repair (no secret of it is scheduled for deletion)");
  });

  it("exits 1 with the config's problems when the config is invalid", async () => {
    const configFile = join(dir, "bad.json");
    writeFileSync(configFile, JSON.stringify({ ...CONFIG, integrations: [] }));
    const printed: string[] = [];
    const code = await runRepair({
      projectDir: PROJECT_ROOT,
      outdir: join(dir, "bad.out"),
      env: { ...process.env, DBT_OAUTH_CONFIG: configFile },
      apply: true,
      print: (l) => printed.push(l),
      log: () => undefined,
    });
    expect(code).toBe(1);
    expect(printed.join("\n")).toContain("integrations: list at least one integration");
  });
});
