/**
 * npm run cdktn:check: CDK Terrain (cdktn) as a tested route off the archived cdktf.
 *
 * Builds this app against cdktn in a scratch folder (the working tree is only read), then
 * exits 0 only when, on the local sandbox:
 *   (a) cdktn synthesizes the Terraform JSON cdktf does, apart from the "//" metadata and
 *       how a provider's source is spelled;
 *   (b) that JSON plans clean (terraform plan -detailed-exitcode: 0) against the state the
 *       cdktf app applied;
 *   (c) cdktn-cli deploys over that state with no changes, deploys the config's other
 *       integrations (resources created by cdktn) and destroys everything.
 * Needs Node.js >= 22.19 (cdktn-cli's engines) and the offline provider mirror of
 * `npm run providers`. cdktn's packages and the bindings `cdktn get` makes are cached by
 * version (tools/cdktn/install.ts). See docs/cdktn-migration.md.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { run, tail } from "../common/run";
import { compareVersions } from "../providers/versions";
import { elapsed } from "../providers/cache";
import type { ConfigInput } from "../../lib/config/schema";
import { SANDBOX_CONFIG_FILE, Sandbox } from "../sandbox/sandbox";
import { differences, normalizeStack } from "./compare";
import { ensureBindings, ensureCdktnPackages } from "./install";
import { cdktnJson, makeScratchApp } from "./scratch";
import { CDKTN_MIN_NODE, CDKTN_PACKAGES } from "./versions";

const PROJECT_ROOT = resolve(__dirname, "..", "..");
const log = (message: string) => process.stderr.write(`${message}\n`);

class CheckFailed extends Error {}

function expect(ok: boolean, what: string, detail: string): void {
  if (!ok) throw new CheckFailed(`${what}\n${detail}`);
  log(`ok: ${what}`);
}

async function main(): Promise<number> {
  const node = process.versions.node;
  if (compareVersions(node, CDKTN_MIN_NODE) < 0) {
    log(`cdktn:check needs Node.js >= ${CDKTN_MIN_NODE} (cdktn-cli ${CDKTN_PACKAGES["cdktn-cli"]}'s engines); this is ${node}. Run it under a newer LTS line, as .ci/run does.`);
    return 2;
  }
  const started = Date.now();
  const keep = process.argv.includes("--keep");
  const dir = mkdtempSync(join(tmpdir(), "dbt-oauth-cdktn-"));
  let sandbox: Sandbox | undefined;
  let failed = true;
  try {
    const cdktnModules = await ensureCdktnPackages(log);
    // The cdktf app deploys the first integration; cdktn later adds the others, so (c) sees
    // cdktn create resources (a destroyed secret's name stays taken for its recovery window,
    // so recreating what was destroyed would fail for a reason that is not cdktn's).
    const full = JSON.parse(readFileSync(SANDBOX_CONFIG_FILE, "utf8")) as ConfigInput;
    sandbox = await Sandbox.start({ log, config: { ...full, integrations: full.integrations.slice(0, 1) } });
    const tools = sandbox.tools;
    // What the cdktf CLI e2e test gives `npx cdktf`: the sandbox's endpoints and offline mirror.
    const cliEnv = (box: Sandbox): NodeJS.ProcessEnv => ({
      ...box.env,
      DBT_OAUTH_CONFIG: box.writeConfigFile(),
      TERRAFORM_BINARY_NAME: tools.terraformBinary,
      PATH: `${dirname(tools.terraformBinary)}:${process.env.PATH}`,
      CI: "1",
    });
    let env = cliEnv(sandbox);
    const cdktfJson = cdktnJson(readFileSync(join(PROJECT_ROOT, "cdktf.json"), "utf8"));
    const bindings = await ensureBindings({ cdktfJson, cdktnModules, env, log });
    makeScratchApp({ projectRoot: PROJECT_ROOT, cdktnModules, bindings, dir });
    log(`the app against cdktn ${CDKTN_PACKAGES.cdktn} in ${dir}`);

    const tsc = await run(process.execPath, [join(dir, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", dir], { cwd: dir });
    expect(tsc.code === 0, "the app type-checks against cdktn and the generated bindings", tail(tsc.output, 40));

    const cdktn = (...args: string[]) => run(join(dir, "node_modules", ".bin", "cdktn"), [...args, "--output", "cdktn.out"], { cwd: dir, env, log, label: `cdktn ${args[0]}` });
    const synth = await cdktn("synth");
    expect(synth.code === 0, "cdktn synth", tail(synth.output));

    // (a) the same Terraform JSON; the sandbox synthesized cdktf's from the same config.
    const stack = (folder: string) => normalizeStack(JSON.parse(readFileSync(join(folder, "cdk.tf.json"), "utf8")));
    const cdktnStackDir = join(dir, "cdktn.out", "stacks", sandbox.stackName);
    const diff = differences(stack(sandbox.stackDir), stack(cdktnStackDir));
    expect(diff.length === 0, "(a) cdktn's Terraform JSON equals cdktf's (apart from metadata and provider source spelling)", diff.join("\n"));

    // (b) applied by the cdktf app, planned from cdktn's JSON: nothing to do.
    await sandbox.init();
    await sandbox.apply();
    const tf = (args: string[]) => run(tools.terraformBinary, args, { cwd: cdktnStackDir, env });
    const init = await tf(["init", "-no-color"]);
    expect(init.code === 0, "terraform init of cdktn's stack (offline mirror)", tail(init.output));
    const plan = await tf(["plan", "-detailed-exitcode", "-no-color"]);
    expect(plan.code === 0, "(b) cdktn's JSON plans clean against the state the cdktf app applied", tail(plan.output, 40));

    // (c) cdktn-cli drives the deploys: over cdktf's state, then adding the other integrations, then destroying all.
    const over = await cdktn("deploy", "--auto-approve", "--skip-provider-lock");
    expect(over.code === 0 && /No changes\./.test(over.output), "(c) cdktn deploy over cdktf's state changes nothing", tail(over.output));
    sandbox.synth(full);
    env = cliEnv(sandbox);
    const more = await cdktn("deploy", "--auto-approve", "--skip-provider-lock");
    const names = sandbox.databricks.integrations().map((i) => i.name);
    expect(
      more.code === 0 && /Apply complete! Resources: \d+ added, 0 changed, 0 destroyed\./.test(more.output) && names.length === full.integrations.length,
      `(c) cdktn deploy adds the other integrations (now ${names.join(", ")})`,
      tail(more.output),
    );
    const secrets = sandbox.databricks.integrations().flatMap((i) => (i.client_secret ? [i.client_secret] : []));
    const destroy = await cdktn("destroy", "--auto-approve", "--skip-provider-lock");
    const left = sandbox.databricks.integrations().length;
    expect(
      destroy.code === 0 && /Destroy complete! Resources: \d+ destroyed\./.test(destroy.output) && left === 0,
      "(c) cdktn destroy removes every resource",
      tail(destroy.output),
    );
    const leaked = secrets.filter((secret) => [over, more, destroy].some((r) => r.output.includes(secret)));
    expect(leaked.length === 0, "no client secret in cdktn's output", `${leaked.length} secret(s) printed`);
    failed = false;
    log(`cdktn:check passed (${elapsed(started)})`);
    return 0;
  } catch (error) {
    if (!(error instanceof CheckFailed)) throw error;
    log(`cdktn:check FAILED: ${error.message}`);
    return 1;
  } finally {
    await sandbox?.stop({ keepWorkDir: failed || keep });
    if (failed || keep) log(`scratch app kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    log(`cdktn:check: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
