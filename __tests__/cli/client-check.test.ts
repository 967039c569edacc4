/**
 * The test step (`npm run rotate -- check`): given a client and a workspace, when the
 * invalid-refresh-token probe is sent, then invalid_grant is ready, invalid_client is not
 * ready with the server's reason, and everything else is unknown, never ready. Against the
 * Databricks emulator's workspace endpoints, hand-made servers for the odd answers, and
 * moto for the secret.
 */
import { CreateSecretCommand, PutSecretValueCommand } from "@aws-sdk/client-secrets-manager";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  checkClient,
  checkUntil,
  classify,
  type ClientCheckResult,
  exitCodeOf,
  formatCheck,
  probeWorkspace,
  settledCheck,
  workspaceBaseUrl,
  workspaceHostFor,
} from "../../cli/client-check";
import { addChecks, finishDecision, rotationStatus } from "../../cli/rotate";
import { parseConfig } from "../../lib/config/load-config";
import { startDatabricksEmulator, type DatabricksEmulator } from "../../tools/databricks-emulator/server";
import { configInput, integrationInput, MANAGED_DBT_CLOUD } from "../support/config";
import { MOTO_CREDENTIALS_ENV, useMotoSecretsManager } from "../support/moto-secrets-manager";

const WS = "dbc-a1b2c3d4-e5f6.cloud.databricks.com";
const FAST = { timeoutMs: 500, attempts: 3, retryDelayMs: 10 };

let emu: DatabricksEmulator;
beforeAll(async () => {
  emu = await startDatabricksEmulator({ workspaceHosts: [WS] });
});
afterAll(async () => {
  await emu.close();
});

async function newClient(name: string): Promise<{ integration_id: string; client_id: string; client_secret: string }> {
  const res = await fetch(`${emu.url}/api/2.0/accounts/${emu.accountId}/oauth2/custom-app-integrations`, {
    method: "POST",
    headers: { authorization: `Bearer ${emu.token}`, "content-type": "application/json" },
    body: JSON.stringify({ name, confidential: true, scopes: ["sql", "offline_access"], redirect_urls: ["https://ab123.us1.dbt.com/complete/databricks"] }),
  });
  return (await res.json()) as { integration_id: string; client_id: string; client_secret: string };
}
const asClient = (c: { client_id: string; client_secret: string }) => ({ clientId: c.client_id, clientSecret: c.client_secret });

/** A stand-in workspace whose token endpoint answers as `answer` says; counts what it got. */
async function oddWorkspace(answer: (n: number) => { status: number; body?: string } | "hang", discovery?: (base: string) => string) {
  const seen = { discovery: 0, token: 0 };
  const server: Server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === "/oidc/.well-known/oauth-authorization-server") {
      seen.discovery++;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ token_endpoint: discovery ? discovery(base) : `${base}/oidc/v1/token` }));
      return;
    }
    seen.token++;
    const a = answer(seen.token);
    if (a === "hang") return;
    res.writeHead(a.status, { "content-type": "application/json" }).end(a.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe("classify (RFC 6749 section 5.2)", () => {
  test.each([
    [400, { error: "invalid_grant", error_description: "refresh token is invalid" }, "ready"],
    [401, { error: "invalid_client", error_description: "Client authentication failed: propagating until T" }, "not ready"],
    [400, { error: "invalid_client" }, "not ready"],
    [200, { access_token: "x" }, "unknown"],
    [400, { error: "invalid_request" }, "unknown"],
    [400, { error: "unsupported_grant_type" }, "unknown"],
    [503, undefined, "unknown"],
    [401, { error_code: "UNAUTHENTICATED" }, "unknown"],
  ])("HTTP %i %j is %s", (status, body, verdict) => {
    expect(classify(status, body).verdict).toBe(verdict);
  });
});

describe("probeWorkspace against the emulated workspace", () => {
  test("a live client is ready; a propagating one is not ready with the server's reason, until its delay passes", async () => {
    const live = await newClient("live");
    emu.setPropagationSeconds(0.5);
    const fresh = await newClient("fresh");
    emu.setPropagationSeconds(0);
    const base = emu.workspaces[WS]!;

    expect(await probeWorkspace(base, asClient(live), FAST)).toMatchObject({ verdict: "ready" });
    expect(await probeWorkspace(base, asClient(fresh), FAST)).toEqual({ verdict: "not ready", reason: expect.stringMatching(/^Client authentication failed: propagating until /) });
    await new Promise((resolve) => setTimeout(resolve, 550));
    expect((await probeWorkspace(base, asClient(fresh), FAST)).verdict).toBe("ready");
    expect(emu.clientChecks().every((c) => c.workspace === WS)).toBe(true);
  });

  test("a deleted integration's client and a wrong secret are not ready, each with its reason", async () => {
    const gone = await newClient("gone");
    emu.deleteIntegration(gone.integration_id);
    const base = emu.workspaces[WS]!;
    expect(await probeWorkspace(base, asClient(gone), FAST)).toEqual({ verdict: "not ready", reason: "Client authentication failed: integration deleted" });
    const kept = await newClient("kept");
    expect((await probeWorkspace(base, { ...asClient(kept), clientSecret: "dose-wrong" }, FAST)).reason).toBe("Client authentication failed: wrong secret");
  });
});

describe("unknown is never ready, and is retried a bounded number of times", () => {
  test("a 503 then invalid_grant: ready on the second attempt", async () => {
    const ws = await oddWorkspace((n) => (n === 1 ? { status: 503 } : { status: 400, body: JSON.stringify({ error: "invalid_grant" }) }));
    try {
      expect((await probeWorkspace(ws.url, { clientId: "c", clientSecret: "s" }, FAST)).verdict).toBe("ready");
      expect(ws.seen.token).toBe(2);
    } finally {
      await ws.close();
    }
  });

  test("always 200 (a server that takes any token) is unknown after exactly `attempts` tries", async () => {
    const ws = await oddWorkspace(() => ({ status: 200, body: JSON.stringify({ access_token: "x" }) }));
    try {
      const result = await probeWorkspace(ws.url, { clientId: "c", clientSecret: "s" }, FAST);
      expect(result).toEqual({ verdict: "unknown", reason: "unexpected answer: HTTP 200, HTTP 200 (after 3 attempts)" });
      expect(ws.seen.token).toBe(3);
    } finally {
      await ws.close();
    }
  });

  test("a token endpoint that never answers times out; a closed port is refused: both unknown", async () => {
    const ws = await oddWorkspace(() => "hang");
    try {
      const started = Date.now();
      expect(await probeWorkspace(ws.url, { clientId: "c", clientSecret: "s" }, { ...FAST, attempts: 2 })).toEqual({ verdict: "unknown", reason: "timed out (after 2 attempts)" });
      expect(Date.now() - started).toBeLessThan(2 * FAST.timeoutMs + 1000);
    } finally {
      await ws.close();
    }
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await probeWorkspace(`http://127.0.0.1:${port}`, { clientId: "c", clientSecret: "s" }, { ...FAST, attempts: 1 })).toEqual({
      verdict: "unknown",
      reason: `connect ECONNREFUSED 127.0.0.1:${port} (after 1 attempt)`,
    });
  });

  test("discovery naming a token endpoint on another origin: unknown, and the secret is not sent there", async () => {
    const elsewhere = await oddWorkspace(() => ({ status: 400, body: JSON.stringify({ error: "invalid_grant" }) }));
    const ws = await oddWorkspace(
      () => ({ status: 500 }),
      () => `${elsewhere.url}/oidc/v1/token`,
    );
    try {
      const result = await probeWorkspace(ws.url, { clientId: "c", clientSecret: "s" }, { ...FAST, attempts: 1 });
      expect(result.verdict).toBe("unknown");
      expect(result.reason).toMatch(/names a token endpoint on another origin .*; the client's secret is not sent there/);
      expect(elsewhere.seen.token + ws.seen.token).toBe(0);
    } finally {
      await ws.close();
      await elsewhere.close();
    }
  });
});

describe("which workspace", () => {
  const managed = parseConfig(configInput({ integrations: [integrationInput({ dbtCloud: MANAGED_DBT_CLOUD })] })).config;
  const unmanaged = parseConfig(configInput()).config;

  test("the managed connection's host, or --workspace; none known is an error that says what to pass", () => {
    expect(workspaceHostFor(managed.integrations[0]!)).toBe(WS);
    expect(workspaceHostFor(unmanaged.integrations[0]!, "dbc-1.cloud.databricks.com")).toBe("dbc-1.cloud.databricks.com");
    expect(() => workspaceHostFor(unmanaged.integrations[0]!)).toThrow(/no managed dbt Cloud connection, so no workspace is known: pass --workspace HOST/);
    expect(() => workspaceHostFor(unmanaged.integrations[0]!, "https://dbc-1.cloud.databricks.com/")).toThrow(
      '--workspace "https://dbc-1.cloud.databricks.com/" is not a workspace host name',
    );
  });

  test("https://HOST for a real account; in the sandbox only the mapped URL, never the real host", () => {
    expect(workspaceBaseUrl(WS, undefined)).toBe(`https://${WS}`);
    const sandbox = { databricksUrl: "http://127.0.0.1:1", awsUrl: "http://127.0.0.1:2", workspaces: { [WS]: "http://127.0.0.1:3/" } };
    expect(workspaceBaseUrl(WS, sandbox)).toBe("http://127.0.0.1:3");
    expect(() => workspaceBaseUrl("dbc-other.cloud.databricks.com", sandbox)).toThrow(
      `sandbox.workspaces has no entry for workspace dbc-other.cloud.databricks.com: the sandbox serves ${WS}`,
    );
  });
});

const result = (verdict: ClientCheckResult["verdict"], reason: string = verdict): ClientCheckResult => ({
  integration: "prod",
  stage: "AWSPENDING",
  clientId: "c-2",
  workspace: WS,
  verdict,
  reason,
});

describe("settledCheck and checkUntil", () => {
  const sequence = (...verdicts: ClientCheckResult["verdict"][]) => {
    let i = 0;
    return jest.fn(async () => result(verdicts[Math.min(i++, verdicts.length - 1)]!));
  };

  test("ready only after every probe over the settle period says ready; the first other answer ends it", async () => {
    const allReady = sequence("ready");
    const started = Date.now();
    expect(await settledCheck(allReady, { settleMs: 300, probes: 4 })).toMatchObject({
      verdict: "ready",
      reason: expect.stringMatching(/^ready at 4 consecutive checks over \d+ s$/),
    });
    expect(allReady).toHaveBeenCalledTimes(4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    const lucky = sequence("ready", "not ready", "ready");
    expect((await settledCheck(lucky, { settleMs: 60, probes: 4 })).verdict).toBe("not ready");
    expect(lucky).toHaveBeenCalledTimes(2);
    expect((await settledCheck(sequence("ready", "unknown"), { settleMs: 60, probes: 4 })).verdict).toBe("unknown");
  });

  test("checkUntil retries until ready, or returns the last answer once the deadline has passed", async () => {
    const later = sequence("not ready", "not ready", "ready");
    expect((await checkUntil(later, new Date(Date.now() + 5000), 20)).verdict).toBe("ready");
    expect(later).toHaveBeenCalledTimes(3);
    const never = sequence("not ready");
    const started = Date.now();
    expect((await checkUntil(never, new Date(Date.now() + 150), 40)).verdict).toBe("not ready");
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("finishDecision: the check first, the window only when the check cannot tell", () => {
  const open = { ready: false, readyAt: new Date("2026-12-01T10:30:00Z"), reason: "inside the window" };
  const passed = { ready: true, readyAt: new Date("2026-12-01T10:30:00Z"), reason: "the window has passed" };

  test.each([
    ["ready inside the window: allowed", result("ready"), open, true],
    ["not ready after the window: refused", result("not ready", "Client authentication failed: integration deleted"), passed, false],
    ["not ready inside the window: refused", result("not ready"), open, false],
    ["unknown inside the window: refused (the window rules)", result("unknown"), open, false],
    ["unknown after the window: allowed (the window rules)", result("unknown"), passed, true],
  ])("%s", (_, check, window, ready) => {
    expect(finishDecision(check, window).ready).toBe(ready);
  });

  test("a refusal after the window names the workspace, the client and the server's reason", () => {
    expect(finishDecision(result("not ready", "Client authentication failed: integration deleted"), passed).reason).toBe(
      `workspace ${WS} does not accept the pending client c-2 yet (Client authentication failed: integration deleted), although its propagation window has passed: is it the client that was deployed?`,
    );
  });
});

describe("checkClient: the client read from Secrets Manager, checked at the connection's workspace", () => {
  const moto = useMotoSecretsManager();
  const SECRET = "dbt-cloud/databricks-oauth/prod";
  const configFor = () =>
    parseConfig(
      configInput({
        integrations: [integrationInput({ dbtCloud: MANAGED_DBT_CLOUD, secret: { name: SECRET } })],
        sandbox: { databricksUrl: emu.url, awsUrl: moto.url(), dbtCloudUrl: "http://127.0.0.1:9", workspaces: emu.workspaces },
      }),
    ).config;

  test("AWSCURRENT's client is ready; AWSPENDING absent is unknown (exit 1) saying no rotation is deployed; no line carries the secret", async () => {
    const client = await newClient("stored");
    const value = JSON.stringify({ client_id: client.client_id, client_secret: client.client_secret });
    await moto.client().send(new CreateSecretCommand({ Name: SECRET, SecretString: value }));
    const config = configFor();
    const spec = config.integrations[0]!;

    const current = await checkClient(config, spec, "current", undefined, FAST, MOTO_CREDENTIALS_ENV);
    const pending = await checkClient(config, spec, "pending", undefined, FAST, MOTO_CREDENTIALS_ENV);

    expect(formatCheck(current)).toBe(`prod: current client ${client.client_id} (AWSCURRENT) at workspace ${WS}: ready`);
    expect(formatCheck(pending)).toBe(
      `prod: pending client (unread) (AWSPENDING) at workspace ${WS}: unknown (${SECRET} (us-east-1) has no AWSPENDING version: no rotation is deployed (run \`npm run rotate -- start\` and deploy it))`,
    );
    expect([exitCodeOf([current]), exitCodeOf([pending]), exitCodeOf([current, { ...current, verdict: "not ready" }])]).toEqual([0, 1, 2]);
    for (const r of [current, pending]) expect(JSON.stringify(r) + formatCheck(r)).not.toContain(client.client_secret);
  });

  test("status --check (the scheduled rotate run): a pending client the workspace refuses is not ready to finish, even after its window", async () => {
    const current = await newClient("status-current");
    emu.setPropagationSeconds(30);
    const pending = await newClient("status-pending");
    emu.setPropagationSeconds(0);
    await moto.client().send(new CreateSecretCommand({ Name: SECRET, SecretString: JSON.stringify({ client_id: current.client_id, client_secret: current.client_secret }) }));
    await moto.client().send(
      new PutSecretValueCommand({
        SecretId: SECRET,
        SecretString: JSON.stringify({ client_id: pending.client_id, client_secret: pending.client_secret }),
        VersionStages: ["AWSPENDING"],
      }),
    );
    const config = parseConfig(
      configInput({
        integrations: [integrationInput({ dbtCloud: MANAGED_DBT_CLOUD, secret: { name: SECRET }, rotation: { current: "r1", pending: "r2" } })],
        sandbox: { databricksUrl: emu.url, awsUrl: moto.url(), dbtCloudUrl: "http://127.0.0.1:9", workspaces: emu.workspaces },
      }),
    ).config;
    const longAgo = new Date(Date.now() - 3600_000).toISOString();
    const outputs = {
      prod_clients: {
        value: {
          r1: { client_id: current.client_id, integration_id: current.integration_id, create_time: longAgo, stage: "AWSCURRENT" },
          r2: { client_id: pending.client_id, integration_id: pending.integration_id, create_time: longAgo, stage: "AWSPENDING" },
        },
      },
    };
    const statuses = rotationStatus(config, outputs, new Date());
    expect(statuses[0]!.finish?.ready).toBe(true); // the window alone would say ready

    await addChecks(config, statuses, FAST, MOTO_CREDENTIALS_ENV);

    expect(statuses[0]).toMatchObject({ currentCheck: { verdict: "ready" }, pendingCheck: { verdict: "not ready" }, finish: { ready: false } });
  });

  test("a pending client just stored is not ready while propagating", async () => {
    emu.setPropagationSeconds(30);
    const fresh = await newClient("pending-fresh");
    emu.setPropagationSeconds(0);
    await moto.client().send(new CreateSecretCommand({ Name: SECRET, SecretString: "{}" }));
    await moto.client().send(
      new PutSecretValueCommand({
        SecretId: SECRET,
        SecretString: JSON.stringify({ client_id: fresh.client_id, client_secret: fresh.client_secret }),
        VersionStages: ["AWSPENDING"],
      }),
    );
    const config = configFor();
    const pending = await checkClient(config, config.integrations[0]!, "pending", undefined, FAST, MOTO_CREDENTIALS_ENV);
    expect(pending).toMatchObject({ verdict: "not ready", clientId: fresh.client_id, reason: expect.stringMatching(/propagating until/) });
  });
});
