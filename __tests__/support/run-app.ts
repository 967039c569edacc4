/** Runs app.js (cdktf.json "app") as cdktf would: a process with DBT_OAUTH_CONFIG and CDKTF_OUTDIR set. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const PROJECT_ROOT = resolve(__dirname, "..", "..");
const APP = join(PROJECT_ROOT, "app.js");

// Each run's folder (config and cdktf.out) lives until the test file ends: tests read it.
const runDirs: string[] = [];
afterAll(() => runDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export function runApp(config: unknown, env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), "dbt-oauth-app-"));
  runDirs.push(dir);
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
