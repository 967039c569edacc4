/**
 * Whether the end-to-end tests can run here. They need terraform and every pinned provider
 * without a network (tools/providers); where one cannot be had, they are skipped with the
 * reason, unless DBT_OAUTH_E2E=1 demands them (then the missing piece fails the run).
 */
import { findProviders, missingPieces } from "../tools/providers";

export interface E2eGate {
  run: boolean;
  reason: string;
}

/** Decides for one test file; the reason for a skip is printed once per run, by global-setup.ts. */
export function e2eGate(env: NodeJS.ProcessEnv = process.env): E2eGate {
  if (env.DBT_OAUTH_E2E === "0") return { run: false, reason: "DBT_OAUTH_E2E=0" };
  if (env.DBT_OAUTH_E2E === "1") return { run: true, reason: "DBT_OAUTH_E2E=1" };
  const missing = missingPieces(findProviders({ env })).map(({ piece, why }) => `${piece}: ${why}`);
  return missing.length === 0
    ? { run: true, reason: "terraform and every pinned provider are available offline" }
    : { run: false, reason: `${missing.join("\n")}\n(run \`npm run providers\` for what to do; DBT_OAUTH_E2E=1 makes this a failure)` };
}

const failedHere = () => (globalThis as { __E2E_FAILED__?: boolean }).__E2E_FAILED__ === true;

/** Keeps the sandbox's work folder (and says where) when a test of this file failed; see environment.js. */
export function keepOnFailure(): { keepWorkDir: boolean } {
  return { keepWorkDir: failedHere() };
}

/**
 * The sandbox's progress lines: on stderr with DBT_OAUTH_E2E_VERBOSE=1, or once a test of this
 * file has failed (then where its work folder was kept), so a passing run stays quiet.
 */
export function sandboxLog(message: string): void {
  if (process.env.DBT_OAUTH_E2E_VERBOSE === "1" || failedHere()) process.stderr.write(`${message}\n`);
}
