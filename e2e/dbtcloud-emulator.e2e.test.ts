/**
 * The dbt Cloud emulator is good enough for the real dbt-labs/dbtcloud 1.12.5
 * provider: a hand-written minimal Terraform JSON config (not the app) with one
 * `dbtcloud_global_connection` (Databricks adapter), driven by the real
 * terraform binary through create, a clean re-plan, out-of-band delete and
 * change, a client switch, a retried fault and destroy.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { startDbtCloudEmulator, type DbtCloudEmulator } from "../tools/dbtcloud-emulator/server";
import { ensureProviders, type Ensured } from "../tools/providers";
import { e2eGate, keepOnFailure } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;
jest.setTimeout(180_000);

const DATABRICKS = { host: "dbc-1234.cloud.databricks.com", http_path: "/sql/1.0/warehouses/abc123", catalog: "main" };
const FIRST_CLIENT = { id: "11111111-1111-1111-1111-111111111111", secret: "dose-first-secret-not-real" };
const SECOND_CLIENT = { id: "22222222-2222-2222-2222-222222222222", secret: "dose-second-secret-not-real" };

/** The smallest config that exercises the resource: the client comes in as a sensitive variable, as the app will pass it. */
function terraformConfig(emu: DbtCloudEmulator) {
  return {
    terraform: { required_providers: { dbtcloud: { source: "dbt-labs/dbtcloud", version: "1.12.5" } } },
    // The token comes from DBT_CLOUD_TOKEN; retries 1 s apart instead of 10 keep the fault test short.
    provider: { dbtcloud: [{ account_id: emu.accountId, host_url: emu.hostUrl, retry_interval_seconds: 1 }] },
    variable: { client_id: { type: "string" }, client_secret: { type: "string", sensitive: true } },
    resource: {
      dbtcloud_global_connection: {
        databricks: {
          name: "Databricks (emulator e2e)",
          databricks: { ...DATABRICKS, client_id: "${var.client_id}", client_secret: "${var.client_secret}" },
        },
      },
    },
  };
}

describeE2E("the real dbtcloud provider against the dbt Cloud emulator", () => {
  let workDir: string;
  let emu: DbtCloudEmulator;
  let tools: Ensured;
  let client = FIRST_CLIENT;

  const terraform = async (...args: string[]) => {
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(DBT_CLOUD_|TF_)/.test(key))),
      DBT_CLOUD_TOKEN: emu.token,
      TF_VAR_client_id: client.id,
      TF_VAR_client_secret: client.secret,
      TF_CLI_CONFIG_FILE: tools.cliConfigFile,
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      CHECKPOINT_DISABLE: "1",
    };
    try {
      const { stdout, stderr } = await promisify(execFile)(tools.terraformBinary, [...args, "-no-color"], { cwd: workDir, env });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      if (typeof err.code !== "number") throw e;
      return { code: err.code, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
    }
  };
  const apply = async () => {
    const result = await terraform("apply", "-auto-approve");
    expect(result).toMatchObject({ code: 0 });
    return result;
  };
  /** `plan -detailed-exitcode`: 0 no changes, 2 changes. */
  const plan = () => terraform("plan", "-detailed-exitcode");
  const only = () => {
    const all = emu.connections();
    expect(all).toHaveLength(1);
    return all[0]!; // the assertion above fails the test otherwise
  };
  const calls = () => emu.requests().map((r) => `${r.method} ${r.path.replace(emu.hostUrl.replace(emu.url, ""), "")} ${r.status}`);

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), "dbtcloud-e2e-"));
    emu = await startDbtCloudEmulator({ logFile: join(workDir, "emulator.log") });
    // A cache of its own: its CLI config then always lists dbtcloud, whatever other runs write to the shared one.
    tools = await ensureProviders({ require: ["dbtcloud"], env: { ...process.env, DBT_OAUTH_CACHE_DIR: join(workDir, "cache") } });
    writeFileSync(join(workDir, "main.tf.json"), JSON.stringify(terraformConfig(emu), null, 2));
    expect(await terraform("init")).toMatchObject({ code: 0 });
  });

  afterAll(async () => {
    await emu?.close();
    if (workDir && !keepOnFailure().keepWorkDir) rmSync(workDir, { recursive: true, force: true });
    else if (workDir) process.stderr.write(`dbtcloud e2e: work folder kept at ${workDir}\n`);
  });

  test("given an empty account, apply creates the connection with the client; the provider checks its account first", async () => {
    await apply();
    expect(only()).toMatchObject({ adapter_version: "databricks_v0", config: { ...DATABRICKS, client_id: FIRST_CLIENT.id, client_secret: FIRST_CLIENT.secret } });
    const log = calls();
    expect(log[0]).toBe("GET /v2/accounts/ 200");
    expect(log).toContain(`POST /v3/accounts/${emu.accountId}/connections/ 200`);
  });

  test("a re-plan is clean", async () => {
    expect((await plan()).code).toBe(0);
  });

  test("deleted in dbt Cloud: the plan drops it from state and the apply creates it again with the client", async () => {
    emu.deleteConnection(only().id);
    const planned = await plan();
    expect(planned.code).toBe(2);
    expect(planned.stdout).toContain("will be created");
    await apply();
    expect(only().config).toMatchObject({ client_id: FIRST_CLIENT.id, client_secret: FIRST_CLIENT.secret });
    expect((await plan()).code).toBe(0);
  });

  test("host changed in dbt Cloud: the plan shows it and the apply sets it back in place", async () => {
    const { id } = only();
    emu.modifyConnection(id, { config: { host: "someone-else.cloud.databricks.com" } });
    const planned = await plan();
    expect(planned.code).toBe(2);
    expect(planned.stdout).toContain("will be updated in-place");
    await apply();
    expect(only()).toMatchObject({ id, config: { host: DATABRICKS.host } });
  });

  test("client changed in dbt Cloud: invisible to a plan, because the API never returns client_id or client_secret", async () => {
    const { id } = only();
    emu.modifyConnection(id, { config: { client_id: "changed-in-the-ui", client_secret: "changed" } });
    expect((await plan()).code).toBe(0);
    emu.modifyConnection(id, { config: { client_id: FIRST_CLIENT.id, client_secret: FIRST_CLIENT.secret } });
  });

  test("a new client in the config is PATCHed in place (a 503 retried with its body), the connection keeps its id, the secret stays out of the output", async () => {
    const { id } = only();
    emu.clearRequests();
    emu.injectFault({ status: 503, method: "PATCH" });
    client = SECOND_CLIENT;
    const applied = await apply();
    expect(only()).toMatchObject({ id, config: { ...DATABRICKS, client_id: SECOND_CLIENT.id, client_secret: SECOND_CLIENT.secret } });
    const patches = calls().filter((c) => c.startsWith("PATCH"));
    expect(patches).toEqual([503, 200].map((status) => `PATCH /v3/accounts/${emu.accountId}/connections/${id}/ ${status}`));
    expect(applied.stdout).not.toContain(SECOND_CLIENT.secret);
  });

  test("an injected 503 on read is retried and the plan still succeeds", async () => {
    emu.clearRequests();
    emu.injectFault({ status: 503, method: "GET", path: "/connections/\\d+/$" });
    expect((await plan()).code).toBe(0);
    expect(emu.requests().filter((r) => r.fault)).toHaveLength(1);
  });

  test("destroy deletes the connection", async () => {
    expect(await terraform("destroy", "-auto-approve")).toMatchObject({ code: 0 });
    expect(emu.connections()).toEqual([]);
  });
});
