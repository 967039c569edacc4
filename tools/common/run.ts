/**
 * The one way the tooling runs a child process to completion: it keeps stdout, stderr and
 * both interleaved (for error messages that say what went wrong), and can append the output
 * to a log file as it comes, print a progress line every `progressEverySec` (go builds and
 * pip installs take minutes, and silence looks like a hang), stop the process after
 * `timeoutMs`, or SIGKILL its whole process group when `kill` is aborted (a CI runner dying
 * mid-apply). A command that cannot start answers code 127 with the reason, as a shell does.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { elapsed, type Log } from "../providers/cache";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved */
  output: string;
  wallMs: number;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  log?: Log;
  /** What the progress lines call this step; no progress lines without it. */
  label?: string;
  progressEverySec?: number;
  /** Also append all output here (the full pip/go/terraform output can be long). */
  logFile?: string;
  /** SIGTERM after this long. */
  timeoutMs?: number;
  /** When aborted, the process and its children (its process group) get SIGKILL. */
  kill?: AbortSignal;
}

export function run(command: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, [...args], { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: opts.kill !== undefined });
    const all: Buffer[] = [];
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const keep = (into: Buffer[]) => (b: Buffer) => {
      into.push(b);
      all.push(b);
      if (opts.logFile) fs.appendFileSync(opts.logFile, b);
    };
    child.stdout.on("data", keep(out));
    child.stderr.on("data", keep(err));
    const killGroup = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already exited */
      }
    };
    opts.kill?.addEventListener("abort", killGroup, { once: true });
    const progress = opts.label && opts.log ? setInterval(() => opts.log!(`  ... ${opts.label}: ${elapsed(start)}`), (opts.progressEverySec ?? 15) * 1000) : undefined;
    const timeout = opts.timeoutMs ? setTimeout(() => child.kill("SIGTERM"), opts.timeoutMs) : undefined;
    const finish = (code: number, failure = "") => {
      clearInterval(progress);
      clearTimeout(timeout);
      opts.kill?.removeEventListener("abort", killGroup);
      const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString("utf8");
      resolve({ code, stdout: text(out), stderr: text(err) + failure, output: text(all) + failure, wallMs: Date.now() - start });
    };
    child.on("error", (error) => finish(127, String(error)));
    child.on("close", (code) => finish(code ?? 1));
  });
}

/** Last `lines` lines of a text, for error messages. */
export function tail(text: string, lines = 20): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
