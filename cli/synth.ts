/**
 * The app's synth, exactly as `cdktf synth` runs it (cdktf.json's "app", in the project, with
 * CDKTF_OUTDIR), for the commands that work on what the app deploys: the drift check, repair
 * and eject. The stacks are those cdktf's manifest lists, so a folder an earlier synth left in
 * stacks/ is not taken for one.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface SynthOptions {
  /** Project root: where cdktf.json and main.ts are. */
  projectDir: string;
  outdir: string;
  env: NodeJS.ProcessEnv;
  /** Gets the synth's stderr (its warnings, or the config's problems) as it is. */
  log: (message: string) => void;
}

export interface SynthesizedStack {
  readonly name: string;
  /** Its folder, where terraform runs. */
  readonly dir: string;
  /** Its cdk.tf.json. */
  readonly file: string;
}

/** The stacks written, by name; or why there are none (`output`: what the synth printed, for a report). */
export type AppSynth = { readonly stacks: SynthesizedStack[] } | { readonly failure: string; readonly output: string };

export function synthesizeApp({ projectDir, outdir, env, log }: SynthOptions): AppSynth {
  const { app } = JSON.parse(readFileSync(join(projectDir, "cdktf.json"), "utf8")) as { app: string };
  const result = spawnSync(app, { shell: true, cwd: projectDir, env: { ...env, CDKTF_OUTDIR: outdir }, encoding: "utf8" });
  if (result.stderr) log(result.stderr.trimEnd());
  if (result.status !== 0) return { failure: `the synth failed (exit ${result.status})`, output: result.stderr || result.stdout };
  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as { stacks?: Record<string, { synthesizedStackPath: string }> };
  const stacks = Object.entries(manifest.stacks ?? {})
    .map(([name, { synthesizedStackPath }]) => ({ name, dir: join(outdir, dirname(synthesizedStackPath)), file: join(outdir, synthesizedStackPath) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return stacks.length > 0 ? { stacks } : { failure: `the synth in ${outdir} produced no stack`, output: "" };
}

/** A failed synth in one line and what it printed, for a report. */
export function synthFailure(synth: { failure: string; output: string }): string {
  return synth.output.trim() ? `${synth.failure}: ${synth.output.trim()}` : synth.failure;
}
