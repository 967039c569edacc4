/**
 * Given the real app synth, moto as Secrets Manager and a stand-in terraform
 * (TERRAFORM_BINARY_NAME) that answers with plans recorded from the sandbox, when the drift
 * check runs, then its exit code and summary say what a scheduled job must act on. The real
 * terraform run is e2e/drift-check.e2e.test.ts and e2e/aws-out-of-band.e2e.test.ts.
 */
import { CreateSecretCommand, DeleteSecretCommand, PutSecretValueCommand } from "@aws-sdk/client-secrets-manager";
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../support/temp-dir";
import { runDriftCheck } from "../../cli/drift-check";
import type { ConfigInput } from "../../lib/config/schema";
import { orphansAmong } from "../../cli/orphan-integrations";
import { startDatabricksEmulator } from "../../tools/databricks-emulator/server";
import { ACCOUNT_ID, configInput, integrationInput } from "../support/config";
import { PROJECT_ROOT } from "../support/run-app";
import { MOTO_CREDENTIALS_ENV, useMotoSecretsManager } from "../support/moto-secrets-manager";

const FIXTURES = join(__dirname, "fixtures");
/** The secret configInput() declares, and the version the recorded plans' state says Terraform wrote. */
const SECRET = "dbt-databricks-oauth/prod";
/** The version the recorded no-op plan's state says Terraform wrote for prod. */
const WRITTEN_VERSION = (
  JSON.parse(readFileSync(join(FIXTURES, "plan-no-op.json"), "utf8")) as {
    prior_state: { values: { root_module: { resources: { address: string; values: { version_id?: string } }[] } } };
  }
).prior_state.values.root_module.resources.find((r) => r.address === "aws_secretsmanager_secret_version.prod")!.values.version_id!;

jest.setTimeout(120_000);

const moto = useMotoSecretsManager();
/** A config whose AWS provider points at moto. */
const withMoto = (config: ConfigInput = configInput(), databricksUrl = "http://127.0.0.1:9"): ConfigInput => ({ ...config, sandbox: { databricksUrl, awsUrl: moto.url() } });
/** The environment without Databricks credentials: the orphan check is skipped unless a test brings an account. */
const withoutDatabricks = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("DATABRICKS_")));

/**
 * Logs each call ("<stack folder> <args>") and the AWS endpoints a plan was given, exits with $PLAN_EXIT for plan (or fails with
 * $PLAN_ERROR, in every stack or only in $ERROR_STACK), prints $SHOW_JSON for show.
 */
const STAND_IN_TERRAFORM = `#!/bin/sh
stack="$(basename "$PWD")"
echo "$stack $*" >> "$CALLS"
[ "$1" = plan ] && echo "$AWS_ENDPOINT_URL_SECRETS_MANAGER $AWS_ENDPOINT_URL_STS" > "$CALLS.plan-endpoints"
case "$1" in
  plan) [ -n "$PLAN_ERROR" ] && [ -z "$ERROR_STACK" -o "$ERROR_STACK" = "$stack" ] && { echo "$PLAN_ERROR" >&2; exit 1; }; : > plan.tfplan; exit "$PLAN_EXIT" ;;
  show) cat "$SHOW_JSON" ;;
  output) if [ -n "$OUTPUTS_JSON" ]; then echo "$OUTPUTS_JSON"; else echo '{}'; fi ;;
esac
`;

/** A project whose cdktf.json "app" synthesizes one stack per config (fixtures/two-stacks-app.ts). */
function multiStackProject(dir: string, configs: ConfigInput[]): { projectDir: string; env: NodeJS.ProcessEnv } {
  const files = configs.map((config, index) => {
    const file = join(dir, `stack-${index}.json`);
    writeFileSync(file, JSON.stringify(withMoto(config)));
    return file;
  });
  const app = `${JSON.stringify(process.execPath)} -r ${JSON.stringify(require.resolve("tsx/cjs"))} ${JSON.stringify(join(FIXTURES, "two-stacks-app.ts"))}`;
  writeFileSync(join(dir, "cdktf.json"), JSON.stringify({ app }));
  return { projectDir: dir, env: { STACK_CONFIGS: files.join(",") } };
}

async function driftCheck(
  plan: { exit?: number; fixture?: string; error?: string; errorStack?: string; outputs?: unknown },
  config: ConfigInput = configInput(),
  databricks: { url: string; token: string } = { url: "http://127.0.0.1:9", token: "" },
  stacks?: ConfigInput[],
) {
  const dir = tempDir("drift-check-");
  const terraform = join(dir, "terraform");
  writeFileSync(terraform, STAND_IN_TERRAFORM);
  chmodSync(terraform, 0o755);
  const configFile = join(dir, "config.json");
  writeFileSync(configFile, JSON.stringify(withMoto(config, databricks.url)));
  const project = stacks ? multiStackProject(dir, stacks) : { projectDir: PROJECT_ROOT, env: {} };
  const outdir = join(dir, "cdktf.out");
  const calls = join(dir, "calls");
  writeFileSync(calls, "");
  const summaryFile = join(dir, "summary.md");
  // A stack folder from an earlier synth, which this one did not write.
  mkdirSync(join(outdir, "stacks", "renamed-long-ago"), { recursive: true });

  const { code, markdown } = await runDriftCheck({
    projectDir: project.projectDir,
    outdir,
    summaryFile,
    env: {
      ...withoutDatabricks,
      ...(databricks.token && { DATABRICKS_TOKEN: databricks.token }),
      DBT_OAUTH_CONFIG: configFile,
      TERRAFORM_BINARY_NAME: terraform,
      CALLS: calls,
      PLAN_EXIT: String(plan.exit ?? 0),
      PLAN_ERROR: plan.error ?? "",
      ERROR_STACK: plan.errorStack ?? "",
      SHOW_JSON: join(FIXTURES, `plan-${plan.fixture ?? "no-op"}.json`),
      OUTPUTS_JSON: plan.outputs ? JSON.stringify(plan.outputs) : "",
      ...MOTO_CREDENTIALS_ENV,
      ...project.env,
    },
    log: () => undefined,
  });
  const summary = readFileSync(summaryFile, "utf8");
  // What the command prints is the file it writes.
  expect(markdown).toBe(summary);
  return {
    code,
    summary,
    calls: readFileSync(calls, "utf8").trim().split("\n").filter(Boolean),
    planEndpoints: readFileSync(`${calls}.plan-endpoints`, { encoding: "utf8", flag: "a+" }).trim(),
    stackDir: join(outdir, "stacks", "dbt-databricks-oauth"),
  };
}

describe("drift check", () => {
  it("exits 0 with 'no drift' when the plan is empty, checking only the stacks this synth wrote", async () => {
    const { code, summary, calls, planEndpoints, stackDir } = await driftCheck({ exit: 0, fixture: "no-op" });

    expect(code).toBe(0);
    expect(summary).toMatch(/^## Drift check: no drift\n\n\*\*Stack `dbt-databricks-oauth`\*\*\n\n### No changes\n/);
    expect(calls).toEqual([
      "dbt-databricks-oauth init -input=false -no-color",
      "dbt-databricks-oauth plan -detailed-exitcode -lock=false -input=false -no-color -out=plan.tfplan",
      "dbt-databricks-oauth show -json plan.tfplan",
      "dbt-databricks-oauth output -json",
    ]);
    expect(readdirSync(stackDir).sort()).toEqual(["cdk.tf.json", "plan.tfplan"]);
    // The sandbox stack's aws provider was given moto's endpoints, as the stack records them.
    expect(planEndpoints).toBe(`${moto.url()} ${moto.url()}`);
  });

  it("exits 2 and explains the recreate when the integration was deleted out of band", async () => {
    const { code, summary } = await driftCheck({ exit: 2, fixture: "drift-recreate" });

    expect(code).toBe(2);
    expect(summary).toContain("## Drift check: drift or pending changes");
    expect(summary).toContain("| `databricks_custom_app_integration.prod` | create | deleted outside Terraform |");
  });

  it("reports when each client was issued and when the next rotation is due, from the deployed outputs", async () => {
    const issued = new Date(Date.now() - 100 * 86_400_000).toISOString();
    const outputs = { prod_clients: { value: { r1: { client_id: "c-1", integration_id: "i-1", create_time: issued, stage: "AWSCURRENT" } } } };
    const { summary } = await driftCheck({ exit: 0, outputs }, configInput({ integrations: [integrationInput({ rotation: { current: "r1", everyDays: 90 } })] }));

    expect(summary).toContain("#### OAuth clients");
    expect(summary).toContain(
      `| \`prod\` | \`r1\` c-1 | ${issued} | ${new Date(Date.parse(issued) + 90 * 86_400_000).toISOString()} **(due)** | none | not checked | not managed: pasted by hand |`,
    );
  });

  it("exits 1 with terraform's error in the summary when the plan fails", async () => {
    const { code, summary } = await driftCheck({ error: "Error: 401 Unauthorized from the account API" });

    expect(code).toBe(1);
    expect(summary).toContain("## Drift check: the check failed");
    expect(summary).toContain("### terraform plan failed\n\n```\nError: 401 Unauthorized from the account API\n```");
  });

  it("exits 2 without planning, naming the secret and the command that restores it, when a secret is scheduled for deletion", async () => {
    await moto.client().send(new CreateSecretCommand({ Name: SECRET, SecretString: '{"client_secret":"never-printed"}' }));
    await moto.client().send(new DeleteSecretCommand({ SecretId: SECRET, RecoveryWindowInDays: 7 }));

    const { code, summary, calls } = await driftCheck({ exit: 0 });

    expect(code).toBe(2);
    expect(summary).toContain("### Secret scheduled for deletion");
    expect(summary).toMatch(/\| `dbt-databricks-oauth\/prod` \| \d{4}-\d\d-\d\dT/);
    expect(summary).toContain("aws secretsmanager restore-secret --secret-id dbt-databricks-oauth/prod --region us-east-1");
    expect(summary).toContain("npm run repair -- --apply");
    expect(summary).not.toContain("never-printed");
    expect(calls).toEqual(["dbt-databricks-oauth init -input=false -no-color"]);
  });

  it("exits 2 with a warning when AWSCURRENT is on a version Terraform did not write, though the plan is empty", async () => {
    await moto.client().send(new CreateSecretCommand({ Name: SECRET, SecretString: '{"client_secret":"from-terraform"}', ClientRequestToken: WRITTEN_VERSION }));
    await moto
      .client()
      .send(new PutSecretValueCommand({ SecretId: SECRET, SecretString: '{"client_secret":"by-hand"}', ClientRequestToken: "hand-made-version-0000000000000001" }));

    const { code, summary } = await driftCheck({ exit: 0, fixture: "no-op" });

    expect(code).toBe(2);
    expect(summary).toContain(
      `Secrets Manager secret \`${SECRET}\`: \`AWSCURRENT\` is on version \`hand-made-version-0000000000000001\`, which Terraform did not write; ` +
        `Terraform's version \`${WRITTEN_VERSION}\` holds \`AWSPREVIOUS\`.`,
    );
    expect(summary).not.toMatch(/from-terraform|by-hand/);
  });

  it("exits 0 when the secret's AWSCURRENT is the version Terraform wrote", async () => {
    await moto.client().send(new CreateSecretCommand({ Name: SECRET, SecretString: "{}", ClientRequestToken: WRITTEN_VERSION }));
    expect((await driftCheck({ exit: 0, fixture: "no-op" })).code).toBe(0);
  });

  it("says the orphan check was skipped when no Databricks credentials it can use are set", async () => {
    const { code, summary } = await driftCheck({ exit: 0, fixture: "no-op" });
    expect(code).toBe(0);
    expect(summary).toContain("Orphan integrations were not looked for: that needs github-oidc (auth type, ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN), DATABRICKS_TOKEN");
  });

  it("exits 2 naming an orphan integration: in the account, named like the config's, not in state", async () => {
    const account = await startDatabricksEmulator({ accountId: ACCOUNT_ID });
    try {
      const create = (name: string) =>
        fetch(`${account.url}/api/2.0/accounts/${ACCOUNT_ID}/oauth2/custom-app-integrations`, {
          method: "POST",
          headers: { authorization: `Bearer ${account.token}`, "content-type": "application/json" },
          body: JSON.stringify({ name, confidential: true, redirect_urls: ["https://ab123.us1.dbt.com"], scopes: ["sql"] }),
        }).then((r) => r.json() as Promise<{ integration_id: string; client_secret: string }>);
      const orphan = await create("dbt-cloud-prod-r7");
      await create("someone-elses-app");

      const { code, summary } = await driftCheck({ exit: 0, fixture: "no-op" }, configInput(), { url: account.url, token: account.token });

      expect(code).toBe(2);
      expect(summary).toContain(`> | \`dbt-cloud-prod-r7\` | \`${orphan.integration_id}\` |`);
      expect(summary).toContain(`> \`databricks account custom-app-integration delete ${orphan.integration_id}\``);
      expect(summary).not.toContain("someone-elses-app");
      expect(summary).not.toContain(orphan.client_secret);
    } finally {
      await account.close();
    }
  });

  it("counts as orphans only the integrations named <name> or <name>-<rotation> that state does not know", () => {
    const stack = { host: "http://127.0.0.1:9", accountId: ACCOUNT_ID, baseNames: ["dbt-cloud-prod"] };
    const account = [
      { integration_id: "in-state", name: "dbt-cloud-prod-r2" },
      { integration_id: "lost", name: "dbt-cloud-prod" },
      { integration_id: "old-rotation", name: "dbt-cloud-prod-2026-11" },
      { integration_id: "other", name: "dbt-cloud-production" },
      { integration_id: "too-long-a-suffix", name: "dbt-cloud-prod-a-suffix-longer-than-16" },
    ];
    expect(orphansAmong(account, stack, new Set(["in-state"])).map((i) => i.integration_id)).toEqual(["lost", "old-rotation"]);
  });

  it.each(["alpha", "beta"])(
    "given two stacks, when the plan of %s fails and the other shows drift, then it exits 1: an error outranks drift, whichever stack has it",
    async (errorStack) => {
      const stacks = ["alpha", "beta"].map((stackName) => configInput({ stackName }));
      const { code, summary, calls } = await driftCheck({ exit: 2, fixture: "drift-recreate", error: "Error: 401 Unauthorized", errorStack }, configInput(), undefined, stacks);

      expect(code).toBe(1);
      expect(summary).toMatch(/^## Drift check: the check failed\n/);
      const other = errorStack === "alpha" ? "beta" : "alpha";
      expect(summary).toContain(`**Stack \`${errorStack}\`**\n\n### terraform plan failed\n\n\`\`\`\nError: 401 Unauthorized\n\`\`\``);
      expect(summary).toContain(`**Stack \`${other}\`**`);
      expect(summary).toContain("| `databricks_custom_app_integration.prod` | create | deleted outside Terraform |");
      // Both stacks were checked: one failing does not hide the other's drift.
      expect(calls.filter((call) => call.endsWith(" plan -detailed-exitcode -lock=false -input=false -no-color -out=plan.tfplan"))).toEqual([
        "alpha plan -detailed-exitcode -lock=false -input=false -no-color -out=plan.tfplan",
        "beta plan -detailed-exitcode -lock=false -input=false -no-color -out=plan.tfplan",
      ]);
    },
  );

  it("given two stacks that both show drift, then it exits 2 and reports both", async () => {
    const stacks = ["alpha", "beta"].map((stackName) => configInput({ stackName }));
    const { code, summary } = await driftCheck({ exit: 2, fixture: "drift-recreate" }, configInput(), undefined, stacks);

    expect(code).toBe(2);
    expect(summary).toMatch(/^## Drift check: drift or pending changes\n/);
    expect(summary).toContain("**Stack `alpha`**");
    expect(summary).toContain("**Stack `beta`**");
  });

  it("exits 1 without running terraform when the config is invalid", async () => {
    const { code, summary, calls } = await driftCheck({ exit: 0 }, configInput({ integrations: [] }));

    expect(code).toBe(1);
    expect(summary).toContain("### synth failed");
    expect(summary).toContain("integrations: list at least one integration");
    expect(calls).toEqual([]);
  });
});
