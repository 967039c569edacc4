/**
 * The tooling cache lives outside the repo so that big binaries and virtualenvs
 * survive `git clean` and are shared between checkouts. Everything inside is
 * keyed by version, so a cache hit never needs a network or a build.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { lock, type LockOptions } from "proper-lockfile";

export type Log = (message: string) => void;

/** A lock untouched this long belongs to a process that is gone (its holder refreshes it every 5 s). */
const STALE_MS = 30_000;

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DBT_OAUTH_CACHE_DIR) return path.resolve(env.DBT_OAUTH_CACHE_DIR);
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), ".cache");
  return path.join(base, "dbt-databricks-oauth");
}

/** "12.3s" since `start`, for progress lines of long steps. */
export function elapsed(start: number): string {
  return `${((Date.now() - start) / 1000).toFixed(1)}s`;
}

/**
 * Runs `work` while holding `lockPath`, so two jest projects or two terminals do not build
 * or link the same thing at once. proper-lockfile keeps the lock's mtime fresh while the
 * holder lives, so a lock left by a killed process goes stale after STALE_MS whatever its
 * pid now names, and a holder whose lock was taken from it fails instead of racing on.
 */
export async function withLock<T>(lockPath: string, work: () => Promise<T>, log?: Log): Promise<T> {
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  let lost: Error | undefined;
  const options: LockOptions = { lockfilePath: lockPath, realpath: false, stale: STALE_MS, update: STALE_MS / 6, onCompromised: (err) => (lost = err) };
  let release: () => Promise<void>;
  try {
    release = await lock(lockPath, options);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ELOCKED") throw err;
    log?.(`waiting for ${lockPath} (another process holds it)`);
    release = await lock(lockPath, { ...options, retries: { forever: true, minTimeout: 250, maxTimeout: 1000 } });
  }
  try {
    const result = await work();
    if (lost) throw new Error(`lost the lock ${lockPath} while working (${lost.message}); run again`);
    return result;
  } finally {
    if (!lost) await release();
  }
}
