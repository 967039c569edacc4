/**
 * The contract checker on its own (a small fixture), the committed fixtures' provenance, and
 * the hook that fails a test: an emulator made to answer a wrong shape is caught.
 */
import { startDatabricksEmulator } from "../databricks-emulator/server";
import databricksFixture from "../databricks-emulator/contract/oauth2.contract.json";
import { goStructs } from "../databricks-emulator/contract/derive";
import { startDbtCloudEmulator } from "../dbtcloud-emulator/server";
import dbtFixture from "../dbtcloud-emulator/contract/admin-api.contract.json";
import { ContractChecker, type ContractFixture, type Exchange } from "./contract";
import { assertNoContractViolations, takeContractViolations } from "./registry";

const fixture: ContractFixture = {
  name: "test",
  source: { repository: "r", commit: "c", files: [], derivedBy: "d", notes: [] },
  optionalMayBeNull: false,
  operations: [
    {
      id: "Create",
      method: "POST",
      path: "/things/{id}/",
      pathParams: { id: { type: "integer" } },
      query: { limit: { type: "integer" } },
      requestBody: { schema: { $ref: "#/components/schemas/Thing" }, required: true },
      responses: { "200": { $ref: "#/components/schemas/Thing" }, default: { $ref: "#/components/schemas/Error" } },
    },
    { id: "Delete", method: "DELETE", path: "/things/{id}/", pathParams: { id: { type: "integer" } }, query: {}, responses: { "2XX": null } },
  ],
  components: {
    schemas: {
      Thing: {
        type: "object",
        properties: {
          id: { type: "integer", readOnly: true },
          name: { type: "string" },
          note: { type: "string", nullable: true },
          secret: { type: "string", writeOnly: true },
          when: { type: "string", format: "date-time" },
        },
        required: ["name"],
        additionalProperties: false,
      },
      Error: { type: "object", properties: { error_code: { type: "string" }, message: { type: "string" } }, required: ["error_code", "message"] },
    },
  },
  errorCodeStatus: { NOT_FOUND: 404 },
};

const ok: Exchange = { method: "POST", path: "/things/7/", query: {}, requestBody: { name: "a", secret: "s" }, status: 200, responseBody: { id: 7, name: "a" } };
const problems = (checker: ContractChecker, change: Partial<Exchange>) => checker.check({ ...ok, ...change }).map((v) => `${v.side}: ${v.problems.join("; ")}`);

describe("ContractChecker", () => {
  const checker = new ContractChecker(fixture);

  test("an exchange that keeps the contract has no violations; one outside it is not judged", () => {
    expect(checker.check(ok)).toEqual([]);
    expect(checker.check({ ...ok, path: "/other/" })).toEqual([]);
  });

  test.each<[string, Partial<Exchange>, string]>([
    ["a readOnly property sent", { requestBody: { name: "a", id: 1 } }, "request: body/id: must not be present here"],
    ["a writeOnly property answered", { responseBody: { name: "a", secret: "s" } }, "response: body/secret: must not be present here"],
    ["an unknown property", { requestBody: { name: "a", colour: "red" } }, "request: body: unknown property 'colour'"],
    ["a required property missing", { responseBody: { id: 7 } }, "response: body: missing required property 'name'"],
    ["null where not nullable", { responseBody: { name: null } }, "response: body/name: must be string"],
    ["a bad format", { responseBody: { name: "a", when: "yesterday" } }, 'response: body/when: must match format "date-time"'],
    ["a path parameter of the wrong type", { path: "/things/abc/" }, "request: path parameter id: must be integer"],
    ["an undeclared query parameter", { query: { page: "2" } }, "request: query parameter page: not in the contract (declared: limit)"],
    ["a query parameter of the wrong type", { query: { limit: "ten" } }, "request: query parameter limit: must be integer"],
    ["no body where one is required", { requestBody: undefined }, "request: body: required"],
    [
      "a success status not declared answers the default (error) schema",
      { status: 201 },
      "response: body: missing required property 'error_code'; body: missing required property 'message'",
    ],
    ["an error body without message", { status: 400, responseBody: { error_code: "BAD" } }, "response: body: missing required property 'message'"],
    [
      "an error code with another status",
      { status: 400, responseBody: { error_code: "NOT_FOUND", message: "m" } },
      "response: status 400: error_code NOT_FOUND is HTTP 404 in the contract",
    ],
  ])("%s is a violation", (_name, change, expected) => {
    expect(problems(checker, change)).toEqual([expected]);
  });

  test("without a default, a success status not declared is a violation and an error status is not judged", () => {
    const [create, ...rest] = fixture.operations;
    const strict = new ContractChecker({ ...fixture, operations: [{ ...create!, responses: { "200": create!.responses["200"]! } }, ...rest] });
    expect(problems(strict, { status: 201 })).toEqual(["response: status 201: not in the contract (declared: 200)"]);
    expect(problems(strict, { status: 500, responseBody: { anything: true } })).toEqual([]);
  });

  test("nullable: true allows null; a 2XX range and a null schema accept any body of any 2xx", () => {
    expect(problems(checker, { responseBody: { name: "a", note: null } })).toEqual([]);
    expect(checker.check({ method: "DELETE", path: "/things/1/", query: {}, requestBody: undefined, status: 204, responseBody: undefined })).toEqual([]);
    expect(checker.check({ method: "DELETE", path: "/things/1/", query: {}, requestBody: { x: 1 }, status: 204, responseBody: undefined })[0]?.problems).toEqual([
      "body: the operation takes none",
    ]);
  });

  test("optionalMayBeNull lets a property outside required be null, never a required one", () => {
    const lenient = new ContractChecker({ ...fixture, optionalMayBeNull: true });
    expect(problems(lenient, { responseBody: { name: "a", when: null } })).toEqual([]);
    expect(problems(lenient, { responseBody: { name: null } })).toEqual(["response: body/name: must be string"]);
  });
});

describe("the committed fixtures", () => {
  test.each([
    ["dbt Cloud", dbtFixture, "https://github.com/dbt-labs/dbt-cloud-openapi-spec", "tools/dbtcloud-emulator/contract/derive.ts"],
    ["Databricks", databricksFixture, "https://github.com/databricks/databricks-sdk-go", "tools/databricks-emulator/contract/derive.ts"],
  ])("%s names its source repository, files, commit and the script that derives it, and compiles", (_name, f, repository, derivedBy) => {
    expect(f.source).toMatchObject({ repository, derivedBy, files: expect.arrayContaining([expect.any(String)]) });
    expect(f.source.commit).toMatch(/^[0-9a-f]{40}\b/);
    const checker = new ContractChecker(f as unknown as ContractFixture);
    for (const op of f.operations) expect(checker.operation(op.method, op.path.replace(/\{\w+\}/g, "1"))).toBeDefined();
  });

  test('the Go struct reader takes json and url tags, omitempty and json:"-" as the SDK means them', () => {
    const structs = goStructs(
      'type A struct {\n\tName string `json:"name"`\n\tTags []string `json:"tags,omitempty"`\n\tId string `json:"-" url:"-"`\n\tPage int `json:"-" url:"page_size,omitempty"`\n}\n',
    );
    expect(structs.get("A")).toEqual([
      { goName: "Name", goType: "string", json: "name", omitempty: false, query: undefined },
      { goName: "Tags", goType: "[]string", json: "tags", omitempty: true, query: undefined },
      { goName: "Id", goType: "string", json: undefined, omitempty: false, query: undefined },
      { goName: "Page", goType: "int", json: undefined, omitempty: false, query: "page_size" },
    ]);
  });
});

describe("an emulator answering a wrong shape is caught", () => {
  afterEach(() => {
    takeContractViolations(); // what these tests provoke on purpose is not a drift of the emulators
  });

  test("dbt Cloud: a connection answered without adapter_version is a violation in the request log, and the test hook throws", async () => {
    const emu = await startDbtCloudEmulator();
    try {
      const created = emu.store.create({ name: "c", adapter_version: "databricks_v0", config: { host: "x.cloud.databricks.com", http_path: "/sql/1" } });
      const get = emu.store.get.bind(emu.store);
      emu.store.get = (id) => {
        const { adapter_version: _dropped, ...rest } = get(id);
        return rest as ReturnType<typeof get>;
      };
      const res = await fetch(`${emu.hostUrl}/v3/accounts/${emu.accountId}/connections/${created.id}/`, { headers: { authorization: `Token ${emu.token}` } });
      expect(res.status).toBe(200);
      expect(emu.requests()[0]?.contractViolations).toEqual([
        expect.objectContaining({ side: "response", operation: "Retrieve Account Connection", problems: ["body/data: missing required property 'adapter_version'"] }),
      ]);
      expect(() => assertNoContractViolations()).toThrow(
        /Contract drift \(1\)[\s\S]*the emulator's answer broke the contract: body\/data: missing required property 'adapter_version'/,
      );
    } finally {
      await emu.close();
    }
  });

  test("Databricks: an integration answered with its client_secret (not in GetCustomAppIntegrationOutput) is caught", async () => {
    const emu = await startDatabricksEmulator();
    try {
      const res = await fetch(`${emu.url}/api/2.0/accounts/${emu.accountId}/oauth2/custom-app-integrations`, {
        method: "POST",
        headers: { authorization: `Bearer ${emu.token}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "x", confidential: true }),
      });
      const { integration_id } = (await res.json()) as { integration_id: string };
      emu.store.get = (id) => emu.store.all().find((i) => i.integration_id === id)!;
      await fetch(`${emu.url}/api/2.0/accounts/${emu.accountId}/oauth2/custom-app-integrations/${integration_id}`, { headers: { authorization: `Bearer ${emu.token}` } });
      expect(takeContractViolations()).toEqual([
        expect.stringMatching(/GET .*CustomAppIntegration.Get.*body: unknown property 'authenticates_from'; body: unknown property 'client_secret'/),
      ]);
    } finally {
      await emu.close();
    }
  });

  test("a request the provider would never send (a create without name's type) is a request violation, not hidden by clearRequests", async () => {
    const emu = await startDatabricksEmulator();
    try {
      await fetch(`${emu.url}/api/2.0/accounts/${emu.accountId}/oauth2/custom-app-integrations`, {
        method: "POST",
        headers: { authorization: `Bearer ${emu.token}`, "content-type": "application/json" },
        body: JSON.stringify({ name: 5 }),
      });
      emu.clearRequests();
      expect(emu.contractViolations()).toEqual([expect.objectContaining({ side: "request", problems: ["body/name: must be string"] })]);
      expect(takeContractViolations(["response"])).toEqual([]);
    } finally {
      await emu.close();
    }
  });
});
