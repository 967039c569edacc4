/**
 * node -r tsx/cjs tools/databricks-emulator/main.ts [--port N] [--account-id ID] [--token T] [--propagation-seconds S] [--workspace HOST]...
 *
 * Prints one JSON line {"url","accountId","token","workspaces"} on stdout once listening,
 * so a parent process can read it and go; everything else goes to stderr.
 * Basic-auth and M2M credentials: GET <url>/_emulator.
 */
import { parseArgs } from "node:util";
import { portArg, runEmulatorMain } from "../common/main";
import { startDatabricksEmulator } from "./server";

runEmulatorMain(
  "databricks emulator",
  async () => {
    const { values } = parseArgs({
      options: {
        port: { type: "string", default: "0" },
        "account-id": { type: "string" },
        token: { type: "string" },
        "propagation-seconds": { type: "string" },
        workspace: { type: "string", multiple: true },
      },
      strict: true,
    });
    const propagation = values["propagation-seconds"];
    return startDatabricksEmulator({
      port: portArg(values.port),
      accountId: values["account-id"],
      token: values.token,
      propagationSeconds: propagation === undefined ? undefined : Number(propagation),
      workspaceHosts: values.workspace,
      logStream: process.stderr,
    });
  },
  (emulator) => ({ url: emulator.url, accountId: emulator.accountId, token: emulator.token, workspaces: emulator.workspaces }),
);
