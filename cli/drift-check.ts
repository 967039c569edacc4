/**
 * npm run drift [-- --summary FILE] [-- --outdir DIR]
 *
 * Synthesizes the app, then for every stack it synthesized (cdktf's manifest.json; a folder
 * left in stacks/ by an earlier synth is not one) runs `terraform init` and
 * `terraform plan -detailed-exitcode -lock=false`, saves the plan (plan.tfplan in the stack
 * folder) and writes the Markdown summary of all stacks. The plan's JSON is read from
 * `terraform show` and never written: it holds the client secret in clear.
 *
 * Exit codes: 0 no drift and nothing pending, 2 drift or pending changes, 1 error.
 * `-lock=false`: a read-only check must never block (or be blocked by) a deploy.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { configPathFromEnv, loadConfigFile } from "../lib/config/load-config";
import { parsePlan, summarizePlan } from "./plan-summary";
import { rotationStatus, statusMarkdown, type DeployedOutputs } from "./rotate";

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

/** The `app` command from cdktf.json, so the check synthesizes exactly as `cdktf synth` does. */
function synthesize(options: DriftCheckOptions): string | undefined {
  const { app } = JSON.parse(readFileSync(join(options.projectDir, "cdktf.json"), "utf8")) as { app: string };
  const result = spawnSync(app, { shell: true, cwd: options.projectDir, env: { ...options.env, CDKTF_OUTDIR: options.outdir }, encoding: "utf8" });
  if (result.stderr) options.log(result.stderr.trimEnd());
  return result.status === 0 ? undefined : `synth failed (exit ${result.status}): ${result.stderr || result.stdout}`;
}

function checkStack(stack: string, options: DriftCheckOptions): StackResult {
  const dir = join(options.outdir, "stacks", stack);
  const terraform = options.env.TERRAFORM_BINARY_NAME || "terraform";
  const env = { ...options.env, TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1" };
  const failed = (step: string, result: SpawnSyncReturns<string>): StackResult => ({
    stack,
    code: EXIT.error,
    markdown: `### ${step} failed\n\n\`\`\`\n${(result.stderr || result.stdout || String(result.error)).trim()}\n\`\`\`\n`,
  });

  options.log(`${stack}: terraform init`);
  const init = run(terraform, ["init", "-input=false", "-no-color"], dir, env);
  if (init.status !== 0) return failed("terraform init", init);

  options.log(`${stack}: terraform plan -detailed-exitcode -lock=false`);
  const plan = run(terraform, ["plan", "-detailed-exitcode", "-lock=false", "-input=false", "-no-color", "-out=plan.tfplan"], dir, env);
  if (plan.status !== EXIT.clean && plan.status !== EXIT.changes) return failed("terraform plan", plan);

  const shown = run(terraform, ["show", "-json", "plan.tfplan"], dir, env);
  if (shown.status !== 0) return failed("terraform show -json", shown);
  const summary = summarizePlan(parsePlan(JSON.parse(shown.stdout), `${stack} plan`));
  return { stack, code: plan.status, markdown: `${summary}\n${clientsSection(stack, dir, terraform, options)}` };
}

/** When each client was issued and is next due, from the deployed stack's outputs (the state, not the plan). */
function clientsSection(stack: string, dir: string, terraform: string, options: DriftCheckOptions): string {
  const { config } = loadConfigFile(configPathFromEnv(options.env));
  if (config.stackName !== stack) return "";
  const outputs = run(terraform, ["output", "-json"], dir, { ...options.env, TF_IN_AUTOMATION: "1" });
  if (outputs.status !== 0) return `_OAuth clients: \`terraform output -json\` failed: ${(outputs.stderr || outputs.stdout).trim()}_\n`;
  return statusMarkdown(rotationStatus(config, JSON.parse(outputs.stdout) as DeployedOutputs, new Date()));
}

/** The stacks this synth wrote, by name, from cdktf's manifest. */
function synthesizedStacks(outdir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as { stacks?: Record<string, unknown> };
  return Object.keys(manifest.stacks ?? {}).sort();
}

export function runDriftCheck(options: DriftCheckOptions): number {
  const synthError = synthesize(options);
  const stacks = synthError ? [] : synthesizedStacks(options.outdir);
  const problem = synthError ?? (stacks.length === 0 ? `the synth in ${options.outdir} produced no stack: nothing was checked` : undefined);
  const results = problem ? [{ stack: "(synth)", code: EXIT.error, markdown: `### synth failed\n\n\`\`\`\n${problem.trim()}\n\`\`\`\n` }] : stacks.map((stack) => checkStack(stack, options));

  const code = results.some((r) => r.code === EXIT.error) ? EXIT.error : results.some((r) => r.code === EXIT.changes) ? EXIT.changes : EXIT.clean;
  const verdict = { [EXIT.clean]: "no drift", [EXIT.changes]: "drift or pending changes", [EXIT.error]: "the check failed" }[code];
  const markdown = [`## Drift check: ${verdict}`, "", ...results.map((r) => `**Stack \`${r.stack}\`**\n\n${r.markdown}`)].join("\n");
  writeFileSync(options.summaryFile, markdown);
  process.stdout.write(markdown);
  return code;
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      summary: { type: "string", default: "drift-summary.md" },
      outdir: { type: "string", default: process.env.CDKTF_OUTDIR || "cdktf.out" },
    },
  });
  const projectDir = resolve(__dirname, "..");
  process.exitCode = runDriftCheck({
    projectDir,
    outdir: resolve(values.outdir!),
    summaryFile: resolve(values.summary!),
    env: process.env,
    log: (message) => process.stderr.write(`${message}\n`),
  });
}
