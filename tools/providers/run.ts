/**
 * Runs a child process to completion, keeping its output (for error messages
 * that can say what went wrong) and printing a progress line with elapsed
 * seconds every `progressEverySec`, because go builds and pip installs take
 * minutes and silence looks like a hang.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { elapsed, type Log } from "./cache";

export interface RunResult {
  code: number;
  /** stdout and stderr interleaved */
  output: string;
  stdout: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  log?: Log;
  /** What the progress lines call this step; no progress lines without it. */
  label?: string;
  progressEverySec?: number;
  /** Also append all output here (the full pip/go output can be long). */
  logFile?: string;
}

export function run(command: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    const outChunks: Buffer[] = [];
    const keep = (b: Buffer) => {
      chunks.push(b);
      if (opts.logFile) fs.appendFileSync(opts.logFile, b);
    };
    child.stdout.on("data", (b: Buffer) => (outChunks.push(b), keep(b)));
    child.stderr.on("data", keep);
    const timer =
      opts.label && opts.log
        ? setInterval(() => opts.log!(`  ... ${opts.label}: ${elapsed(start)}`), (opts.progressEverySec ?? 15) * 1000)
        : undefined;
    const finish = (code: number, extra = "") => {
      if (timer) clearInterval(timer);
      resolve({ code, output: Buffer.concat(chunks).toString("utf8") + extra, stdout: Buffer.concat(outChunks).toString("utf8") });
    };
    child.on("error", (err) => finish(127, String(err)));
    child.on("close", (code) => finish(code ?? 1));
  });
}

/** Last `lines` lines of a text, for error messages. */
export function tail(text: string, lines = 20): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
