/**
 * A private virtualenv with moto's server, so the tests do not depend on (or
 * disturb) whatever Python packages the machine has. Built once per moto
 * version under the tooling cache; a marker file written after a successful
 * install makes every later call instant.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { cacheDir, elapsed, withLock, type Log } from "../providers/cache";
import { run, tail } from "../common/run";

/** The one place the moto version is pinned (newest 5.x on PyPI when chosen). */
export const MOTO_VERSION = "5.2.5";

export interface MotoInstall {
  version: string;
  venv: string;
  /** The venv's interpreter; run the server as `python -m moto.server`. */
  python: string;
}

export interface EnsureMotoOptions {
  log?: Log;
  env?: NodeJS.ProcessEnv;
}

export function motoPaths(env: NodeJS.ProcessEnv = process.env) {
  const dir = path.join(cacheDir(env), "moto", MOTO_VERSION);
  const venv = path.join(dir, "venv");
  return {
    dir,
    venv,
    python: path.join(venv, "bin", "python"),
    marker: path.join(dir, "installed.ok"),
    installLog: path.join(dir, "install.log"),
  };
}

export async function ensureMoto(opts: EnsureMotoOptions = {}): Promise<MotoInstall> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? (() => {});
  const p = motoPaths(env);
  const result = { version: MOTO_VERSION, venv: p.venv, python: p.python };
  if (fs.existsSync(p.marker) && fs.existsSync(p.python)) return result;

  return withLock(
    `${p.dir}.lock`,
    async () => {
      if (fs.existsSync(p.marker) && fs.existsSync(p.python)) return result; // built while we waited
      const start = Date.now();
      // A half-built venv from an interrupted run is not trustworthy: start over.
      fs.rmSync(p.dir, { recursive: true, force: true });
      fs.mkdirSync(p.dir, { recursive: true });
      const python3 = env.DBT_OAUTH_PYTHON || "python3";
      log(`moto: creating virtualenv ${p.venv} (${python3} -m venv)`);
      const venv = await run(python3, ["-m", "venv", p.venv], { env, logFile: p.installLog });
      if (venv.code !== 0) throw new Error(`moto: '${python3} -m venv' failed:\n${tail(venv.output)}`);

      log(`moto: pip install moto[server]==${MOTO_VERSION} (full output in ${p.installLog})`);
      const pip = await run(p.python, ["-m", "pip", "install", "--disable-pip-version-check", `moto[server]==${MOTO_VERSION}`], {
        env,
        log,
        label: "pip install moto",
        logFile: p.installLog,
      });
      if (pip.code !== 0) {
        throw new Error(`moto: pip install moto[server]==${MOTO_VERSION} failed (PyPI must be reachable on a first run):\n${tail(pip.output)}`);
      }
      fs.writeFileSync(p.marker, `moto[server]==${MOTO_VERSION}\n`);
      log(`moto: ready in ${elapsed(start)}`);
      return result;
    },
    log,
  );
}
