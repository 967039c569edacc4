/** Runs one of the project's CLIs (cli/*.ts) as its own process against a sandbox, as a user or a workflow runs it. */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { run } from "../tools/common/run";
import type { Sandbox } from "../tools/sandbox/sandbox";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Asynchronously, so the emulators (which answer from this process) keep serving. */
export async function runCli(sandbox: Sandbox, script: string, args: string[], configFile: string): Promise<CliResult> {
  // Its terraform attaches to the sandbox's running providers, as the sandbox's own commands do.
  const env = { ...sandbox.attachedEnv, DBT_OAUTH_CONFIG: configFile, TERRAFORM_BINARY_NAME: sandbox.tools.terraformBinary };
  // A process killed by a signal comes back as code 1, never as exit 0.
  const { code, stdout, stderr } = await run(process.execPath, ["-r", "tsx/cjs", script, ...args], { cwd: resolve(__dirname, ".."), env });
  return { code, stdout, stderr };
}

/** `npm run drift` with its summary file and synth folder in the sandbox's work folder. */
export async function driftCheck(sandbox: Sandbox, configFile: string): Promise<CliResult & { summary: string }> {
  const summary = join(sandbox.workDir, "drift-summary.md");
  const result = await runCli(sandbox, "cli/drift-check.ts", ["--summary", summary, "--outdir", join(sandbox.workDir, "drift-out")], configFile);
  return { ...result, summary: existsSync(summary) ? readFileSync(summary, "utf8") : "(no summary written)" };
}

/** `npm run repair [-- --apply]`. */
export function repair(sandbox: Sandbox, configFile: string, options: { apply?: boolean } = {}): Promise<CliResult> {
  return runCli(sandbox, "cli/repair.ts", ["--outdir", join(sandbox.workDir, "repair-out"), ...(options.apply ? ["--apply"] : [])], configFile);
}
