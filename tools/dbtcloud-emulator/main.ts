/**
 * node -r tsx/cjs tools/dbtcloud-emulator/main.ts [--port N] [--account-id ID] [--token T]
 *
 * Prints one JSON line {"url","hostUrl","accountId","token"} on stdout once
 * listening (hostUrl is the provider's host_url); everything else goes to stderr.
 */
import { parseArgs } from "node:util";
import { portArg, runEmulatorMain } from "../common/main";
import { startDbtCloudEmulator } from "./server";

runEmulatorMain(
  "dbt Cloud emulator",
  async () => {
    const { values } = parseArgs({
      options: { port: { type: "string", default: "0" }, "account-id": { type: "string" }, token: { type: "string" } },
      strict: true,
    });
    const accountId = values["account-id"];
    if (accountId !== undefined && !/^\d+$/.test(accountId)) throw new Error(`--account-id: must be a number, got ${accountId}`);
    return startDbtCloudEmulator({
      port: portArg(values.port),
      accountId: accountId === undefined ? undefined : Number(accountId),
      token: values.token,
      logStream: process.stderr,
    });
  },
  (emulator) => ({ url: emulator.url, hostUrl: emulator.hostUrl, accountId: emulator.accountId, token: emulator.token }),
);
