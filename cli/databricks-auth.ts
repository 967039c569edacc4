/**
 * The Authorization header for a call to the Databricks account API, from the credentials the
 * provider (the Go SDK, databricks-sdk-go v0.93.0 config/auth_default.go) would use here:
 * - with auth type `github-oidc` (the GitHub workflows): the job's GitHub ID token, asked for
 *   at ACTIONS_ID_TOKEN_REQUEST_URL with `&audience=<DATABRICKS_TOKEN_AUDIENCE or the account
 *   ID>` and `Authorization: Bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN`, exchanged at the account's
 *   token endpoint with the token-exchange grant for the service principal DATABRICKS_CLIENT_ID
 *   (config/experimental/auth/oidc/github.go and tokensource.go);
 * - otherwise the first of DATABRICKS_TOKEN, DATABRICKS_USERNAME + DATABRICKS_PASSWORD,
 *   DATABRICKS_CLIENT_ID + DATABRICKS_CLIENT_SECRET (OAuth M2M), in the SDK's order.
 * undefined when none is there (the databricks-cli profile is not implemented).
 */

export interface AccountEndpoint {
  /** The account host, no trailing slash. */
  host: string;
  accountId: string;
  /** The provider block's auth_type, if it sets one. */
  authType?: string;
}

const TIMEOUT_MS = 30_000;

export async function databricksAuthorization(account: AccountEndpoint, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const authType = account.authType || env.DATABRICKS_AUTH_TYPE;
  if (authType === "github-oidc") return `Bearer ${await githubOidcToken(account, env)}`;
  if (env.DATABRICKS_TOKEN) return `Bearer ${env.DATABRICKS_TOKEN}`;
  if (env.DATABRICKS_USERNAME && env.DATABRICKS_PASSWORD) return `Basic ${Buffer.from(`${env.DATABRICKS_USERNAME}:${env.DATABRICKS_PASSWORD}`).toString("base64")}`;
  if (env.DATABRICKS_CLIENT_ID && env.DATABRICKS_CLIENT_SECRET) {
    const basic = Buffer.from(`${encodeURIComponent(env.DATABRICKS_CLIENT_ID)}:${encodeURIComponent(env.DATABRICKS_CLIENT_SECRET)}`).toString("base64");
    return `Bearer ${await accountToken(account, { grant_type: "client_credentials", scope: "all-apis" }, { authorization: `Basic ${basic}` }, "OAuth M2M")}`;
  }
  return undefined;
}

async function githubOidcToken(account: AccountEndpoint, env: NodeJS.ProcessEnv): Promise<string> {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken) {
    throw new Error("github-oidc: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set; the job needs `permissions: id-token: write`");
  }
  const audience = env.DATABRICKS_TOKEN_AUDIENCE || account.accountId;
  // As the SDK does: the request URL already carries a query (?api-version=2.0).
  const answer = await fetch(`${requestUrl}&audience=${audience}`, { headers: { authorization: `Bearer ${requestToken}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!answer.ok) throw new Error(`github-oidc: the GitHub ID token request answered HTTP ${answer.status}`);
  const idToken = ((await answer.json()) as { value?: string }).value;
  if (!idToken) throw new Error("github-oidc: the GitHub ID token answer has no value");
  return accountToken(
    account,
    {
      grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
      subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
      subject_token: idToken,
      scope: "all-apis",
      ...(env.DATABRICKS_CLIENT_ID ? { client_id: env.DATABRICKS_CLIENT_ID } : {}),
    },
    {},
    "github-oidc token exchange",
  );
}

/** An access token from the account's token endpoint; the error names the flow and the server's reason, never a credential. */
async function accountToken(account: AccountEndpoint, form: Record<string, string>, headers: Record<string, string>, flow: string): Promise<string> {
  const answer = await fetch(`${account.host}/oidc/accounts/${account.accountId}/v1/token`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!answer.ok) {
    const body = (await answer.json().catch(() => ({}))) as { error?: string; error_description?: string };
    const reason = body.error ? `: ${body.error}${body.error_description ? ` (${body.error_description})` : ""}` : "";
    throw new Error(`${flow} token request answered HTTP ${answer.status}${reason}`);
  }
  return ((await answer.json()) as { access_token: string }).access_token;
}
