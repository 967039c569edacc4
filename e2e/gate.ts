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

/** Decides, and says so on stderr when it skips (jest swallows console output of skipped files). */
export function e2eGate(env: NodeJS.ProcessEnv = process.env): E2eGate {
  const gate = decide(env);
  if (!gate.run) process.stderr.write(`\nend-to-end tests skipped: ${gate.reason}\n`);
  return gate;
}

function decide(env: NodeJS.ProcessEnv): E2eGate {
  if (env.DBT_OAUTH_E2E === "0") return { run: false, reason: "DBT_OAUTH_E2E=0" };
  if (env.DBT_OAUTH_E2E === "1") return { run: true, reason: "DBT_OAUTH_E2E=1" };
  const missing = missingPieces(findProviders({ env })).map(({ piece, why }) => `${piece}: ${why}`);
  return missing.length === 0
    ? { run: true, reason: "terraform and every pinned provider are available offline" }
    : { run: false, reason: `${missing.join("\n")}\n(run \`npm run providers\` for what to do; DBT_OAUTH_E2E=1 makes this a failure)` };
}

/** Keeps the sandbox's work folder (and says where) when a test of this file failed; see environment.js. */
export function keepOnFailure(): { keepWorkDir: boolean } {
  return { keepWorkDir: (globalThis as { __E2E_FAILED__?: boolean }).__E2E_FAILED__ === true };
}
