/**
 * actionlint (https://github.com/rhysd/actionlint), the linter for GitHub Actions
 * workflows, built once from the Go module proxy and cached by version under the
 * tooling cache (`<cache>/actionlint/<version>/actionlint`), like the Terraform
 * builds in tools/providers. A cache hit runs no `go` at all.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { cacheDir, withLock, type Log } from "../providers/cache";
import { goBuild } from "../providers/gobuild";
import { isExecutableFile } from "../providers/lookup";
import { run } from "../common/run";

/** The one place the version lives. */
export const ACTIONLINT_VERSION = "1.7.12";
const ACTIONLINT_MODULE = "github.com/rhysd/actionlint";

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

  return withLock(
    `${actionlintDir(env)}.lock`,
    async () => {
      if (isExecutableFile(binary)) return { path: binary, built: false }; // built while we waited
      const built = await goBuild({ module: ACTIONLINT_MODULE, pkg: "cmd/actionlint", version: `v${ACTIONLINT_VERSION}`, outFile: binary, env, log });
      if (!built.ok) throw new ActionlintUnavailableError(`actionlint ${ACTIONLINT_VERSION} is not in the cache (${binary}) and cannot be built: ${built.reason}`);
      return { path: binary, built: true };
    },
    log,
  );
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
