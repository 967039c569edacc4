/**
 * npm run eject -- DIR [--force]
 *
 * Writes the current config's stack as a standalone Terraform configuration in HCL: the same
 * resource addresses, provider pins, provider configuration and backend, so plain Terraform
 * takes over the existing state with no change. It works from what the app deploys: it runs
 * the synth exactly as `cdktf synth` does (cdktf.json's "app", same validation and errors),
 * then converts the synthesized cdk.tf.json. Whether a key is a nested block or an attribute
 * comes from the providers' schemas (`terraform providers schema -json`), so resources and
 * providers added later are covered too. DIR also gets a README with the switch-over steps.
 *
 * Why not `cdktf synth --hcl`: its output fails `terraform init` for this app (it writes
 * replace_triggered_by as strings), keeps cdktf's `"${...}"` wrappers, and needs every
 * construct to implement a second synthesis; see docs/cdktn-migration.md.
 *
 * Exit codes: 0 written, 1 an error (bad config, synth or terraform failed, DIR not empty).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { EjectError, terraformJsonToHcl, type HclFiles, type Json, type ProvidersSchema } from "./eject/terraform-json-to-hcl";
import { switchOverReadme } from "./eject/readme";
import { synthesizeApp } from "./synth";

export interface EjectOptions {
  /** Where the HCL goes. */
  dir: string;
  /** Write into a non-empty DIR, replacing its .tf files. */
  force: boolean;
  /** Project root: where cdktf.json and main.ts are. */
  projectDir: string;
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
}

export interface EjectedStack {
  stack: string;
  dir: string;
  files: string[];
}

type StackJson = { [key: string]: Json };

export async function eject(options: EjectOptions): Promise<EjectedStack[]> {
  refuseNonEmpty(options);
  const work = mkdtempSync(join(tmpdir(), "dbt-oauth-eject-"));
  try {
    const synth = synthesizeApp({ ...options, outdir: join(work, "cdktf.out") });
    if ("failure" in synth) throw new EjectError(`${synth.failure}; nothing was written`);
    const stacks = synth.stacks.map(({ name, file }): [string, StackJson] => [name, JSON.parse(readFileSync(file, "utf8")) as StackJson]);
    const ejected: EjectedStack[] = [];
    for (const [stack, json] of stacks) {
      const dir = stacks.length === 1 ? options.dir : join(options.dir, stack);
      options.log(`${stack}: reading the providers' schemas (terraform init, terraform providers schema -json)`);
      const files = await terraformJsonToHcl(json, providerSchemas(json, join(work, "schema", stack), options.env));
      files["README.md"] = switchOverReadme({ stack, json, dir, projectDir: options.projectDir });
      writeFiles(dir, files, options.force);
      ejected.push({ stack, dir, files: Object.keys(files) });
    }
    return ejected;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function refuseNonEmpty({ dir, force }: EjectOptions): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (entries.length > 0 && !force) {
    throw new EjectError(
      `${dir} is not empty (${entries.slice(0, 5).join(", ")}${entries.length > 5 ? ", ..." : ""}); choose an empty or new folder, or pass --force to replace its .tf files and README.md`,
    );
  }
}

/**
 * The schemas of the providers the stack uses, from `terraform providers schema -json` in a
 * scratch copy without the backend (the command wants an initialized backend, and eject must
 * not touch the state). Providers come from wherever `terraform init` finds them
 * (TF_CLI_CONFIG_FILE: the offline mirror of `npm run providers`, or the registry).
 */
function providerSchemas(stack: StackJson, scratch: string, env: NodeJS.ProcessEnv): ProvidersSchema {
  mkdirSync(scratch, { recursive: true });
  const { backend: _backend, ...terraform } = (stack.terraform ?? {}) as { [key: string]: Json };
  writeFileSync(join(scratch, "main.tf.json"), JSON.stringify({ ...stack, terraform }));
  const terraformBinary = env.TERRAFORM_BINARY_NAME || "terraform";
  const terraformEnv = { ...env, TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1" };
  const run = (args: string[]) => {
    const result = spawnSync(terraformBinary, args, { cwd: scratch, env: terraformEnv, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    if (result.status !== 0) {
      throw new EjectError(
        `terraform ${args.join(" ")} failed${result.error ? `: ${result.error.message}` : ""}:\n${(result.stderr || result.stdout || "").trim()}\n(eject needs terraform and the stack's providers; offline, run \`npm run providers\` and export the TF_CLI_CONFIG_FILE it prints)`,
      );
    }
    return result.stdout;
  };
  run(["init", "-input=false", "-no-color"]);
  return JSON.parse(run(["providers", "schema", "-json"])) as ProvidersSchema;
}

function writeFiles(dir: string, files: HclFiles, force: boolean): void {
  mkdirSync(dir, { recursive: true });
  if (force) for (const stale of readdirSync(dir).filter((name) => name.endsWith(".tf"))) rmSync(join(dir, stale));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

if (require.main === module) {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const [target, ...extra] = positionals;
  if (target === undefined || extra.length > 0) {
    log("usage: npm run eject -- DIR [--force]");
    process.exit(1);
  }
  const projectDir = resolve(__dirname, "..");
  eject({ dir: resolve(target), force: values.force!, projectDir, env: process.env, log })
    .then((stacks) => {
      for (const { stack, dir, files } of stacks) {
        const shown = relative(process.cwd(), dir) || ".";
        console.log(`Ejected ${stack} into ${shown}: ${files.join(", ")}`);
        console.log(`Next: the switch-over steps in ${join(shown, "README.md")} (back up the state; terraform init; the plan must show no changes).`);
      }
    })
    .catch((error: unknown) => {
      if (!(error instanceof EjectError)) throw error;
      log(`eject: ${error.message}`);
      process.exitCode = 1;
    });
}
