/**
 * npm run repair [-- --apply] [-- --outdir DIR]
 *
 * The safe recovery the drift check points to, as a dry run unless --apply is given:
 * restore every secret the config manages that was deleted out of band with a recovery
 * window (`aws secretsmanager delete-secret` by default). Restoring cancels the deletion and
 * keeps every version and label, so the client dbt Cloud holds is readable again and the
 * next plan is clean. A secret purged at once (force-deleted) needs no repair: the next apply
 * recreates it holding the same client, taken from state.
 *
 * Synthesizes the app to learn the stacks' secrets, their region and endpoint (as the drift
 * check does); runs no terraform and never reads a secret's value.
 *
 * Exit codes: 0 nothing to repair or repaired, 2 a dry run found something to repair, 1 error.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { synthFailure, synthesizeApp } from "./synth";
import { describeSecrets, restoreCommand, restoreSecret, stackSecrets } from "./stored-secrets";

const EXIT = { done: 0, error: 1, pending: 2 } as const;

export interface RepairOptions {
  /** Project root: where cdktf.json and main.ts are. */
  projectDir: string;
  outdir: string;
  env: NodeJS.ProcessEnv;
  /** Do it; without it, only say what would be done. */
  apply: boolean;
  /** What the user reads (stdout). */
  print: (line: string) => void;
  /** Progress (stderr). */
  log: (message: string) => void;
}

export async function runRepair(options: RepairOptions): Promise<number> {
  const synth = synthesizeApp(options);
  if ("failure" in synth) {
    options.print(synthFailure(synth));
    return EXIT.error;
  }
  let pending = 0;
  for (const { name: stack, dir } of synth.stacks) {
    const secrets = stackSecrets(dir);
    let scheduled: Awaited<ReturnType<typeof describeSecrets>>;
    try {
      scheduled = (await describeSecrets(secrets, options.env)).filter((s) => s.state === "scheduled-for-deletion");
    } catch (error) {
      options.print(`stack ${stack}: cannot read its secrets: ${(error as Error).message}`);
      return EXIT.error;
    }
    if (scheduled.length === 0) {
      options.print(`stack ${stack}: nothing to repair (no secret of it is scheduled for deletion)`);
      continue;
    }
    for (const secret of scheduled) {
      const command = restoreCommand(secret.name, secrets.region);
      options.print(`stack ${stack}: secret ${secret.name} is scheduled for deletion`);
      if (!options.apply) {
        options.print(`  would restore it (every version kept): ${command}`);
        pending++;
        continue;
      }
      try {
        await restoreSecret(secrets, secret.name, options.env);
      } catch (error) {
        options.print(`  restoring it failed: ${(error as Error).name}: ${(error as Error).message}\n  to retry by hand: ${command}`);
        return EXIT.error;
      }
      options.print("  restored, every version kept");
    }
  }
  if (pending > 0) {
    options.print(`dry run: nothing was changed. To do it: npm run repair -- --apply`);
    return EXIT.pending;
  }
  return EXIT.done;
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      apply: { type: "boolean", default: false },
      outdir: { type: "string", default: process.env.CDKTF_OUTDIR || "cdktf.out" },
    },
  });
  void runRepair({
    projectDir: resolve(__dirname, ".."),
    outdir: resolve(values.outdir!),
    env: process.env,
    apply: values.apply!,
    print: (line) => process.stdout.write(`${line}\n`),
    log: (message) => process.stderr.write(`${message}\n`),
  }).then((code) => (process.exitCode = code));
}
