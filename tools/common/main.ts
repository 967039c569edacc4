/**
 * The command-line life of an emulator: print one JSON line on stdout once it
 * listens (so a parent process can read it and go), log to stderr, and close
 * and exit 0 on SIGTERM or SIGINT; exit 2 when it cannot start.
 */
export function runEmulatorMain<E extends { close(): Promise<void> }>(name: string, start: () => Promise<E>, firstLine: (emulator: E) => object): void {
  start().then(
    (emulator) => {
      process.stdout.write(`${JSON.stringify(firstLine(emulator))}\n`);
      const stop = (signal: NodeJS.Signals) => {
        process.stderr.write(`${name}: ${signal}, closing\n`);
        emulator.close().then(
          () => process.exit(0),
          (err: unknown) => {
            process.stderr.write(`${name}: close failed: ${String(err)}\n`);
            process.exit(1);
          },
        );
      };
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
    },
    (err: unknown) => {
      process.stderr.write(`${name}: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    },
  );
}

/** --port N as a number, or an error naming the flag. */
export function portArg(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${raw}`);
  return port;
}
