/**
 * Long-lived provider processes that terraform attaches to instead of starting its own.
 *
 * Terraform starts every provider of a configuration afresh for each command, several times
 * per plan (schema, validate, plan); the aws provider is a 700 MB Go binary that spends most of
 * a second of CPU per start. Terraform's own mechanism for keeping one running is
 * `TF_REATTACH_PROVIDERS` (https://developer.hashicorp.com/terraform/plugin/debugging): a
 * provider started in debug mode prints the JSON that tells terraform where it listens, serves
 * any number of terraform runs, and stops on SIGINT. Terraform never stops a reattached
 * provider, and still calls ConfigureProvider on every run, so each run configures it afresh.
 *
 * One provider process serves one provider configuration at a time: two aliases of one
 * provider in one configuration would overwrite each other's settings, so `reattachFor` leaves
 * out any provider that a configuration declares more than once (terraform starts those itself).
 *
 * Each provider runs under a small shell that stops it (SIGINT, as a developer's Ctrl-C) when
 * its stdin closes: on `stop()`, and also when this process dies without stopping it, even by
 * SIGKILL, since the OS closes the pipe then. No provider outlives the test run.
 */
import { type ChildProcessByStdio, spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { appendFileSync, closeSync, existsSync, openSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * How each pinned provider starts in debug mode (each checked by starting the pinned binary,
 * which then prints the reattach line; tools/sandbox/provider-servers.test.ts keeps checking):
 * - hashicorp/aws 5.100.0: the flag `-debug` (main.go: `flag.Bool("debug", ...)` → tf5server.WithManagedDebug())
 * - dbt-labs/dbtcloud 1.12.5: the flag `-debug`
 * - databricks/databricks 1.99.0: a first argument `debug`, not a flag (main.go: `os.Args[1] == "debug"`)
 * Providers not listed here are left to terraform.
 */
export const DEBUG_ARGS: Record<string, string[]> = {
  "registry.terraform.io/hashicorp/aws": ["-debug"],
  "registry.terraform.io/dbt-labs/dbtcloud": ["-debug"],
  "registry.terraform.io/databricks/databricks": ["debug"],
};

/** One entry of TF_REATTACH_PROVIDERS, as a provider in debug mode prints it. */
export interface ReattachConfig {
  Protocol: string;
  ProtocolVersion: number;
  Pid: number;
  Test: boolean;
  Addr: { Network: string; String: string };
}

export interface ProviderServers {
  /** Provider source address → how terraform reaches it. */
  readonly configs: Readonly<Record<string, ReattachConfig>>;
  /** CPU seconds (user + system) each provider has used so far, where /proc tells (Linux). */
  cpuSeconds(): Record<string, number>;
  /** SIGINT to every provider, waiting until each has exited (SIGKILL after `graceMs`). */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Source address → provider binary, e.g. from `installedProviders(stackDir)`. */
  binaries: Record<string, string>;
  /** The providers' environment: what terraform would have passed them (credentials, endpoints). */
  env: NodeJS.ProcessEnv;
  /** Provider output is appended here. */
  logFile: string;
  /** How long a provider may take to print its reattach line (a cold aws provider under load: seconds). */
  readyTimeoutMs?: number;
  graceMs?: number;
}

/** The provider binaries `terraform init` installed for a working directory, by source address. */
export function installedProviders(workingDir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const root = join(workingDir, ".terraform", "providers");
  if (!existsSync(root)) return found;
  for (const hostname of readdirSync(root))
    for (const namespace of readdirSync(join(root, hostname)))
      for (const type of readdirSync(join(root, hostname, namespace)))
        for (const version of readdirSync(join(root, hostname, namespace, type)))
          for (const platform of readdirSync(join(root, hostname, namespace, type, version))) {
            const dir = join(root, hostname, namespace, type, version, platform);
            const binary = readdirSync(dir).find((f) => f.startsWith(`terraform-provider-${type}`));
            if (binary) found[`${hostname}/${namespace}/${type}`] = join(dir, binary);
          }
  return found;
}

// Stops the provider (SIGINT) once the shell's stdin closes: `stop()`, or this process gone.
// The provider runs in the background with no stdin; a background reader waits on the shell's
// stdin (fd 3: a background job's own stdin would be /dev/null) with its output to /dev/null,
// so it never holds the pipes this process reads; the shell waits for the provider, so a
// provider that exits on its own ends the shell too.
const WATCHDOG = 'trap "" INT TERM; exec 3<&0; "$0" "$@" </dev/null & pid=$!; (read -r _ <&3; kill -INT "$pid") >/dev/null 2>&1 & exec 3<&-; wait "$pid"';

const REATTACH_LINE = /TF_REATTACH_PROVIDERS='([^']+)'/;

/** Starts every provider of `binaries` that has known debug arguments, in parallel. */
export async function startProviderServers(options: StartOptions): Promise<ProviderServers> {
  const started: { address: string; child: ChildProcessByStdio<Writable, Readable, null>; exited: Promise<void> }[] = [];
  const configs: Record<string, ReattachConfig> = {};
  const stop = async () => {
    await Promise.all(
      started.map(async ({ address, child, exited }) => {
        child.stdin.end();
        const timer = setTimeout(() => {
          for (const pid of [configs[address]?.Pid, child.pid]) if (pid) killQuietly(pid);
        }, options.graceMs ?? 15_000);
        await exited;
        clearTimeout(timer);
      }),
    );
  };
  try {
    await Promise.all(
      Object.entries(options.binaries)
        .filter(([address]) => DEBUG_ARGS[address])
        .map(async ([address, binary]) => {
          // stderr (the provider's log) straight to the file: a pipe nobody drains while this
          // process is busy would block the provider mid-request.
          const logFd = openSync(options.logFile, "a");
          const child = spawn("/bin/sh", ["-c", WATCHDOG, binary, ...DEBUG_ARGS[address]!], { env: options.env, stdio: ["pipe", "pipe", logFd] }) as ChildProcessByStdio<
            Writable,
            Readable,
            null
          >;
          closeSync(logFd);
          const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
          started.push({ address, child, exited });
          configs[address] = await reattachLine(child, address, options);
        }),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const cpuSeconds = () => Object.fromEntries(Object.entries(configs).flatMap(([address, { Pid }]) => processCpuSeconds(Pid).map((cpu) => [address, cpu])));
  return { configs, cpuSeconds, stop };
}

/** utime + stime of a live process from /proc/PID/stat (clock ticks of 1/100 s on Linux), or nothing. */
function processCpuSeconds(pid: number): number[] {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return [(Number(fields[11]) + Number(fields[12])) / 100];
  } catch {
    return [];
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    /* already gone */
  }
}

function reattachLine(child: ChildProcessByStdio<Writable, Readable, null>, address: string, options: StartOptions): Promise<ReattachConfig> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(
      () => reject(new Error(`${address} printed no TF_REATTACH_PROVIDERS line within ${options.readyTimeoutMs ?? 120_000} ms (log: ${options.logFile})`)),
      options.readyTimeoutMs ?? 120_000,
    );
    child.stdout.on("data", (chunk: Buffer) => {
      appendFileSync(options.logFile, chunk);
      stdout += chunk.toString("utf8");
      const match = REATTACH_LINE.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      const config = (JSON.parse(match[1]!) as Record<string, ReattachConfig>)[address];
      if (config) resolve(config);
      else reject(new Error(`${address} printed a TF_REATTACH_PROVIDERS line for another address: ${match[1]}`));
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`${address} exited (code ${code}) before printing its TF_REATTACH_PROVIDERS line (log: ${options.logFile})`));
    });
  });
}

/**
 * TF_REATTACH_PROVIDERS for one synthesized configuration (cdk.tf.json): every running
 * provider except those it configures more than once (aliases, which one process cannot serve).
 */
export function reattachFor(configs: Readonly<Record<string, ReattachConfig>>, stackJsonFile: string): string | undefined {
  const stack = JSON.parse(readFileSync(stackJsonFile, "utf8")) as { provider?: Record<string, unknown[]> };
  const usable = Object.entries(configs).filter(([address]) => {
    const type = address.split("/").pop()!;
    return (stack.provider?.[type]?.length ?? 0) <= 1;
  });
  return usable.length > 0 ? JSON.stringify(Object.fromEntries(usable)) : undefined;
}
