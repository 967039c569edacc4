/** app.js, the launcher: its cached bundle is used while fresh, rebuilt when an input changes, and never needed. */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./support/temp-dir";
import { configInput } from "./support/config";
import { PROJECT_ROOT, runApp } from "./support/run-app";

interface CacheIndex {
  bundle: string;
  inputs: Record<string, string>;
}

const SYNTHESIZED = /^Synthesized dbt-databricks-oauth \(1 integration\)/;

function freshCacheDir(): string {
  return tempDir("dbt-oauth-app-cache-");
}

function runWithCache(cacheDir: string, env: NodeJS.ProcessEnv = {}) {
  return runApp(configInput(), { DBT_OAUTH_APP_CACHE_DIR: cacheDir, ...env });
}

function readIndex(cacheDir: string): CacheIndex {
  return JSON.parse(readFileSync(join(cacheDir, "index.json"), "utf8")) as CacheIndex;
}

/** What the launcher records of an input: size and mtime. */
function stampOf(file: string): string {
  const { size, mtimeMs } = statSync(join(PROJECT_ROOT, file));
  return `${size}:${mtimeMs}`;
}

/** Points the index at a bundle of our own, so a run shows whether the cache was used. */
function plantBundle(cacheDir: string, inputs: Record<string, string>): void {
  writeFileSync(join(cacheDir, "main.planted.js"), 'console.log("ran the cached bundle");');
  writeFileSync(join(cacheDir, "main.planted.v20-x64.v8cache"), "stale");
  writeFileSync(join(cacheDir, "index.json"), JSON.stringify({ bundle: "main.planted.js", inputs }));
}

describe("app.js", () => {
  it("builds the bundle, its input stamps and a V8 code cache on the first run", () => {
    const cacheDir = freshCacheDir();

    const { status, stdout, stderr } = runWithCache(cacheDir);

    expect({ status, stderr }).toEqual({ status: 0, stderr: expect.not.stringContaining("Error") });
    expect(stdout).toMatch(SYNTHESIZED);
    const index = readIndex(cacheDir);
    expect(index.bundle).toMatch(/^main\.[0-9a-f]{16}\.js$/);
    expect(Object.keys(index.inputs)).toEqual(expect.arrayContaining(["main.ts", "lib/oauth-app-integration.ts", "node_modules/.package-lock.json", "app.js"]));
    expect(Object.keys(index.inputs).some((file) => file.startsWith("node_modules/cdktf/"))).toBe(true);
    expect(readdirSync(cacheDir).sort()).toEqual(
      ["index.json", index.bundle, `${index.bundle}.map`, `${index.bundle.slice(0, -3)}.${process.version}-${process.arch}.v8cache`].sort(),
    );
  });

  it("runs the cached bundle while every recorded input is unchanged", () => {
    const cacheDir = freshCacheDir();
    plantBundle(cacheDir, { "main.ts": stampOf("main.ts") });

    const { status, stdout } = runWithCache(cacheDir);

    expect(status).toBe(0);
    expect(stdout).toBe("ran the cached bundle\n");
  });

  it("rebuilds when an input changed, and removes the stale bundle and its code cache", () => {
    const cacheDir = freshCacheDir();
    plantBundle(cacheDir, { "main.ts": "0:0" });

    const { status, stdout } = runWithCache(cacheDir);

    expect(status).toBe(0);
    expect(stdout).toMatch(SYNTHESIZED);
    expect(readIndex(cacheDir).bundle).not.toBe("main.planted.js");
    expect(readdirSync(cacheDir).filter((file) => file.includes("planted"))).toEqual([]);
  });

  it("rebuilds over a damaged index (here: one that names no bundle)", () => {
    const cacheDir = freshCacheDir();
    writeFileSync(join(cacheDir, "index.json"), '{"inputs":{}}');

    const { status, stdout } = runWithCache(cacheDir);

    expect(status).toBe(0);
    expect(stdout).toMatch(SYNTHESIZED);
    expect(readIndex(cacheDir).bundle).toMatch(/^main\.[0-9a-f]{16}\.js$/);
  });

  it("synthesizes from memory when the cache folder cannot be written", () => {
    const notAFolder = join(freshCacheDir(), "file");
    writeFileSync(notAFolder, "");

    const { status, stdout, outdir } = runWithCache(join(notAFolder, "cache"));

    expect(status).toBe(0);
    expect(stdout).toMatch(SYNTHESIZED);
    expect(existsSync(join(outdir, "stacks", "dbt-databricks-oauth", "cdk.tf.json"))).toBe(true);
  });

  it("keeps the stack trace of a real error, pointing at the sources rather than the bundle", () => {
    const cacheDir = freshCacheDir();

    const { status, stderr } = runWithCache(cacheDir, { CDKTF_OUTDIR: "/dev/null/cdktf.out" });

    expect(status).not.toBe(0);
    expect(stderr).toMatch(/Error: ENOTDIR: not a directory, mkdir '\/dev\/null\/cdktf\.out'\n {4}at /);
    // The frames name the TypeScript source and the package file, not main.<hash>.js.
    expect(stderr).toMatch(/\n {4}at main \(main\.ts:\d+:\d+\)/);
    expect(stderr).toMatch(/\n {4}at .*\(node_modules\/cdktf\/lib\/app\.(js|ts):\d+:\d+\)/);
    expect(stderr).not.toMatch(/main\.[0-9a-f]{16}\.js/);
  });
});
