/**
 * actionlint (https://github.com/rhysd/actionlint), the linter for GitHub Actions
 * workflows, built once from the Go module proxy and cached by version under the
 * tooling cache (`<cache>/actionlint/<version>/actionlint`), like the Terraform
 * builds in tools/providers. A cache hit runs no `go` at all.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { cacheDir, elapsed, withLock, type Log } from "../providers/cache";
import { isExecutableFile, which } from "../providers/lookup";
import { run, tail } from "../providers/run";

/** The one place the version lives. */
export const ACTIONLINT_VERSION = "1.7.12";
export const ACTIONLINT_MODULE = "github.com/rhysd/actionlint/cmd/actionlint";

export interface EnsureOptions {
  env?: NodeJS.ProcessEnv;
  log?: Log;
}

export interface Ensured {
  path: string;
  /** false: found in the cache, nothing was built */
  built: boolean;
}

export class ActionlintUnavailableError extends Error {}

export function actionlintDir(env: NodeJS.ProcessEnv = process.env, version = ACTIONLINT_VERSION): string {
  return path.join(cacheDir(env), "actionlint", version);
}

export function actionlintPath(env: NodeJS.ProcessEnv = process.env, version = ACTIONLINT_VERSION): string {
  return path.join(actionlintDir(env, version), "actionlint");
}

/**
 * The cached actionlint binary, built with `go install` on a cache miss. The build
 * holds a lock so that two processes (two jest projects, two terminals) build it once.
 */
export async function ensureActionlint(opts: EnsureOptions = {}): Promise<Ensured> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? (() => undefined);
  const binary = actionlintPath(env);
  if (isExecutableFile(binary)) return { path: binary, built: false };

  return withLock(`${actionlintDir(env)}.lock`, async () => {
    if (isExecutableFile(binary)) return { path: binary, built: false }; // built while we waited
    const go = which("go", env);
    if (!go) {
      throw new ActionlintUnavailableError(
        `actionlint ${ACTIONLINT_VERSION} is not in the cache (${binary}) and there is no 'go' on PATH to build it`,
      );
    }
    const dir = actionlintDir(env);
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    // Install into a scratch GOBIN, then rename: a half-written binary is never found.
    const scratch = `${dir}.tmp-${process.pid}`;
    const logFile = `${dir}.build.log`;
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.writeFileSync(logFile, "");
    const start = Date.now();
    log(`building actionlint ${ACTIONLINT_VERSION}: go install ${ACTIONLINT_MODULE}@v${ACTIONLINT_VERSION} (first run only; full output in ${logFile})`);
    const build = await run(go, ["install", "-trimpath", `${ACTIONLINT_MODULE}@v${ACTIONLINT_VERSION}`], {
      env: { ...env, GOBIN: scratch },
      log,
      label: "building actionlint",
      progressEverySec: 10,
      logFile,
    });
    try {
      if (build.code !== 0) {
        throw new ActionlintUnavailableError(`building actionlint ${ACTIONLINT_VERSION} failed (go install exit ${build.code}):\n${tail(build.output, 15)}`);
      }
      fs.mkdirSync(dir, { recursive: true });
      fs.renameSync(path.join(scratch, "actionlint"), binary);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    log(`built ${binary} in ${elapsed(start)}`);
    return { path: binary, built: true };
  });
}

/** The workflow files of a repository: `.github/workflows/*.yml` and `*.yaml`, sorted. */
export function workflowFiles(repoDir: string): string[] {
  const dir = path.join(repoDir, ".github", "workflows");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * `actionlint -no-color FILES...` with its output passed through. Its exit code:
 * 0 clean, 1 problems found, 2 bad command line, 3 fatal error.
 * It runs shellcheck on `run:` scripts (and pyflakes on Python ones) when those are on PATH.
 */
export async function runActionlint(binary: string, files: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return run(binary, ["-no-color", ...files], { cwd: opts.cwd, env: opts.env ?? process.env });
}
