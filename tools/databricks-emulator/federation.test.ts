/**
 * The account token endpoint's token-exchange grant (github-oidc), over HTTP as the Go SDK
 * sends it: form parameters, client_id in the body, no client secret.
 */
import { JWT_TOKEN_TYPE, TOKEN_EXCHANGE_GRANT } from "./federation";
import { startDatabricksEmulator, type DatabricksEmulator } from "./server";

const ISSUER = "https://token.actions.githubusercontent.com";
const SUBJECT = "repo:acme/app:ref:refs/heads/main";
const jwt = (claims: Record<string, unknown>) => ["{}", JSON.stringify(claims), "sig"].map((p) => Buffer.from(p).toString("base64url")).join(".");
const inFiveMinutes = () => Math.floor(Date.now() / 1000) + 300;

let emu: DatabricksEmulator;
let clientId: string;
beforeAll(async () => {
  emu = await startDatabricksEmulator();
  clientId = emu.credentials.oauthClient.clientId;
  emu.federation.setPolicy(clientId, { issuer: ISSUER, subject: SUBJECT });
});
afterAll(async () => {
  await emu.close();
});

async function exchange(overrides: Record<string, string | undefined> = {}, claims: Record<string, unknown> = {}) {
  const form = {
    grant_type: TOKEN_EXCHANGE_GRANT,
    subject_token_type: JWT_TOKEN_TYPE,
    subject_token: jwt({ iss: ISSUER, aud: emu.accountId, sub: SUBJECT, exp: inFiveMinutes(), ...claims }),
    scope: "all-apis",
    client_id: clientId,
    ...overrides,
  };
  const body = new URLSearchParams(Object.entries(form).filter((e): e is [string, string] => e[1] !== undefined));
  const res = await fetch(`${emu.url}/oidc/accounts/${emu.accountId}/v1/token`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

test("a GitHub token that matches the service principal's policy gets an access token the account API accepts", async () => {
  const { status, body } = await exchange();
  expect(status).toBe(200);
  expect(body).toMatchObject({ token_type: "Bearer", scope: "all-apis" });
  const list = await fetch(`${emu.url}/api/2.0/accounts/${emu.accountId}/oauth2/custom-app-integrations`, { headers: { authorization: `Bearer ${body.access_token}` } });
  expect(list.status).toBe(200);
});

test.each<[string, Record<string, string | undefined>, Record<string, unknown>, number, string, RegExp]>([
  ["another issuer", {}, { iss: "https://example.com" }, 400, "invalid_grant", /issuer/],
  ["another audience", {}, { aud: "someone-else" }, 400, "invalid_grant", /audience/],
  ["another subject", {}, { sub: "repo:acme/app:pull_request" }, 400, "invalid_grant", /subject/],
  ["an expired token", {}, { exp: 1 }, 400, "invalid_grant", /expired/],
  ["a subject token that is not a JWT", { subject_token: "not-a-jwt" }, {}, 400, "invalid_grant", /not a JWT/],
  ["another subject_token_type", { subject_token_type: "urn:ietf:params:oauth:token-type:access_token" }, {}, 400, "invalid_request", /subject_token_type/],
  ["a client without a policy", { client_id: "unknown-client" }, {}, 401, "invalid_client", /no federation policy/],
])("%s is refused (RFC 6749 section 5.2 error)", async (_name, overrides, claims, status, error, description) => {
  const res = await exchange(overrides, claims);
  expect(res.status).toBe(status);
  expect(res.body.error).toBe(error);
  expect(res.body.error_description).toMatch(description);
});

test("discovery lists the token-exchange grant", async () => {
  const res = await fetch(`${emu.url}/oidc/accounts/${emu.accountId}/.well-known/oauth-authorization-server`);
  expect(((await res.json()) as { grant_types_supported: string[] }).grant_types_supported).toContain(TOKEN_EXCHANGE_GRANT);
});
