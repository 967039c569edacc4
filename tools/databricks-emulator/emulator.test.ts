/**
 * The emulator against the published shapes (databricks-sdk-go v0.93.0
 * service/oauth2/model.go) and the behaviour the provider relies on. Every
 * test gets its own emulator on a free port.
 */
import * as http from "node:http";
import * as path from "node:path";
import { spawnMain } from "../common/spawn-main";
import { startDatabricksEmulator, type DatabricksEmulator } from "./server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const DBT_APP = {
  name: "dbt-cloud-ab123",
  confidential: true,
  redirect_urls: ["https://ab123.us1.dbt.com/callback", "https://ab123.us1.dbt.com/complete/databricks"] as [string, string],
  scopes: ["sql", "offline_access"],
  token_access_policy: { access_token_ttl_in_minutes: 60, refresh_token_ttl_in_minutes: 10080 },
};

interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: a response body, asserted on as the API documents it
  body: any;
}

let emu: DatabricksEmulator;
beforeEach(async () => {
  emu = await startDatabricksEmulator();
});
afterEach(async () => {
  await emu.close();
});

const collection = () => `/api/2.0/accounts/${emu.accountId}/oauth2/custom-app-integrations`;
const item = (id: string) => `${collection()}/${id}`;
const bearer = () => ({ authorization: `Bearer ${emu.token}` });
const basic = (user: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`,
});

async function call(method: string, urlPath: string, body?: unknown, headers: Record<string, string> = bearer()): Promise<Reply> {
  const res = await fetch(emu.url + urlPath, {
    method,
    headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

function statusOfRawRequest(method: string, urlPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(emu.url + urlPath.replace(/\?$/, ""), { method, path: urlPath, headers: bearer() }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

async function create(overrides: Record<string, unknown> = {}): Promise<{ integration_id: string; client_id: string; client_secret?: string }> {
  const res = await call("POST", collection(), { ...DBT_APP, ...overrides });
  expect(res.status).toBe(200);
  return res.body;
}

describe("create and get", () => {
  test("create returns the client secret once; GET and list never do", async () => {
    const created = await create();
    expect(Object.keys(created).sort()).toEqual(["client_id", "client_secret", "integration_id"]);
    expect(created.integration_id).toMatch(UUID);
    expect(created.client_id).toMatch(UUID);
    expect(created.client_secret).toMatch(/^dose[0-9a-f]{64}$/);

    const got = await call("GET", item(created.integration_id));
    expect(got.status).toBe(200);
    expect(got.body).toEqual({
      integration_id: created.integration_id,
      client_id: created.client_id,
      name: DBT_APP.name,
      confidential: true,
      redirect_urls: DBT_APP.redirect_urls,
      scopes: DBT_APP.scopes,
      token_access_policy: DBT_APP.token_access_policy,
      user_authorized_scopes: [],
      create_time: expect.stringMatching(RFC3339),
      created_by: expect.any(Number),
      creator_username: "admin@example.com",
    });

    const list = await call("GET", `${collection()}?include_creator_username=true`);
    expect(list.body.apps).toEqual([got.body]);
    // The control interface is the only other place the secret shows up.
    expect(emu.integrations()[0]?.client_secret).toBe(created.client_secret);
  });

  test("a public (non-confidential) client gets no secret; TTLs default to 60 / 10080 minutes", async () => {
    const created = await create({ confidential: false, token_access_policy: undefined });
    expect(created.client_secret).toBeUndefined();
    const got = await call("GET", item(created.integration_id));
    expect(got.body.confidential).toBe(false);
    expect(got.body.token_access_policy).toEqual({ access_token_ttl_in_minutes: 60, refresh_token_ttl_in_minutes: 10080 });
  });

  test("a missing integration is 404 RESOURCE_DOES_NOT_EXIST, for GET, PATCH and DELETE", async () => {
    const expected = {
      error_code: "RESOURCE_DOES_NOT_EXIST",
      message: "Custom app integration with integration_id 'no-such-id' does not exist",
    };
    for (const [method, body] of [["GET"], ["PATCH", { scopes: ["sql"] }], ["DELETE"]] as const) {
      const res = await call(method, item("no-such-id"), body);
      expect(res.status).toBe(404);
      expect(res.body).toEqual(expected);
    }
  });

  test("the Go SDK's trailing '?' on GET and DELETE (empty query string) is accepted", async () => {
    const { integration_id } = await create();
    // fetch() drops an empty query string; node:http sends the path exactly as given.
    expect(await statusOfRawRequest("GET", `${item(integration_id)}?`)).toBe(200);
    expect(await statusOfRawRequest("DELETE", `${item(integration_id)}?`)).toBe(200);
    expect(emu.integrations()).toEqual([]);
  });
});

describe("authentication", () => {
  test.each([
    ["no Authorization header", {}],
    ["a wrong bearer token", { authorization: "Bearer dapi-wrong" }],
    ["a wrong basic password", "wrong-basic"],
    ["an unknown scheme", { authorization: "Token abc" }],
  ])("401 UNAUTHENTICATED with %s", async (_label, headers) => {
    const h = headers === "wrong-basic" ? basic(emu.credentials.basic.username, "nope") : (headers as Record<string, string>);
    const res = await call("POST", collection(), DBT_APP, h);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error_code: "UNAUTHENTICATED", message: expect.any(String) });
    expect(emu.integrations()).toEqual([]); // nothing was created
  });

  test("the configured bearer token and basic credentials both work", async () => {
    expect((await call("GET", collection(), undefined, bearer())).status).toBe(200);
    const { username, password } = emu.credentials.basic;
    expect((await call("GET", collection(), undefined, basic(username, password))).status).toBe(200);
  });

  test("auth comes before routing: an unauthenticated unknown API path is 401, not 404", async () => {
    expect((await call("GET", "/api/2.0/no/such/api", undefined, {})).status).toBe(401);
  });

  test("OAuth M2M: discovery, client-credentials token, then the token as bearer", async () => {
    const discovery = await call("GET", `/oidc/accounts/${emu.accountId}/.well-known/oauth-authorization-server`, undefined, {});
    expect(discovery.status).toBe(200);
    expect(discovery.body.token_endpoint).toBe(`${emu.url}/oidc/accounts/${emu.accountId}/v1/token`);

    const { clientId, clientSecret } = emu.credentials.oauthClient;
    const tokenRequest = (id: string, secret: string) =>
      fetch(discovery.body.token_endpoint, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: "grant_type=client_credentials&scope=all-apis",
      });
    const denied = await tokenRequest(clientId, "wrong");
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ error: "invalid_client" });

    const granted = await tokenRequest(clientId, clientSecret);
    const token = (await granted.json()) as { access_token: string };
    expect(token).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "all-apis" });
    const res = await call("GET", collection(), undefined, { authorization: `Bearer ${token.access_token}` });
    expect(res.status).toBe(200);
  });
});

describe("validation", () => {
  const ttl = (access: unknown, refresh: unknown = 10080) => ({
    token_access_policy: { access_token_ttl_in_minutes: access, refresh_token_ttl_in_minutes: refresh },
  });

  test.each([
    ["missing name", { name: undefined }, /^name: is required/],
    ["empty name", { name: "  " }, /^name: must not be empty/],
    ["name not a string", { name: 42 }, /^name: must be a string/],
    ["access TTL below 5", ttl(4), /^token_access_policy\.access_token_ttl_in_minutes: must be between 5 and 1440/],
    ["access TTL above 1440", ttl(1441), /^token_access_policy\.access_token_ttl_in_minutes: must be between 5 and 1440/],
    ["access TTL not an integer", ttl(60.5), /^token_access_policy\.access_token_ttl_in_minutes: must be an integer/],
    ["refresh TTL below 5", ttl(5, 4), /^token_access_policy\.refresh_token_ttl_in_minutes: must be between 5 and 129600/],
    ["refresh TTL above 129600", ttl(60, 129601), /^token_access_policy\.refresh_token_ttl_in_minutes: must be between 5 and 129600/],
    ["refresh TTL shorter than access TTL", ttl(120, 60), /^token_access_policy\.refresh_token_ttl_in_minutes: must not be lower/],
    ["unknown scope", { scopes: ["sql", "admin"] }, /^scopes\[1\]: unknown scope 'admin'/],
    ["scopes not an array", { scopes: "sql" }, /^scopes: must be an array of strings/],
    ["redirect URL not a string", { redirect_urls: [7] }, /^redirect_urls\[0\]: must be a string/],
    ["redirect URL not absolute", { redirect_urls: ["/callback"] }, /^redirect_urls\[0\]: must be an absolute URL/],
    ["user_authorized_scopes outside scopes", { user_authorized_scopes: ["all-apis"] }, /^user_authorized_scopes: must be a subset of scopes/],
    [
      "absolute session lifetime without single-use refresh tokens",
      { token_access_policy: { absolute_session_lifetime_in_minutes: 600 } },
      /^token_access_policy\.absolute_session_lifetime_in_minutes: only allowed/,
    ],
    ["body not an object", { __raw: "[1,2]" }, /^request body must be a JSON object/],
  ])("400 INVALID_PARAMETER_VALUE: %s", async (_label, overrides, message) => {
    const raw = (overrides as { __raw?: string }).__raw;
    const res = await call("POST", collection(), raw ?? { ...DBT_APP, ...overrides });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error_code: "INVALID_PARAMETER_VALUE", message: expect.stringMatching(message) });
    expect(emu.integrations()).toEqual([]);
  });

  test("the TTL bounds themselves are accepted", async () => {
    await create({ name: "low", ...ttl(5, 5) });
    await create({ name: "high", ...ttl(1440, 129600) });
    expect(emu.integrations()).toHaveLength(2);
  });

  test("unparsable JSON is 400 MALFORMED_REQUEST", async () => {
    const res = await call("POST", collection(), "{not json");
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe("MALFORMED_REQUEST");
  });

  test("a second integration with the same name is 409 RESOURCE_ALREADY_EXISTS; the name is free again after delete", async () => {
    const first = await create();
    const dup = await call("POST", collection(), DBT_APP);
    expect(dup.status).toBe(409);
    expect(dup.body).toEqual({ error_code: "RESOURCE_ALREADY_EXISTS", message: expect.stringContaining(DBT_APP.name) });
    expect(emu.integrations()).toHaveLength(1);

    await call("DELETE", item(first.integration_id));
    await create();
  });
});

describe("update and delete", () => {
  test("PATCH replaces the fields it carries, keeps the others, and answers {}", async () => {
    const { integration_id } = await create({ user_authorized_scopes: ["sql"] });
    const before = (await call("GET", item(integration_id))).body;

    const res = await call("PATCH", item(integration_id), { redirect_urls: ["https://ab123.us1.dbt.com/callback"] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    const afterUrls = (await call("GET", item(integration_id))).body;
    expect(afterUrls).toEqual({ ...before, redirect_urls: ["https://ab123.us1.dbt.com/callback"] });

    // A new policy replaces the old one; a TTL it leaves out goes back to its default.
    await call("PATCH", item(integration_id), {
      scopes: ["sql", "offline_access", "all-apis"],
      token_access_policy: { access_token_ttl_in_minutes: 30 },
      name: "renamed",
      confidential: false,
    });
    const after = (await call("GET", item(integration_id))).body;
    expect(after.scopes).toEqual(["sql", "offline_access", "all-apis"]);
    expect(after.token_access_policy).toEqual({ access_token_ttl_in_minutes: 30, refresh_token_ttl_in_minutes: 10080 });
    expect(after.user_authorized_scopes).toEqual(["sql"]);
    // name and confidential are not updatable (the provider forces a replacement): sent anyway, they are ignored.
    expect([after.name, after.confidential, after.client_id]).toEqual([before.name, before.confidential, before.client_id]);
  });

  test("an invalid PATCH is rejected and changes nothing", async () => {
    const { integration_id } = await create({ user_authorized_scopes: ["sql"] });
    const before = (await call("GET", item(integration_id))).body;
    const res = await call("PATCH", item(integration_id), { redirect_urls: ["https://x.example/cb"], scopes: ["offline_access"] });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^user_authorized_scopes: must be a subset of scopes/);
    expect((await call("GET", item(integration_id))).body).toEqual(before);
  });

  test("DELETE answers {}; afterwards GET and DELETE are 404", async () => {
    const { integration_id } = await create();
    const del = await call("DELETE", item(integration_id));
    expect([del.status, del.body]).toEqual([200, {}]);
    expect((await call("GET", item(integration_id))).status).toBe(404);
    expect((await call("DELETE", item(integration_id))).status).toBe(404);
  });
});

describe("list", () => {
  test("5 integrations with page_size 2: three pages, each integration once, in creation order", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await create({ name: `app-${i}` })).integration_id);

    const pages: Reply["body"][] = [];
    let token: string | undefined;
    do {
      const query = `page_size=2${token ? `&page_token=${encodeURIComponent(token)}` : ""}`;
      const res = await call("GET", `${collection()}?${query}`);
      expect(res.status).toBe(200);
      pages.push(res.body);
      token = res.body.next_page_token;
    } while (token);

    expect(pages.map((p) => p.apps.length)).toEqual([2, 2, 1]);
    expect(pages[2]).not.toHaveProperty("next_page_token");
    expect(pages.flatMap((p) => p.apps.map((a: { integration_id: string }) => a.integration_id))).toEqual(ids);
    // creator_username only when asked for (include_creator_username).
    expect(pages[0].apps[0]).not.toHaveProperty("creator_username");
  });

  test("an empty account lists {apps: []}; a bad page_token or page_size is 400", async () => {
    expect((await call("GET", collection())).body).toEqual({ apps: [] });
    const badToken = await call("GET", `${collection()}?page_token=garbage`);
    expect([badToken.status, badToken.body.error_code]).toEqual([400, "INVALID_PARAMETER_VALUE"]);
    expect((await call("GET", `${collection()}?page_size=-1`)).body.message).toMatch(/^page_size:/);
  });
});

describe("routing", () => {
  test("another account's path is 403 PERMISSION_DENIED, never 404 (which the provider reads as 'deleted')", async () => {
    const res = await call("GET", "/api/2.0/accounts/00000000-0000-0000-0000-000000000000/oauth2/custom-app-integrations");
    expect(res.status).toBe(403);
    expect(res.body.error_code).toBe("PERMISSION_DENIED");
  });

  test("an unknown path is 404 ENDPOINT_NOT_FOUND; a wrong method is 405 with Allow", async () => {
    const unknown = await call("GET", "/api/2.0/accounts/x/oauth2/published-app-integrations");
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      error_code: "ENDPOINT_NOT_FOUND",
      message: "No API found for 'GET /api/2.0/accounts/x/oauth2/published-app-integrations'",
    });
    const wrong = await call("PUT", collection(), {});
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, POST");
  });
});

describe("control interface", () => {
  const control = async (method: string, urlPath: string, body?: unknown) => call(method, `/_emulator${urlPath}`, body, {});

  test("GET /_emulator tells another process how to connect", async () => {
    const info = await control("GET", "");
    expect(info.body).toMatchObject({ url: emu.url, accountId: emu.accountId, token: emu.token, basic: emu.credentials.basic });
  });

  test("next 2 calls fail with 500, the third succeeds", async () => {
    expect((await control("POST", "/faults", { status: 500, count: 2 })).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const res = await call("GET", collection());
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error_code: "INTERNAL_ERROR", message: expect.any(String) });
    }
    expect((await call("GET", collection())).status).toBe(200);
    expect((await control("GET", "/faults")).body).toEqual([]);
  });

  test("429 carries Retry-After: 1 and a Databricks error body", async () => {
    emu.injectFault({ status: 429 });
    const res = await call("POST", collection(), DBT_APP);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(res.body).toEqual({ error_code: "REQUEST_LIMIT_EXCEEDED", message: expect.any(String) });
    expect(emu.integrations()).toEqual([]); // the faulted call did nothing
  });

  test("faults can be limited to a method and a path pattern", async () => {
    const { integration_id } = await create();
    emu.injectFault({ status: 503, method: "delete", path: "/custom-app-integrations/[^/]+$" });
    expect((await call("GET", item(integration_id))).status).toBe(200);
    expect((await call("DELETE", item(integration_id))).status).toBe(503);
    expect((await call("DELETE", item(integration_id))).status).toBe(200);
  });

  test("a fault after handling carries the call out and loses its answer", async () => {
    emu.injectFault({ status: 500, method: "POST", afterHandling: true });
    const res = await call("POST", collection(), DBT_APP);
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error_code: "INTERNAL_ERROR", message: expect.any(String) });
    expect(emu.integrations()).toEqual([expect.objectContaining({ name: DBT_APP.name })]); // created all the same
    expect(emu.requests().map((r) => [r.method, r.status, r.fault])).toEqual([["POST", 500, true]]);
  });

  test("a bad fault spec is rejected", async () => {
    const res = await control("POST", "/faults", { status: 418 });
    expect([res.status, res.body.message]).toEqual([400, "status: must be 429, 500 or 503"]);
  });

  test("a delayed create is carried out at once; only its answer waits, so a client that gives up leaves it behind", async () => {
    expect((await control("POST", "/delays", { ms: 60_000, method: "post", path: "/custom-app-integrations$" })).status).toBe(200);
    const started = Date.now();
    const create = fetch(emu.url + collection(), {
      method: "POST",
      headers: { ...bearer(), "content-type": "application/json" },
      body: JSON.stringify(DBT_APP),
      signal: AbortSignal.timeout(500),
    });
    await expect(create).rejects.toThrow();
    expect(emu.integrations()).toEqual([expect.objectContaining({ name: DBT_APP.name, client_secret: expect.any(String) })]);
    expect((await call("GET", collection())).status).toBe(200); // other calls are not held
    expect(Date.now() - started).toBeLessThan(10_000);

    expect((await control("DELETE", "/delays")).status).toBe(200);
    emu.delayAnswers({ ms: 60_000, method: "DELETE" });
    const held = call("DELETE", item(emu.integrations()[0]!.integration_id));
    emu.clearDelays(); // sends the held answer now
    expect((await held).status).toBe(200);
  });

  test("a bad delay spec is rejected", async () => {
    const res = await control("POST", "/delays", { ms: 0 });
    expect([res.status, res.body.message]).toEqual([400, "ms: must be positive"]);
  });

  test("out-of-band modify and delete over HTTP show up in the API", async () => {
    const { integration_id, client_secret } = await create();
    const listed = await control("GET", "/integrations");
    expect(listed.body).toEqual([expect.objectContaining({ integration_id, client_secret })]);

    const modified = await control("PATCH", `/integrations/${integration_id}`, { redirect_urls: ["https://evil.example/cb"] });
    expect(modified.status).toBe(200);
    expect((await call("GET", item(integration_id))).body.redirect_urls).toEqual(["https://evil.example/cb"]);

    expect((await control("DELETE", `/integrations/${integration_id}`)).status).toBe(200);
    expect((await call("GET", item(integration_id))).status).toBe(404);
    expect((await control("DELETE", `/integrations/${integration_id}`)).status).toBe(404);
  });

  test("the request log has API calls in order, with status and faults, and no control calls", async () => {
    const { integration_id } = await create();
    emu.injectFault({ status: 429 });
    await call("GET", item(integration_id));
    await call("DELETE", item(integration_id));

    const log = (await control("GET", "/requests")).body;
    expect(log.map((e: { method: string; status: number; fault: boolean }) => [e.method, e.status, e.fault])).toEqual([
      ["POST", 200, false],
      ["GET", 429, true],
      ["DELETE", 200, false],
    ]);
    expect(log[2]).toMatchObject({ seq: 3, path: item(integration_id), time: expect.stringMatching(RFC3339) });

    await control("POST", "/reset");
    expect(emu.requests()).toEqual([]);
    expect(emu.integrations()).toEqual([]);
  });
});

describe("sign-in with an app client at the account's issuer (the workspaces': workspace-oidc.test.ts)", () => {
  const tokenUrl = () => `/oidc/accounts/${emu.accountId}/v1/token`;
  async function redeem(form: Record<string, string>, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await fetch(emu.url + tokenUrl(), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(form).toString(),
    });
    return { status: res.status, headers: res.headers, body: await res.json() };
  }

  test("a code from the account's authorize endpoint redeems for tokens; an invented refresh token is 400 invalid_grant", async () => {
    const { client_id, client_secret } = await create();
    const authorized = await fetch(
      `${emu.url}/oidc/accounts/${emu.accountId}/v1/authorize?response_type=code&client_id=${client_id}&redirect_uri=${encodeURIComponent(DBT_APP.redirect_urls[0])}`,
      {
        redirect: "manual",
      },
    );
    const code = new URL(authorized.headers.get("location")!).searchParams.get("code")!;
    const granted = await redeem({ grant_type: "authorization_code", code, redirect_uri: DBT_APP.redirect_urls[0], client_id, client_secret: client_secret! });
    expect(granted.status).toBe(200);
    expect(granted.body).toEqual({ access_token: expect.any(String), refresh_token: expect.any(String), token_type: "Bearer", expires_in: 3600, scope: "sql offline_access" });
    const invented = await redeem({ grant_type: "refresh_token", refresh_token: "rt-from-earlier", client_id, client_secret: client_secret! });
    expect(invented).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
  });

  test("an unknown client, a wrong secret and a deleted integration are 401 invalid_client, each with its reason logged", async () => {
    const { integration_id, client_id, client_secret } = await create();
    const refreshWith = (id: string, secret: string) => redeem({ grant_type: "refresh_token", refresh_token: "rt-from-earlier", client_id: id, client_secret: secret });
    const unknown = await refreshWith("00000000-0000-0000-0000-000000000000", client_secret!);
    const wrong = await refreshWith(client_id, `${client_secret}x`);
    emu.deleteIntegration(integration_id);
    const deleted = await refreshWith(client_id, client_secret!);
    for (const res of [unknown, wrong, deleted]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: "invalid_client", error_description: expect.stringMatching(/^Client authentication failed: /) });
    }
    expect(emu.clientChecks().map((c) => [c.ok, c.reason])).toEqual([
      [false, "unknown client"],
      [false, "wrong secret"],
      [false, "integration deleted"],
    ]);
    const seqs = emu.clientChecks().map((c) => c.globalSeq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(() => emu.setPropagationSeconds(-1)).toThrow("seconds: must not be negative");
  });

  test("the secret and the propagation stamp never appear in GET or list", async () => {
    const { integration_id } = await create();
    const got = await call("GET", item(integration_id));
    expect(got.body).not.toHaveProperty("authenticates_from");
    expect((await call("GET", collection())).body.apps[0]).not.toHaveProperty("authenticates_from");
  });
});

test("main.ts prints one JSON line when listening and exits 0 on SIGTERM", async () => {
  const { info, stop } = await spawnMain(path.join(__dirname, "main.ts"), ["--token", "cli-token", "--workspace", "dbc-1.cloud.databricks.com"]);
  expect(Object.keys(info.workspaces as object)).toEqual(["dbc-1.cloud.databricks.com"]);
  expect(Object.keys(info).sort()).toEqual(["accountId", "token", "url", "workspaces"]);
  expect(info.token).toBe("cli-token");
  const res = await fetch(`${info.url}/api/2.0/accounts/${info.accountId}/oauth2/custom-app-integrations`, {
    headers: { authorization: "Bearer cli-token" },
  });
  expect(res.status).toBe(200);
  expect(await stop()).toBe(0);
}, 30000);
