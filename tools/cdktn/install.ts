/**
 * cdktn's packages and the provider bindings `cdktn get` makes, each installed once into
 * the tooling cache (outside the repository) and keyed by what makes them: the packages by
 * their versions, the bindings by those and the provider pins. A partly made entry is never
 * used: each is made under a temporary name and renamed when complete.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir, elapsed, type Log, withLock } from "../providers/cache";
import { run, tail } from "../common/run";
import { CDKTN_PACKAGES } from "./versions";

/** ~/.cache/dbt-databricks-oauth/cdktn/cdktn-0.24.0_cdktn-cli-0.24.0_constructs-10.7.0 */
export function cdktnCacheDir(): string {
  const key = Object.entries(CDKTN_PACKAGES)
    .map(([name, version]) => `${name}-${version}`)
    .join("_");
  return join(cacheDir(), "cdktn", key);
}

async function makeOnce(final: string, log: Log, what: string, make: (staging: string) => Promise<void>): Promise<string> {
  if (existsSync(final)) return final;
  return withLock(`${final}.lock`, async () => {
    if (existsSync(final)) return final;
    const staging = `${final}.tmp-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const start = Date.now();
    log(`making ${what} in ${final}`);
    await make(staging);
    renameSync(staging, final);
    log(`made ${what} (${elapsed(start)})`);
    return final;
  });
}

/** The node_modules folder holding cdktn, cdktn-cli and constructs at CDKTN_PACKAGES' versions. */
export async function ensureCdktnPackages(log: Log): Promise<string> {
  const dir = await makeOnce(join(cdktnCacheDir(), "packages"), log, "the cdktn packages (npm install)", async (staging) => {
    writeFileSync(join(staging, "package.json"), `${JSON.stringify({ private: true, dependencies: CDKTN_PACKAGES }, null, 2)}\n`);
    // No install script is needed by any of them (and none runs unasked).
    const result = await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], { cwd: staging, log, label: "npm install cdktn" });
    if (result.code !== 0) throw new Error(`npm install of ${JSON.stringify(CDKTN_PACKAGES)} failed:\n${tail(result.output)}`);
  });
  return join(dir, "node_modules");
}

/**
 * The `.gen` folder `cdktn get` writes for cdktf.json's providers (~100 MB for aws,
 * databricks and dbtcloud), made offline from the provider mirror (TF_CLI_CONFIG_FILE).
 * It sits in the packages' cache folder, beside their node_modules, so its imports of cdktn
 * and constructs resolve to them.
 */
export async function ensureBindings(options: { cdktfJson: string; cdktnModules: string; env: NodeJS.ProcessEnv; log: Log }): Promise<string> {
  const { cdktfJson, cdktnModules, env, log } = options;
  const hash = createHash("sha256").update(cdktfJson).digest("hex").slice(0, 16);
  const dir = await makeOnce(join(cdktnModules, "..", `bindings-${hash}`), log, "provider bindings (cdktn get)", async (staging) => {
    writeFileSync(join(staging, "cdktf.json"), cdktfJson);
    const result = await run(join(cdktnModules, ".bin", "cdktn"), ["get"], { cwd: staging, env, log, label: "cdktn get" });
    if (result.code !== 0 || !existsSync(join(staging, ".gen", "providers"))) throw new Error(`cdktn get failed (exit ${result.code}):\n${tail(result.output)}`);
  });
  return join(dir, ".gen");
}
