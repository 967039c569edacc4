/**
 * The sign-in prober against both emulators in process: dbt Cloud's
 * connection says which client is held, the Databricks workspace's token
 * endpoint says whether it signs in.
 */
import { startDatabricksEmulator, type DatabricksEmulator } from "../databricks-emulator/server";
import { startDbtCloudEmulator, type DbtCloudEmulator } from "../dbtcloud-emulator/server";
import { formatTimeline, heldByConnection, SignInProber, summarize, workspaceUrlOf, type Probe } from "./prober";

const WORKSPACE = "dbc-1.cloud.databricks.com";
let databricks: DatabricksEmulator;
let dbtCloud: DbtCloudEmulator;
let connectionId: number | undefined;

beforeEach(async () => {
  [databricks, dbtCloud] = await Promise.all([startDatabricksEmulator({ workspaceHosts: [WORKSPACE] }), startDbtCloudEmulator()]);
  connectionId = undefined;
});
afterEach(async () => {
  await Promise.all([databricks.close(), dbtCloud.close()]);
});

async function newIntegration(name: string): Promise<{ integration_id: string; client_id: string; client_secret: string }> {
  const res = await fetch(`${databricks.url}/api/2.0/accounts/${databricks.accountId}/oauth2/custom-app-integrations`, {
    method: "POST",
    headers: { authorization: `Bearer ${databricks.token}`, "content-type": "application/json" },
    body: JSON.stringify({ name, confidential: true, scopes: ["sql", "offline_access"], redirect_urls: ["https://ab123.us1.dbt.com/callback"] }),
  });
  return (await res.json()) as { integration_id: string; client_id: string; client_secret: string };
}

/** dbt Cloud gets the client as the provider's Create would store it. */
function connectionHolding(client: { client_id: string; client_secret: string }): void {
  const created = dbtCloud.store.create({
    name: "Databricks",
    adapter_version: "databricks_v0",
    config: { host: WORKSPACE, http_path: "/sql/1.0/warehouses/x", ...client },
  });
  connectionId = created.id;
}

const startProber = () => SignInProber.start({ currentClient: heldByConnection(dbtCloud, () => connectionId), workspaceUrl: workspaceUrlOf(databricks, WORKSPACE) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("given dbt Cloud holds a working client, about 4 probes a second all succeed at the workspace: one sign-in with a code, then refreshes", async () => {
  connectionHolding(await newIntegration("dbt-a"));
  const prober = startProber();
  await sleep(1100);
  const probes = await prober.stop();
  expect(probes.length).toBeGreaterThanOrEqual(3); // 5 at rest; fewer on a loaded machine
  expect(probes.length).toBeLessThanOrEqual(6);
  expect(summarize(probes)).toMatchObject({ failures: 0, switches: [] });
  // The first probe authorizes and redeems the code; every later one refreshes.
  expect(databricks.clientChecks().map((c) => `${c.grantType}@${c.workspace}`)).toEqual([
    `authorize@${WORKSPACE}`,
    ...probes.map((_, i) => `${i === 0 ? "authorization_code" : "refresh_token"}@${WORKSPACE}`),
  ]);
});

test("given a switch to a client still propagating, the probes fail until the window ends, and the summary shows the switch", async () => {
  const first = await newIntegration("dbt-a");
  connectionHolding(first);
  databricks.setPropagationSeconds(0.8);
  const second = await newIntegration("dbt-b");
  const prober = startProber();
  await sleep(300);
  dbtCloud.modifyConnection(connectionId!, { config: { client_id: second.client_id, client_secret: second.client_secret } });
  await sleep(1300);
  const probes = await prober.stop();

  const summary = summarize(probes);
  expect(summary.switches).toEqual([{ from: first.client_id, to: second.client_id, at: expect.objectContaining({ clientId: second.client_id }) }]);
  expect(summary.failures).toBeGreaterThan(0);
  expect(summary.firstFailure).toMatchObject({ clientId: second.client_id, reason: expect.stringMatching(/propagating until/) });
  // Failures stop once the new client has propagated: the last probe succeeds.
  const propagatedAt = Date.parse(databricks.integrations().find((i) => i.client_id === second.client_id)!.authenticates_from);
  expect(Date.parse(summary.lastFailure!.time)).toBeLessThan(propagatedAt + 50);
  expect(probes.at(-1)?.ok).toBe(true);
});

test("given the integration is deleted or the connection is gone, probes fail with the reason", async () => {
  const client = await newIntegration("dbt-a");
  connectionHolding(client);
  const prober = startProber();
  await sleep(300);
  databricks.deleteIntegration(client.integration_id);
  await sleep(400);
  dbtCloud.deleteConnection(connectionId!);
  await sleep(400);
  const reasons = [...new Set((await prober.stop()).map((p) => p.reason))];
  expect(reasons).toEqual(["ok", "Client authentication failed: integration deleted", "dbt Cloud holds no client"]);
});

test("probes and API calls share one order through globalSeq", async () => {
  connectionHolding(await newIntegration("dbt-a"));
  const prober = startProber();
  await sleep(300);
  await fetch(`${dbtCloud.hostUrl}/v2/accounts/`, { headers: { authorization: `Token ${dbtCloud.token}` } });
  await sleep(300);
  const probes = await prober.stop();
  const [call] = dbtCloud.requests();
  if (!call) throw new Error("the dbt Cloud emulator recorded no request, though the test sent one");
  expect(probes.some((p) => p.globalSeq < call.globalSeq)).toBe(true);
  expect(probes.some((p) => p.globalSeq > call.globalSeq)).toBe(true);
});

test("the timeline names the count, the failures, the first and last failure and each switch", () => {
  const probe = (seq: number, clientId: string | null, ok: boolean, reason = ok ? "ok" : "propagating until later"): Probe => ({
    globalSeq: seq,
    time: `2026-12-02T04:00:0${seq}.000Z`,
    clientId,
    ok,
    reason,
  });
  const text = formatTimeline([probe(1, "aaaaaaaa-1", true), probe(2, "bbbbbbbb-2", false), probe(3, "bbbbbbbb-2", false), probe(4, "bbbbbbbb-2", true)]);
  expect(text).toBe(
    [
      "sign-in probes: 4 over 3.0 s, 2 failed",
      "  04:00:01.000 client aaaaaaaa…",
      "  04:00:02.000 client aaaaaaaa… -> bbbbbbbb… (seq 2)",
      "  first failure 04:00:02.000 bbbbbbbb…: propagating until later (seq 2)",
      "  last failure  04:00:03.000 bbbbbbbb…: propagating until later (seq 3)",
    ].join("\n"),
  );
  expect(formatTimeline([])).toBe("sign-in probes: 0, 0 failed");
});
