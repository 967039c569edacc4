/** Runs app.js (cdktf.json "app") as cdktf would: a process with DBT_OAUTH_CONFIG and CDKTF_OUTDIR set. */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tempDir } from "./temp-dir";

export const PROJECT_ROOT = resolve(__dirname, "..", "..");
const APP = join(PROJECT_ROOT, "app.js");

export function runApp(config: unknown, env: NodeJS.ProcessEnv = {}) {
  // Lives until the test file ends: tests read the config and cdktf.out it holds.
  const dir = tempDir("dbt-oauth-app-");
  const file = join(dir, "config.json");
  writeFileSync(file, JSON.stringify(config));
  const outdir = join(dir, "cdktf.out");
  const result = spawnSync(process.execPath, [APP], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DBT_OAUTH_CONFIG: file, CDKTF_OUTDIR: outdir, ...env },
    encoding: "utf8",
  });
  return { ...result, outdir };
}
