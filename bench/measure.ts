/**
 * Running a command and measuring it: wall time from this process's monotonic clock, peak
 * RSS from GNU time (`/usr/bin/time -f "%e %M"`) when it is installed. GNU time reports the
 * kernel's ru_maxrss for the waited-for child tree: the peak of the largest single process
 * in it (terraform's provider plugins are measured on their own, not added up).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import { join } from "node:path";
import { run as runProcess } from "../tools/common/run";

export const GNU_TIME = "/usr/bin/time";

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the command after this long (default 20 minutes). */
  timeoutMs?: number;
}

export interface Sample {
  code: number;
  wallMs: number;
  /** Peak RSS in KiB, when GNU time measured it. */
  peakRssKb?: number;
  stdout: string;
  stderr: string;
}

let gnuTimeChecked: boolean | undefined;

/** Whether /usr/bin/time is GNU time (BusyBox and BSD time lack -f/-o as used here). */
export function hasGnuTime(): boolean {
  if (gnuTimeChecked === undefined) {
    try {
      gnuTimeChecked =
        existsSync(GNU_TIME) &&
        execFileSync(GNU_TIME, ["--version"], { stdio: ["ignore", "pipe", "pipe"] })
          .toString()
          .includes("GNU");
    } catch {
      gnuTimeChecked = false;
    }
  }
  return gnuTimeChecked;
}

export function rssSource(): string {
  return hasGnuTime() ? `GNU time (${GNU_TIME} -f "%e %M"): ru_maxrss of the largest single process in the command's tree` : "not measured (GNU time not found at /usr/bin/time)";
}

/** Runs `command args` asynchronously (the emulators in this process keep serving meanwhile). */
export async function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Sample> {
  const gnu = hasGnuTime();
  const scratch = gnu ? mkdtempSync(join(os.tmpdir(), "bench-time-")) : undefined;
  const timeFile = scratch ? join(scratch, "time") : undefined;
  const [bin, argv] = timeFile ? [GNU_TIME, ["-f", "%e %M", "-o", timeFile, command, ...args]] : [command, [...args]];
  const started = process.hrtime.bigint();
  const { code, stdout, stderr } = await runProcess(bin, argv, { cwd: options.cwd, env: options.env, timeoutMs: options.timeoutMs ?? 20 * 60_000 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let peakRssKb: number | undefined;
  if (timeFile && scratch) {
    // GNU time writes "Command exited with non-zero status N" before the format line.
    const lines = existsSync(timeFile) ? readFileSync(timeFile, "utf8").trim().split("\n") : [];
    const rss = Number(lines.at(-1)?.split(" ")[1]);
    peakRssKb = Number.isFinite(rss) && rss > 0 ? rss : undefined;
    rmSync(scratch, { recursive: true, force: true });
  }
  return { code, wallMs, peakRssKb, stdout, stderr };
}

export async function runChecked(label: string, command: string, args: readonly string[], options: RunOptions = {}): Promise<Sample> {
  const sample = await run(command, args, options);
  if (sample.code !== 0) {
    throw new Error(`${label}: \`${[command, ...args].join(" ")}\` exited ${sample.code}\n${(sample.stderr || sample.stdout).slice(-4000)}`);
  }
  return sample;
}

export interface Stats {
  runs: number;
  median: number;
  min: number;
  max: number;
}

export function stats(values: readonly number[]): Stats {
  if (values.length === 0) throw new Error("stats of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  // Every index below is within bounds: there is at least one value, and mid - 1 is only read when there are two or more.
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** One warm-up (unmeasured) then `runs` measured repetitions of `once`. */
export async function repeat(runs: number, once: () => Promise<Sample>, options: { warmup?: boolean } = {}): Promise<{ wall: Stats; rss?: Stats }> {
  if (options.warmup !== false) await once();
  const walls: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const sample = await once();
    walls.push(sample.wallMs);
    if (sample.peakRssKb !== undefined) rss.push(sample.peakRssKb);
  }
  return { wall: stats(walls), rss: rss.length === runs ? stats(rss) : undefined };
}

export interface Machine {
  cores: number;
  memoryGiB: number;
  cpuModel: string;
  node: string;
  terraform: string;
  os: string;
  /** 1-, 5- and 15-minute load averages when the run started and ended. */
  loadStart: number[];
  loadEnd?: number[];
}

function cpuModel(): string {
  const fromNode = os.cpus()[0]?.model?.trim();
  try {
    // os.cpus() gives the short name on some VMs ("AMD EPYC"); /proc/cpuinfo may say more.
    const info = readFileSync("/proc/cpuinfo", "utf8");
    const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim();
    const mhz = /^cpu MHz\s*:\s*([\d.]+)$/m.exec(info)?.[1];
    const name = model && model.length >= (fromNode?.length ?? 0) ? model : fromNode;
    return `${name ?? "unknown"}${mhz ? ` @ ${Math.round(Number(mhz))} MHz` : ""}`;
  } catch {
    return fromNode ?? "unknown";
  }
}

/** `terraform`: the version the sandbox runs (tools/providers picks it), or why there is none. */
export function machine(terraform: string): Machine {
  return {
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: cpuModel(),
    node: process.version,
    terraform,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadStart: os.loadavg(),
  };
}

export const formatLoad = (load: readonly number[]) => load.map((l) => l.toFixed(2)).join(" / ");
