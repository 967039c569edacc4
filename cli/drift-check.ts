/**
 * npm run drift [-- --summary FILE] [-- --outdir DIR]
 *
 * Synthesizes the app, then for every stack it synthesized (cdktf's manifest.json; a folder
 * left in stacks/ by an earlier synth is not one) runs `terraform init` and
 * `terraform plan -detailed-exitcode -lock=false`, saves the plan (plan.tfplan in the stack
 * folder) and writes the Markdown summary of all stacks. The plan's JSON is read from
 * `terraform show` and never written: it holds the client secret in clear.
 *
 * Before the plan it reads each stack's secrets through the AWS SDK (stored-secrets.ts): a
 * secret scheduled for deletion would stop the plan with the provider's raw "marked deleted"
 * error, so the check names the secret and the command that restores it instead of planning.
 * After the plan it reports AWSCURRENT sitting on a version Terraform did not write, and
 * orphan integrations in the Databricks account (orphan-integrations.ts), which no plan shows,
 * and whether each deployed client signs in at its workspace (client-check.ts): a current
 * client the workspace refuses is drift too (exit 2).
 *
 * A plan that deletes an integration or a dbt Cloud connection the config does not say to
 * retire or delete (a dropped block) is refused (retirement-guard.ts): exit 1, no saved plan.
 *
 * Exit codes: 0 no drift and nothing pending, 2 drift or pending changes, 1 error or refusal.
 * `-lock=false`: a read-only check must never block (or be blocked by) a deploy.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parsePlan, summarizePlan, type TerraformPlan } from "./plan-summary";
import { listAccountIntegrations, orphansAmong, stackIntegrations, type AccountIntegration } from "./orphan-integrations";
import { describeSecrets, restoreCommand, stackEnvironment, stackSecrets, versionWith, type SecretStatus } from "./stored-secrets";
import { configPathFromEnv, loadConfigFile } from "../lib/config/load-config";
import type { AppConfig } from "../lib/config/model";
import { type Refusal, refusalMarkdown, refusalsForPlanError, unintendedDeletions } from "./retirement-guard";
import { addChecks, rotationStatus, statusMarkdown, type DeployedOutputs } from "./rotate";
import { synthFailure, synthesizeApp, type SynthesizedStack } from "./synth";
import { CHECK_DEFAULTS } from "./client-check";

const EXIT = { clean: 0, error: 1, changes: 2 } as const;

interface DriftCheckOptions {
  /** Project root: where cdktf.json and main.ts are. */
  projectDir: string;
  outdir: string;
  summaryFile: string;
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
}

interface StackResult {
  stack: string;
  code: number;
  markdown: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

async function checkStack({ name: stack, dir }: SynthesizedStack, options: DriftCheckOptions): Promise<StackResult> {
  const terraform = options.env.TERRAFORM_BINARY_NAME || "terraform";
  const env = { ...options.env, ...stackEnvironment(dir), TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1" };
  const failedWith = (step: string, message: string): StackResult => ({ stack, code: EXIT.error, markdown: `### ${step} failed\n\n\`\`\`\n${message.trim()}\n\`\`\`\n` });
  const failed = (step: string, result: SpawnSyncReturns<string>) => failedWith(step, result.stderr || result.stdout || String(result.error));

  options.log(`${stack}: terraform init`);
  const init = run(terraform, ["init", "-input=false", "-no-color"], dir, env);
  if (init.status !== 0) return failed("terraform init", init);

  const secrets = stackSecrets(dir);
  options.log(`${stack}: DescribeSecret ${secrets.secrets.map((s) => s.name).join(", ")}`);
  let statuses: SecretStatus[];
  try {
    statuses = await describeSecrets(secrets, options.env);
  } catch (error) {
    return failedWith("Secrets Manager check", (error as Error).message);
  }
  const scheduled = statuses.filter((s) => s.state === "scheduled-for-deletion");
  if (scheduled.length > 0) return { stack, code: EXIT.changes, markdown: scheduledForDeletion(scheduled, secrets.region) };

  options.log(`${stack}: terraform plan -detailed-exitcode -lock=false`);
  const config = stackConfig(stack, options);
  const plan = run(terraform, ["plan", "-detailed-exitcode", "-lock=false", "-input=false", "-no-color", "-out=plan.tfplan"], dir, env);
  if (plan.status !== EXIT.clean && plan.status !== EXIT.changes) {
    const refusals = config ? refusalsForPlanError(plan.stderr, config) : [];
    if (refusals.length > 0) return refused(stack, dir, refusals, `<details><summary>Terraform's error</summary>\n\n\`\`\`\n${plan.stderr.trim()}\n\`\`\`\n\n</details>\n`);
    return failed("terraform plan", plan);
  }

  const shown = run(terraform, ["show", "-json", "plan.tfplan"], dir, env);
  if (shown.status !== 0) return failed("terraform show -json", shown);
  const parsed = parsePlan(JSON.parse(shown.stdout), `${stack} plan`);
  const refusals = config ? unintendedDeletions(parsed, config) : [];
  if (refusals.length > 0) return refused(stack, dir, refusals, summarizePlan(parsed));
  const moved = movedCurrentLabels(parsed, statuses);

  const integrations = stackIntegrations(dir);
  let account: AccountIntegration[] | undefined;
  try {
    account = await listAccountIntegrations(integrations, options.env);
  } catch (error) {
    return failedWith("Databricks orphan check", `${(error as Error).message}\n\n(the plan itself succeeded:)\n${summarizePlan(parsed)}`);
  }
  const inState = new Set(stateResources(parsed).flatMap((r) => (r.type === "databricks_custom_app_integration" && r.values?.integration_id ? [r.values.integration_id] : [])));
  const orphans = account ? orphansAmong(account, integrations, inState) : [];
  const orphanNotes = account ? (orphans.length > 0 ? [orphanWarning(orphans)] : []) : [ORPHAN_CHECK_SKIPPED];

  const clients = await clientsSection(stack, dir, terraform, options);
  return {
    stack,
    code: moved.length > 0 || orphans.length > 0 || clients.notReady ? EXIT.changes : plan.status,
    markdown: [summarizePlan(parsed), ...moved, ...orphanNotes, clients.markdown].join("\n"),
  };
}

/** The config of the stack the app synthesized from it; undefined for any other stack. */
function stackConfig(stack: string, options: DriftCheckOptions): AppConfig | undefined {
  const { config } = loadConfigFile(configPathFromEnv(options.env));
  return config.stackName === stack ? config : undefined;
}

/**
 * A plan that deletes what the config does not say to delete (retirement-guard.ts): exit 1, so
 * no workflow applies it, and the saved plan is removed, so nobody applies it by hand.
 */
function refused(stack: string, dir: string, refusals: Refusal[], context: string): StackResult {
  rmSync(join(dir, "plan.tfplan"), { force: true });
  return { stack, code: EXIT.error, markdown: [refusalMarkdown(refusals), context].join("\n") };
}

/**
 * When each client was issued and is next due, from the deployed stack's outputs (the state,
 * not the plan), and whether the workspace accepts it (cli/client-check.ts): a current
 * client the workspace refuses means failed sign-ins, which counts as drift.
 */
async function clientsSection(stack: string, dir: string, terraform: string, options: DriftCheckOptions): Promise<{ markdown: string; notReady: boolean }> {
  const { config } = loadConfigFile(configPathFromEnv(options.env));
  if (config.stackName !== stack) return { markdown: "", notReady: false };
  const outputs = run(terraform, ["output", "-json"], dir, { ...options.env, TF_IN_AUTOMATION: "1" });
  if (outputs.status !== 0) return { markdown: `_OAuth clients: \`terraform output -json\` failed: ${(outputs.stderr || outputs.stdout).trim()}_\n`, notReady: false };
  const statuses = rotationStatus(config, JSON.parse(outputs.stdout) as DeployedOutputs, new Date());
  options.log(`${stack}: sign-in check of the deployed clients`);
  await addChecks(config, statuses, CHECK_DEFAULTS, options.env);
  return { markdown: statusMarkdown(statuses), notReady: statuses.some((s) => s.currentCheck?.verdict === "not ready") };
}

const ORPHAN_CHECK_SKIPPED =
  "Orphan integrations were not looked for: that needs github-oidc (auth type, ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN), " +
  "DATABRICKS_TOKEN, DATABRICKS_USERNAME and DATABRICKS_PASSWORD, or DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET in the environment.\n";

function orphanWarning(orphans: AccountIntegration[]): string {
  return [
    "> [!WARNING]",
    "> Orphan integrations: in the Databricks account, named like this stack's, but not in Terraform's state. " +
      "Nobody stored their client secret (a create whose answer was lost), so nothing can sign in with them, and " +
      "while one holds a name the configuration wants, the apply that creates it is refused. Delete them:",
    ">",
    "> | Integration | ID | Created |",
    "> | --- | --- | --- |",
    ...orphans.map((o) => `> | \`${o.name}\` | \`${o.integration_id}\` | ${o.create_time ?? ""} |`),
    ">",
    ...orphans.map((o) => `> \`databricks account custom-app-integration delete ${o.integration_id}\``),
    "",
  ].join("\n");
}

/** Why no plan was made, and what brings the secrets back (restoring keeps every version). */
function scheduledForDeletion(secrets: SecretStatus[], region: string): string {
  const rows = secrets.map((s) => `| \`${s.name}\` | ${s.state === "scheduled-for-deletion" && s.deletedDate ? s.deletedDate.toISOString() : "(unknown)"} |`);
  return [
    "### Secret scheduled for deletion",
    "",
    "Deleted outside Terraform with a recovery window: until restored, nobody can read it (dbt Cloud admins " +
      'included) and Terraform cannot plan (the aws provider stops with "marked deleted"), so no plan was made.',
    "",
    "| Secret | Deletion date |",
    "| --- | --- |",
    ...rows,
    "",
    "Restore it (every version and label comes back, the client dbt Cloud uses included), then run the check again:",
    "",
    "```sh",
    ...secrets.map((s) => restoreCommand(s.name, region)),
    "```",
    "",
    "or `npm run repair` (a dry run) and `npm run repair -- --apply`.",
    "",
  ].join("\n");
}

interface StateResource {
  type: string;
  name: string;
  values?: { version_id?: string; integration_id?: string };
}

/** The state the plan was made from (after refresh); values are read by key, secrets never. */
function stateResources(plan: TerraformPlan): StateResource[] {
  return (plan as { prior_state?: { values?: { root_module?: { resources?: StateResource[] } } } }).prior_state?.values?.root_module?.resources ?? [];
}

/**
 * AWSCURRENT on another version than the one in state: someone put a value or moved the
 * label by hand. Readers of the secret (dbt Cloud admins) then get a value that is not the
 * client Terraform manages.
 */
function movedCurrentLabels(plan: TerraformPlan, statuses: SecretStatus[]): string[] {
  const resources = stateResources(plan);
  return statuses.flatMap((status) => {
    if (status.state !== "active") return [];
    // The current client's version (<id> or <id>_<token>): the one the configuration labels AWSCURRENT.
    const currentVersion = plan.resource_changes.find((rc) => {
      const stages = (rc.change.after as { version_stages?: unknown } | null | undefined)?.version_stages;
      return (
        rc.type === "aws_secretsmanager_secret_version" && (rc.name === status.id || rc.name.startsWith(`${status.id}_`)) && Array.isArray(stages) && stages.includes("AWSCURRENT")
      );
    })?.name;
    const written = resources.find((r) => r.type === "aws_secretsmanager_secret_version" && r.name === currentVersion)?.values?.version_id;
    const current = versionWith(status.stages, "AWSCURRENT");
    if (!written || !current || current === written) return [];
    return [
      `> [!WARNING]\n> Secrets Manager secret \`${status.name}\`: \`AWSCURRENT\` is on version \`${current}\`, which Terraform did not write; ` +
        `Terraform's version \`${written}\` holds ${(status.stages[written] ?? []).map((l) => `\`${l}\``).join(", ") || "no label"}. ` +
        "Whoever reads the secret gets a value that is not the client Terraform manages.\n",
    ];
  });
}

async function sequentially<T, R>(items: readonly T[], each: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await each(item));
  return results;
}

/** Checks every stack; writes the Markdown summary to `summaryFile` and returns it with the exit code. */
export async function runDriftCheck(options: DriftCheckOptions): Promise<{ code: number; markdown: string }> {
  const synth = synthesizeApp(options);
  const results =
    "failure" in synth
      ? [{ stack: "(synth)", code: EXIT.error, markdown: `### synth failed\n\n\`\`\`\n${synthFailure(synth)}\n\`\`\`\n` }]
      : await sequentially(synth.stacks, (stack) => checkStack(stack, options));

  const code = results.some((r) => r.code === EXIT.error) ? EXIT.error : results.some((r) => r.code === EXIT.changes) ? EXIT.changes : EXIT.clean;
  const verdict = { [EXIT.clean]: "no drift", [EXIT.changes]: "drift or pending changes", [EXIT.error]: "the check failed" }[code];
  const markdown = [`## Drift check: ${verdict}`, "", ...results.map((r) => `**Stack \`${r.stack}\`**\n\n${r.markdown}`)].join("\n");
  writeFileSync(options.summaryFile, markdown);
  return { code, markdown };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      // Beside the synthesized stacks (git ignores cdktf.out), not as a stray file in the checkout.
      summary: { type: "string" },
      outdir: { type: "string", default: process.env.CDKTF_OUTDIR || "cdktf.out" },
    },
  });
  const projectDir = resolve(__dirname, "..");
  const outdir = resolve(values.outdir!);
  void runDriftCheck({
    projectDir,
    outdir,
    summaryFile: resolve(values.summary ?? join(outdir, "drift-summary.md")),
    env: process.env,
    log: (message) => process.stderr.write(`${message}\n`),
  }).then(({ code, markdown }) => {
    process.stdout.write(markdown);
    process.exitCode = code;
  });
}
