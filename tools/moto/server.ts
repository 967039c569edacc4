/**
 * Runs moto's server (an in-memory AWS emulator; we use Secrets Manager and
 * STS) on 127.0.0.1 for tests and the local sandbox.
 *
 * moto keeps all state in memory: stopping or restarting the server loses
 * every secret. `restart()` keeps only the port, so clients keep their URL.
 * To make a service fail for a while WITHOUT losing state, put the fault
 * proxy (./fault-proxy.ts) in front instead: moto itself has no fault switch.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { ensureMoto, type MotoInstall } from "./ensure";
import type { Log } from "../providers/cache";
import { tail } from "../common/run";

export interface StartMotoOptions {
  /** Server output goes here (appended). Default: <venv>/../server-<port>.log */
  logFile?: string;
  /** Default: a free port picked by the OS. */
  port?: number;
  readyTimeoutMs?: number;
  install?: MotoInstall;
  log?: Log;
  /** The AWS account every request is in (MOTO_ACCOUNT_ID). Default: moto's own, 123456789012. */
  accountId?: string;
}

export interface MotoServer {
  url: string;
  port: number;
  logFile: string;
  /** Suggested environment for AWS clients (SDKs, the aws terraform provider). */
  awsEnv: Record<string, string>;
  /** Stops and starts again on the same port. All secrets are gone afterwards. */
  restart(): Promise<void>;
  /** SIGTERM to the whole process group, SIGKILL if still alive after a grace period. */
  stop(): Promise<void>;
}

export const MOTO_REGION = "us-east-1";

/** Asks the OS for a free port by binding port 0, then releases it for moto. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

// Process groups still running, killed if this node process exits without
// stopping them (a crashed jest run must not leave moto servers behind).
const liveGroups = new Set<number>();
process.on("exit", () => {
  for (const pid of liveGroups) killGroup(pid, "SIGKILL");
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

function logTail(file: string): string {
  try {
    return tail(fs.readFileSync(file, "utf8"), 30);
  } catch {
    return "(no log)";
  }
}

export async function startMoto(opts: StartMotoOptions = {}): Promise<MotoServer> {
  const install = opts.install ?? (await ensureMoto({ log: opts.log }));
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const logFile = opts.logFile ?? path.join(path.dirname(install.venv), `server-${port}.log`);
  const readyTimeoutMs = opts.readyTimeoutMs ?? 30_000;
  let child: ChildProcess | undefined;

  async function start(): Promise<void> {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const out = fs.openSync(logFile, "a");
    // detached: moto gets its own process group, so stop() can signal it and
    // anything it spawned with one kill(-pid).
    const proc = spawn(install.python, ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)], {
      detached: true,
      stdio: ["ignore", out, out],
      env: { ...process.env, PYTHONUNBUFFERED: "1", ...(opts.accountId && { MOTO_ACCOUNT_ID: opts.accountId }) },
    });
    fs.closeSync(out);
    child = proc;
    liveGroups.add(proc.pid!);
    let exited: string | undefined;
    proc.once("exit", (code, signal) => {
      exited = `exited with ${signal ?? code}`;
      liveGroups.delete(proc.pid!);
    });

    const deadline = Date.now() + readyTimeoutMs;
    for (;;) {
      if (exited) throw new Error(`moto server on port ${port} ${exited} before answering. Log ${logFile}:\n${logTail(logFile)}`);
      try {
        await fetch(`${url}/moto-api/`, { signal: AbortSignal.timeout(2000) });
        return; // any HTTP answer means it is serving
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`moto server did not answer on ${url} within ${readyTimeoutMs} ms. Log ${logFile}:\n${logTail(logFile)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async function stop(graceMs = 5000): Promise<void> {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const gone = new Promise<void>((r) => proc.once("exit", () => r()));
    killGroup(proc.pid!, "SIGTERM");
    const timer = setTimeout(() => killGroup(proc.pid!, "SIGKILL"), graceMs);
    await gone;
    clearTimeout(timer);
    // moto's threads may outlive the leader for a moment; make sure none stay.
    killGroup(proc.pid!, "SIGKILL");
    liveGroups.delete(proc.pid!);
  }

  await start();
  return {
    url,
    port,
    logFile,
    awsEnv: {
      AWS_ACCESS_KEY_ID: "testing",
      AWS_SECRET_ACCESS_KEY: "testing",
      AWS_REGION: MOTO_REGION,
      AWS_DEFAULT_REGION: MOTO_REGION,
      AWS_ENDPOINT_URL: url,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: url,
      AWS_ENDPOINT_URL_STS: url,
      // Never try the EC2 metadata address for credentials (no such network here).
      AWS_EC2_METADATA_DISABLED: "true",
    },
    restart: async () => {
      await stop();
      await start();
    },
    stop: () => stop(),
  };
}
