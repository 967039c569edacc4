/**
 * The workspace OIDC endpoints, where dbt Cloud signs developers in (facts.md section 8),
 * against RFC 6749: client authentication first (401 invalid_client, with a Basic challenge
 * when Basic was used), the grant second (400 invalid_grant), and the other errors of
 * section 5.2. Every test gets its own emulator serving two workspace hosts.
 */
import { startDatabricksEmulator, type DatabricksEmulator } from "./server";

const WS = "dbc-a1b2c3d4-e5f6.cloud.databricks.com";
const OTHER_WS = "dbc-99999999-0000.cloud.databricks.com";
const REDIRECT = "https://ab123.us1.dbt.com/complete/databricks";

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: an OAuth answer, asserted on as RFC 6749 gives it
  body: any;
}

let emu: DatabricksEmulator;
beforeEach(async () => {
  emu = await startDatabricksEmulator({ workspaceHosts: [WS, OTHER_WS] });
});
afterEach(async () => {
  await emu.close();
});

async function newClient(name = "dbt-cloud-ab123"): Promise<{ integration_id: string; client_id: string; client_secret: string }> {
  const res = await fetch(`${emu.url}/api/2.0/accounts/${emu.accountId}/oauth2/custom-app-integrations`, {
    method: "POST",
    headers: { authorization: `Bearer ${emu.token}`, "content-type": "application/json" },
    body: JSON.stringify({ name, confidential: true, scopes: ["sql", "offline_access"], redirect_urls: ["https://ab123.us1.dbt.com", REDIRECT] }),
  });
  return (await res.json()) as { integration_id: string; client_id: string; client_secret: string };
}

const basic = (id: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString("base64")}` });

async function token(form: Record<string, string>, headers: Record<string, string> = {}, host = WS): Promise<Answer> {
  const res = await fetch(`${emu.workspaces[host]}/oidc/v1/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

async function authorizeAt(clientId: string, host = WS, extra: Record<string, string> = {}): Promise<Response> {
  const query = new URLSearchParams({ response_type: "code", client_id: clientId, redirect_uri: REDIRECT, state: "s1", ...extra });
  return fetch(`${emu.workspaces[host]}/oidc/v1/authorize?${query}`, { redirect: "manual" });
}

async function codeFor(clientId: string, host = WS): Promise<string> {
  const res = await authorizeAt(clientId, host);
  expect(res.status).toBe(302);
  return new URL(res.headers.get("location")!).searchParams.get("code")!;
}

describe("discovery", () => {
  test("each workspace host has its own listener whose discovery names its own token endpoint, apart from the account's", async () => {
    expect(Object.keys(emu.workspaces).sort()).toEqual([WS, OTHER_WS].sort());
    const url = emu.workspaces[WS]!;
    expect(url).not.toBe(emu.url);
    const res = await fetch(`${url}/oidc/.well-known/oauth-authorization-server`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      issuer: `${url}/oidc`,
      authorization_endpoint: `${url}/oidc/v1/authorize`,
      token_endpoint: `${url}/oidc/v1/token`,
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    });
    expect((await fetch(`${url}/oidc/accounts/${emu.accountId}/v1/token`, { method: "POST" })).status).toBe(404);
    expect(await emu.addWorkspace(WS)).toBe(url);
    expect((await (await fetch(`${emu.url}/_emulator`)).json()).workspaces).toEqual(emu.workspaces);
  });
});

describe("a developer's sign-in: authorize, code, refresh", () => {
  test("the code redeems once for tokens (client_secret_basic), and the refresh token then refreshes (client_secret_post)", async () => {
    const client = await newClient();
    const code = await codeFor(client.client_id);
    const granted = await token({ grant_type: "authorization_code", code, redirect_uri: REDIRECT }, basic(client.client_id, client.client_secret));
    expect(granted.status).toBe(200);
    expect(granted.headers.get("cache-control")).toBe("no-store");
    expect(granted.body).toEqual({ access_token: expect.any(String), refresh_token: expect.any(String), token_type: "Bearer", expires_in: 3600, scope: "sql offline_access" });

    const refreshed = await token({ grant_type: "refresh_token", refresh_token: granted.body.refresh_token, client_id: client.client_id, client_secret: client.client_secret });
    expect(refreshed).toMatchObject({ status: 200, body: { refresh_token: granted.body.refresh_token } });

    const again = await token({ grant_type: "authorization_code", code, redirect_uri: REDIRECT }, basic(client.client_id, client.client_secret));
    expect(again).toMatchObject({ status: 400, body: { error: "invalid_grant", error_description: "authorization code is invalid or was already used" } });
    expect(emu.clientChecks().map((c) => [c.grantType, c.ok, c.workspace])).toEqual([
      ["authorize", true, WS],
      ["authorization_code", true, WS],
      ["refresh_token", true, WS],
      ["authorization_code", true, WS],
    ]);
  });

  test("a grant is good only for its client and at its workspace, and a code only with its redirect_uri", async () => {
    const a = await newClient("a");
    const b = await newClient("b");
    const rt = (await token({ grant_type: "authorization_code", code: await codeFor(a.client_id), redirect_uri: REDIRECT }, basic(a.client_id, a.client_secret))).body
      .refresh_token;

    const otherClient = await token({ grant_type: "refresh_token", refresh_token: rt }, basic(b.client_id, b.client_secret));
    const otherWorkspace = await token({ grant_type: "refresh_token", refresh_token: rt }, basic(a.client_id, a.client_secret), OTHER_WS);
    const otherRedirect = await token(
      { grant_type: "authorization_code", code: await codeFor(a.client_id), redirect_uri: "https://ab123.us1.dbt.com" },
      basic(a.client_id, a.client_secret),
    );
    expect([otherClient, otherWorkspace, otherRedirect].map((r) => [r.status, r.body.error, r.body.error_description])).toEqual([
      [400, "invalid_grant", "refresh token was issued to another client"],
      [400, "invalid_grant", "refresh token is invalid"],
      [400, "invalid_grant", "redirect_uri does not match the authorization request"],
    ]);
  });

  test("authorize answers an unknown client or an unregistered redirect URI itself, never redirecting; it echoes state", async () => {
    const client = await newClient();
    const unknown = await authorizeAt("00000000-0000-0000-0000-000000000000");
    const badRedirect = await authorizeAt(client.client_id, WS, { redirect_uri: "https://evil.example.com/cb" });
    expect([unknown.status, unknown.headers.get("location"), (await unknown.json()).error]).toEqual([400, null, "invalid_client"]);
    expect([badRedirect.status, badRedirect.headers.get("location"), (await badRedirect.json()).error]).toEqual([400, null, "invalid_request"]);
    const ok = new URL((await authorizeAt(client.client_id)).headers.get("location")!);
    expect(`${ok.origin}${ok.pathname}`).toBe(REDIRECT);
    expect(ok.searchParams.get("state")).toBe("s1");
  });
});

describe("RFC 6749 section 5.2: the client first, the grant second", () => {
  const probe = { grant_type: "refresh_token", refresh_token: "deliberately-invalid" };

  test("a live client with an invalid refresh token: 400 invalid_grant (the readiness probe's 'ready')", async () => {
    const client = await newClient();
    const viaBasic = await token(probe, basic(client.client_id, client.client_secret));
    const viaPost = await token({ ...probe, client_id: client.client_id, client_secret: client.client_secret });
    for (const res of [viaBasic, viaPost]) expect(res).toMatchObject({ status: 400, body: { error: "invalid_grant", error_description: "refresh token is invalid" } });
  });

  test("a wrong secret, an unknown client, a deleted integration: 401 invalid_client whatever the grant; a Basic challenge only after Basic", async () => {
    const client = await newClient();
    const wrongBasic = await token(probe, basic(client.client_id, `${client.client_secret}x`));
    const wrongPost = await token({ ...probe, client_id: client.client_id, client_secret: "nope" });
    const unknown = await token({ grant_type: "password" }, basic("00000000-0000-0000-0000-000000000000", "x"));
    emu.deleteIntegration(client.integration_id);
    const deleted = await token(probe, basic(client.client_id, client.client_secret));
    expect([wrongBasic, wrongPost, unknown, deleted].map((r) => [r.status, r.body.error, r.body.error_description, r.headers.get("www-authenticate")])).toEqual([
      [401, "invalid_client", "Client authentication failed: wrong secret", 'Basic realm="oidc"'],
      [401, "invalid_client", "Client authentication failed: wrong secret", null],
      [401, "invalid_client", "Client authentication failed: unknown client", 'Basic realm="oidc"'],
      [401, "invalid_client", "Client authentication failed: integration deleted", 'Basic realm="oidc"'],
    ]);
  });

  test("propagation is per client: a new client is invalid_client until its delay has passed, then invalid_grant; an older one is unaffected", async () => {
    const older = await newClient("older");
    emu.setPropagationSeconds(0.6);
    const fresh = await newClient("fresh");
    const early = await token(probe, basic(fresh.client_id, fresh.client_secret));
    expect(early).toMatchObject({ status: 401, body: { error: "invalid_client", error_description: expect.stringMatching(/^Client authentication failed: propagating until /) } });
    expect((await token(probe, basic(older.client_id, older.client_secret))).body.error).toBe("invalid_grant");
    expect((await authorizeAt(fresh.client_id)).status).toBe(400);
    const from = Date.parse(emu.integrations().find((i) => i.client_id === fresh.client_id)!.authenticates_from);
    await new Promise((resolve) => setTimeout(resolve, from - Date.now() + 20));
    expect((await token(probe, basic(fresh.client_id, fresh.client_secret))).body.error).toBe("invalid_grant");
  });

  test("no grant_type, a missing refresh_token, both authentication methods: 400 invalid_request; an unknown grant: 400 unsupported_grant_type", async () => {
    const client = await newClient();
    const auth = basic(client.client_id, client.client_secret);
    const answers = [
      await token({ refresh_token: "x" }, auth),
      await token({ grant_type: "refresh_token" }, auth),
      await token({ ...probe, client_id: client.client_id, client_secret: client.client_secret }, auth),
      await token({ grant_type: "password", username: "u", password: "p" }, auth),
    ];
    expect(answers.map((r) => [r.status, r.body.error])).toEqual([
      [400, "invalid_request"],
      [400, "invalid_request"],
      [400, "invalid_request"],
      [400, "unsupported_grant_type"],
    ]);
    const json = await fetch(`${emu.workspaces[WS]}/oidc/v1/token`, { method: "POST", headers: { "content-type": "text/plain" }, body: "x" });
    expect([json.status, ((await json.json()) as { error: string }).error]).toEqual([400, "invalid_request"]);
  });
});
