/**
 * The orphan check's account listing with the scheduled drift job's credentials (github-oidc):
 * the job's GitHub ID token from a stand-in of GitHub's ID token service
 * (ACTIONS_ID_TOKEN_REQUEST_URL), exchanged at the Databricks emulator's account token
 * endpoint as the Go SDK does, then the list with the access token it gave.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { listAccountIntegrations, type StackIntegrations } from "../../cli/orphan-integrations";
import { startDatabricksEmulator, type DatabricksEmulator } from "../../tools/databricks-emulator/server";

const SUBJECT = "repo:acme/dbt-databricks-oauth:ref:refs/heads/main";
const REQUEST_TOKEN = "github-runtime-token";

const jwt = (claims: Record<string, unknown>) =>
  [{ alg: "RS256", typ: "JWT" }, claims, "signature"].map((part) => Buffer.from(typeof part === "string" ? part : JSON.stringify(part)).toString("base64url")).join(".");

let emu: DatabricksEmulator;
let github: FastifyInstance;
let githubUrl: string;
/** What the stand-in GitHub service was asked, and the subject it puts in its tokens. */
const asked: { audience?: string; authorization?: string }[] = [];
let subject = SUBJECT;

beforeAll(async () => {
  emu = await startDatabricksEmulator();
  emu.federation.setPolicy(emu.credentials.oauthClient.clientId, { issuer: "https://token.actions.githubusercontent.com", subject: SUBJECT });
  github = Fastify();
  // GitHub's ID token service: ACTIONS_ID_TOKEN_REQUEST_URL already has ?api-version=2.0; the audience is appended.
  github.get("/_apis/token", async (req, reply) => {
    const query = req.query as { audience?: string };
    asked.push({ audience: query.audience, authorization: req.headers.authorization });
    if (req.headers.authorization !== `Bearer ${REQUEST_TOKEN}`) return reply.code(401).send({ message: "bad token" });
    const now = Math.floor(Date.now() / 1000);
    return { count: 1, value: jwt({ iss: "https://token.actions.githubusercontent.com", aud: query.audience, sub: subject, iat: now, exp: now + 300 }) };
  });
  githubUrl = await github.listen({ host: "127.0.0.1", port: 0 });
  for (const name of ["dbt-cloud-prod", "dbt-cloud-prod-r7", "someone-elses-app"]) {
    await fetch(`${emu.url}/api/2.0/accounts/${emu.accountId}/oauth2/custom-app-integrations`, {
      method: "POST",
      headers: { authorization: `Bearer ${emu.token}`, "content-type": "application/json" },
      body: JSON.stringify({ name, confidential: true }),
    });
  }
});

afterAll(async () => {
  await github?.close();
  await emu?.close();
});

beforeEach(() => {
  asked.length = 0;
  subject = SUBJECT;
});

const stack = (): StackIntegrations => ({ host: emu.url, accountId: emu.accountId, authType: "github-oidc", baseNames: ["dbt-cloud-prod"] });
/** The drift job's environment: the setup action's DATABRICKS_* and the runner's ACTIONS_ID_TOKEN_*; no PAT, no secret. */
const env = (): NodeJS.ProcessEnv => ({
  DATABRICKS_AUTH_TYPE: "github-oidc",
  DATABRICKS_CLIENT_ID: emu.credentials.oauthClient.clientId,
  ACTIONS_ID_TOKEN_REQUEST_URL: `${githubUrl}/_apis/token?api-version=2.0`,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
});

test("github-oidc: the GitHub token (audience: the account ID) is exchanged for the service principal, and the account is listed", async () => {
  const account = await listAccountIntegrations(stack(), env());
  expect(account?.map((i) => i.name)).toEqual(["dbt-cloud-prod", "dbt-cloud-prod-r7", "someone-elses-app"]);
  expect(asked).toEqual([{ audience: emu.accountId, authorization: `Bearer ${REQUEST_TOKEN}` }]);
  const exchanges = emu.requests().filter((r) => r.path.endsWith("/v1/token"));
  expect(exchanges.map((r) => r.status)).toEqual([200]);
  expect(emu.contractViolations()).toEqual([]);
});

test("DATABRICKS_TOKEN_AUDIENCE overrides the audience, as in the SDK", async () => {
  emu.federation.setPolicy("aud-client", { issuer: "https://token.actions.githubusercontent.com", subject: SUBJECT, audiences: ["custom-audience"] });
  const account = await listAccountIntegrations(stack(), { ...env(), DATABRICKS_CLIENT_ID: "aud-client", DATABRICKS_TOKEN_AUDIENCE: "custom-audience" });
  expect(account).toHaveLength(3);
  expect(asked[0]?.audience).toBe("custom-audience");
});

test("a token whose subject the federation policy does not allow fails with the server's reason, not as 'skipped'", async () => {
  subject = "repo:acme/dbt-databricks-oauth:pull_request";
  await expect(listAccountIntegrations(stack(), env())).rejects.toThrow(
    "github-oidc token exchange token request answered HTTP 400: invalid_grant (the token's subject repo:acme/dbt-databricks-oauth:pull_request does not match the policy)",
  );
});

test("without the runner's ID token variables (no id-token: write) it fails saying so", async () => {
  const { ACTIONS_ID_TOKEN_REQUEST_TOKEN: _dropped, ...rest } = env();
  await expect(listAccountIntegrations(stack(), rest)).rejects.toThrow(
    /ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set; the job needs `permissions: id-token: write`/,
  );
});

test("the stack's auth_type decides: a sandbox stack (pat) with no token set is still 'skipped'", async () => {
  expect(await listAccountIntegrations({ ...stack(), authType: "pat" }, {})).toBeUndefined();
});
