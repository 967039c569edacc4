/**
 * node -r tsx/cjs tools/databricks-emulator/main.ts [--port N] [--account-id ID] [--token T]
 *
 * Prints one JSON line {"url","accountId","token"} on stdout once listening,
 * so a parent process can read it and go; everything else goes to stderr.
 * Basic-auth and M2M credentials: GET <url>/_emulator.
 */
import { parseArgs } from "node:util";
import { startDatabricksEmulator } from "./server";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "0" },
      "account-id": { type: "string" },
      token: { type: "string" },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${values.port}`);

  const emulator = await startDatabricksEmulator({
    port,
    accountId: values["account-id"],
    token: values.token,
    logStream: process.stderr,
  });
  process.stdout.write(`${JSON.stringify({ url: emulator.url, accountId: emulator.accountId, token: emulator.token })}\n`);

  const stop = (signal: NodeJS.Signals) => {
    process.stderr.write(`databricks emulator: ${signal}, closing\n`);
    emulator.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`databricks emulator: close failed: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`databricks emulator: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
