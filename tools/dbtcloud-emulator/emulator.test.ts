/**
 * The dbt Cloud emulator against the shapes the dbtcloud provider v1.12.5
 * sends and parses (pkg/dbt_cloud/client.go, global_connection.go) and the
 * status codes its behaviour depends on. Every test gets its own emulator.
 */
import * as path from "node:path";
import { spawnMain } from "../common/spawn-main";
import { startDatabricksEmulator } from "../databricks-emulator/server";
import { startDbtCloudEmulator, type DbtCloudEmulator } from "./server";

/** What the provider's Create sends for a `databricks` block (globalConnectionPayload[DatabricksConfig]). */
const CREATE = {
  name: "Databricks (prod)",
  account_id: 0, // set per emulator
  adapter_version: "databricks_v0",
  config: {
    host: "dbc-1234.cloud.databricks.com",
    http_path: "/sql/1.0/warehouses/abc123",
    catalog: "main",
    client_id: "11111111-2222-3333-4444-555555555555",
    client_secret: "dose-first-secret",
  },
};

interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: a response body, asserted on as the API documents it
  body: any;
}

let emu: DbtCloudEmulator;
beforeEach(async () => {
  emu = await startDbtCloudEmulator({ token: "dbtc_test_token" });
});
afterEach(async () => {
  await emu.close();
});

const collection = () => `/api/v3/accounts/${emu.accountId}/connections/`;
const item = (id: number) => `${collection()}${id}/`;
/** The provider's headers (client.go setRequestHeaders). */
const providerHeaders = () => ({ authorization: `Token ${emu.token}`, accept: "application/json", "content-type": "application/json" });

async function call(method: string, urlPath: string, body?: unknown, headers: Record<string, string> = providerHeaders()): Promise<Reply> {
  const res = await fetch(emu.url + urlPath, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function create(overrides: Record<string, unknown> = {}): Promise<Reply["body"]> {
  const res = await call("POST", collection(), { ...CREATE, account_id: emu.accountId, ...overrides });
  expect(res.status).toBe(200);
  return res.body.data;
}

const SUCCESS = { code: 200, is_success: true, user_message: "Success!", developer_message: "" };

describe("the provider's configure call", () => {
  test("given the right token, GET /api/v2/accounts/ lists the emulator's account in the {data, status} envelope", async () => {
    const res = await call("GET", "/api/v2/accounts/", undefined, { authorization: `Token ${emu.token}` });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: SUCCESS,
      data: [expect.objectContaining({ id: emu.accountId, name: expect.any(String) })],
      extra: { filters: {}, order_by: "id", pagination: { count: 1, total_count: 1 } },
    });
  });

  test("Bearer works like Token; a wrong or missing token is 401 with the envelope", async () => {
    expect((await call("GET", "/api/v2/accounts/", undefined, { authorization: `Bearer ${emu.token}` })).status).toBe(200);
    for (const headers of [{ authorization: "Token wrong" }, {}] as Record<string, string>[]) {
      const res = await call("GET", collection(), undefined, headers);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ status: { code: 401, is_success: false, user_message: "Invalid token.", developer_message: "" }, data: null });
    }
    expect(emu.requests().map((r) => r.status)).toEqual([200, 401, 401]);
  });
});

describe("connections", () => {
  test("create answers 200 (as the spec declares) with the connection, without client_id or client_secret; GET answers the same", async () => {
    const created = await create();
    expect(created).toEqual({
      id: expect.any(Number),
      account_id: emu.accountId,
      name: CREATE.name,
      adapter_version: "databricks_v0",
      state: 1,
      is_ssh_tunnel_enabled: false,
      private_link_endpoint_id: null,
      oauth_configuration_id: null,
      oauth_redirect_uri: `${emu.url}/complete/databricks`,
      created_at: expect.any(String),
      updated_at: expect.any(String),
      config: { host: CREATE.config.host, http_path: CREATE.config.http_path, catalog: "main" },
    });
    const got = await call("GET", item(created.id));
    expect(got).toMatchObject({ status: 200, body: { status: SUCCESS, data: created } });
    expect(JSON.stringify(got.body)).not.toContain(CREATE.config.client_secret);
    expect(JSON.stringify(got.body)).not.toContain(CREATE.config.client_id);
  });

  test("the test hook reads the whole stored config, OAuth client included", async () => {
    const { id } = await create();
    expect(emu.connection(id).config).toEqual(CREATE.config);
    expect(emu.connections()).toHaveLength(1);
  });

  test("PATCH with what the provider sends on a rotation (client_id and client_secret only) changes only those", async () => {
    const { id } = await create();
    const res = await call("PATCH", item(id), { account_id: emu.accountId, config: { client_id: "new-id", client_secret: "new-secret" } });
    expect(res.status).toBe(200);
    expect(res.body.data.config).toEqual({ host: CREATE.config.host, http_path: CREATE.config.http_path, catalog: "main" });
    expect(emu.connection(id).config).toEqual({ ...CREATE.config, client_id: "new-id", client_secret: "new-secret" });
  });

  test("PATCH with null clears a nullable field; adapter_version, not a field of the spec's update body, is a 400", async () => {
    const { id } = await create();
    await call("PATCH", item(id), { account_id: emu.accountId, name: "renamed", config: { catalog: null } });
    expect(emu.connection(id)).toMatchObject({ name: "renamed", config: { catalog: null, host: CREATE.config.host } });
    const res = await call("PATCH", item(id), { account_id: emu.accountId, adapter_version: "snowflake_v0" });
    expect(res.status).toBe(400);
    expect(res.body.status.user_message).toBe("adapter_version: not a field of a connection update");
  });

  test("DELETE answers 204 without a body (as the spec declares); then GET and DELETE are 404 with status.code 404 and no 'permission' (the provider's 'gone')", async () => {
    const { id } = await create();
    expect(await call("DELETE", item(id))).toMatchObject({ status: 204, body: undefined });
    for (const method of ["GET", "DELETE"]) {
      const res = await call(method, item(id));
      expect(res.status).toBe(404);
      expect(res.body.status.code).toBe(404);
      expect(res.body.status.user_message.toLowerCase()).not.toContain("permission");
      expect(res.body.data).toBeNull();
    }
  });

  test("the list has the provider's pagination fields; limit and offset page through it", async () => {
    for (let i = 0; i < 3; i++) await create({ name: `c${i}` });
    const page = await call("GET", `${collection()}?limit=2&offset=1`);
    expect(page.body.data.map((c: { name: string }) => c.name)).toEqual(["c1", "c2"]);
    expect(page.body.extra).toEqual({ filters: { limit: 2, offset: 1 }, pagination: { count: 2, total_count: 3 } });
    expect(page.body.data[0]).toMatchObject({ environment__count: 0, config: null });
  });

  test.each([
    ["no name", { name: undefined }, "name: "],
    ["a blank host", { config: { ...CREATE.config, host: " " } }, "config.host: must not be blank"],
    ["another adapter", { adapter_version: "snowflake_v0" }, "adapter_version: only databricks_v0"],
    ["another account in the body", { account_id: 1 }, "account_id: 1 does not match"],
    ["no account_id (the spec requires it)", { account_id: undefined }, "account_id: must be an integer"],
    ["a host that is not a Databricks one (the spec's pattern)", { config: { ...CREATE.config, host: "db.example.com" } }, "config.host: must contain 'databricks'"],
    ["an HTTP path outside /sql/ (the spec's pattern)", { config: { ...CREATE.config, http_path: "/warehouses/abc" } }, "config.http_path: must start with /sql/"],
    ["a field the spec does not list", { state: 1 }, "state: not a field of a connection create"],
  ])("create with %s is 400 naming the field", async (_name, overrides, message) => {
    const body = { ...CREATE, account_id: emu.accountId, ...overrides };
    const res = await call("POST", collection(), JSON.parse(JSON.stringify(body)));
    expect(res.status).toBe(400);
    expect(res.body.status.user_message).toContain(message);
    expect(emu.connections()).toEqual([]);
  });
});

describe("routing", () => {
  test("another account's path is 403, never 404 (which the provider reads as 'deleted')", async () => {
    const res = await call("GET", `/api/v3/accounts/1/connections/1/`);
    expect(res.status).toBe(403);
  });

  test("the path without its trailing slash is a 404; a wrong method 405 with Allow", async () => {
    const { id } = await create();
    expect((await call("GET", item(id).replace(/\/$/, ""))).status).toBe(404);
    const res = await call("PUT", item(id), {});
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, PATCH, DELETE");
  });
});

describe("control interface", () => {
  const control = (method: string, urlPath: string, body?: unknown) => call(method, `/_emulator${urlPath}`, body, body === undefined ? {} : { "content-type": "application/json" });

  test("GET /_emulator tells another process how to connect, including the provider's host_url", async () => {
    expect((await control("GET", "")).body).toEqual({ url: emu.url, hostUrl: `${emu.url}/api`, accountId: emu.accountId, token: emu.token });
  });

  test("out-of-band change and delete over HTTP show up in the API", async () => {
    const { id } = await create();
    expect((await control("GET", `/connections/${id}`)).body.config.client_secret).toBe(CREATE.config.client_secret);
    expect((await control("PATCH", `/connections/${id}`, { config: { host: "evil.cloud.databricks.com" } })).status).toBe(200);
    expect((await call("GET", item(id))).body.data.config.host).toBe("evil.cloud.databricks.com");
    expect((await control("DELETE", `/connections/${id}`)).status).toBe(200);
    expect((await call("GET", item(id))).status).toBe(404);
    expect((await control("GET", `/connections/${id}`)).status).toBe(404);
  });

  test("an injected 503 comes before auth, has the envelope and Retry-After only for 429, and is logged as a fault", async () => {
    await control("POST", "/faults", { status: 503, method: "post", path: "/connections/$" });
    const res = await call("POST", collection(), { ...CREATE, account_id: emu.accountId }, {});
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: expect.objectContaining({ code: 503, is_success: false }), data: null });
    expect(emu.connections()).toEqual([]);
    emu.injectFault({ status: 429 });
    expect((await call("GET", collection())).headers.get("retry-after")).toBe("1");
    expect(emu.requests().map((r) => [r.method, r.status, r.fault])).toEqual([
      ["POST", 503, true],
      ["GET", 429, true],
    ]);
  });

  test("a bad fault spec is a 400 naming the field", async () => {
    const res = await control("POST", "/faults", { status: 404 });
    expect([res.status, res.body.status.user_message]).toEqual([400, "status: must be 429, 500 or 503"]);
  });

  test("globalSeq orders calls across both emulators in one process", async () => {
    const databricks = await startDatabricksEmulator();
    try {
      await create();
      await fetch(`${databricks.url}/api/2.0/accounts/${databricks.accountId}/oauth2/custom-app-integrations`, {
        headers: { authorization: `Bearer ${databricks.token}` },
      });
      await call("GET", collection());
      const merged = [...emu.requests(), ...databricks.requests()].sort((a, b) => a.globalSeq - b.globalSeq);
      expect(merged.map((r) => `${r.method} ${r.path.includes("custom-app") ? "databricks" : "dbt"}`)).toEqual(["POST dbt", "GET databricks", "GET dbt"]);
    } finally {
      await databricks.close();
    }
  });

  test("reset drops connections, faults and the log", async () => {
    await create();
    emu.injectFault({ status: 500 });
    await control("POST", "/reset");
    expect([emu.connections(), emu.pendingFaults(), emu.requests()]).toEqual([[], [], []]);
  });
});

test("main.ts prints one JSON line with the host_url when listening and exits 0 on SIGTERM", async () => {
  const { info, stop } = await spawnMain(path.join(__dirname, "main.ts"), ["--token", "cli-token", "--account-id", "42"]);
  expect(info).toMatchObject({ accountId: 42, token: "cli-token", hostUrl: `${info.url}/api` });
  const res = await fetch(`${info.hostUrl}/v3/accounts/42/connections/`, { headers: { authorization: "Token cli-token" } });
  expect(res.status).toBe(200);
  expect(await stop()).toBe(0);
}, 30000);
