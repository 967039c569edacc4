/**
 * The tooling cache lives outside the repo so that big binaries and virtualenvs
 * survive `git clean` and are shared between checkouts. Everything inside is
 * keyed by version, so a cache hit never needs a network or a build.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export type Log = (message: string) => void;

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
 * Runs `work` while holding `<lockPath>` (a directory: mkdir is atomic), so two
 * jest projects or two terminals do not build or link the same thing at once.
 * The lock holds the owner's pid; a lock whose owner is gone is taken over.
 */
export async function withLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lockPath);
      fs.writeFileSync(path.join(lockPath, "pid"), String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      if (!ownerAlive(lockPath)) fs.rmSync(lockPath, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockPath, { recursive: true, force: true });
  }
}

function ownerAlive(lockPath: string): boolean {
  let pid = 0;
  try {
    pid = Number(fs.readFileSync(path.join(lockPath, "pid"), "utf8"));
  } catch {
    /* pid not written yet, or the lock is already gone */
  }
  if (!pid) {
    // Give a lock that is being created a few seconds; one that is gone: just retry.
    const made = fs.statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs;
    return made === undefined || Date.now() - made < 10_000;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
