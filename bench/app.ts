/**
 * The app as cdktf runs it: the `app` command of cdktf.json, in the project root, with the
 * config in DBT_OAUTH_CONFIG and the output folder in CDKTF_OUTDIR (what `cdktf synth` sets).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run, type Sample } from "./measure";

export const PROJECT_ROOT = join(__dirname, "..");

/** cdktf.json's `app`, split into argv; a command with shell syntax runs through `sh -c`, as cdktf would. */
export function appCommand(root = PROJECT_ROOT): { text: string; argv: string[] } {
  const text = (JSON.parse(readFileSync(join(root, "cdktf.json"), "utf8")) as { app: string }).app;
  const argv = /[|&;<>()$`\\"'*?[\]#~=%{}]/.test(text) ? ["sh", "-c", text] : text.trim().split(/\s+/);
  return { text, argv };
}

export function synthWithApp(configFile: string, outdir: string): Promise<Sample> {
  const [command, ...args] = appCommand().argv;
  if (!command) throw new Error(`cdktf.json's "app" is empty: set it to the command that synthesizes the stack`);
  return run(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, DBT_OAUTH_CONFIG: configFile, CDKTF_OUTDIR: outdir } });
}

export async function synthWithAppChecked(configFile: string, outdir: string): Promise<Sample> {
  const sample = await synthWithApp(configFile, outdir);
  if (sample.code !== 0) throw new Error(`app synth (${appCommand().text}) exited ${sample.code}:\n${sample.stderr.slice(-4000)}`);
  return sample;
}
