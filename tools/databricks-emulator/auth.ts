/**
 * Authentication the way the Go SDK (databricks-sdk-go v0.93.0) sends it:
 * - PAT: `Authorization: Bearer <token>` (config/auth_pat.go ->
 *   config/experimental/auth/credentials/pat.go);
 * - basic: `Authorization: Basic base64(user:password)` (config/auth_basic.go);
 * - OAuth M2M (config/auth_m2m.go): with `experimental_is_unified_host` the SDK
 *   first GETs `{host}/oidc/accounts/{account_id}/.well-known/oauth-authorization-server`
 *   (credentials/u2m/endpoint_supplier.go GetUnifiedOAuthEndpoints), then posts
 *   client credentials (HTTP basic, scope all-apis) to its token_endpoint and
 *   sends the access token as a bearer token.
 * PAT and basic make no call before the first API request; only M2M does.
 */
import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply } from "fastify";
import { endpointNotFound, unauthenticated } from "./errors";
import { pathOf } from "./http";
import { Federation, TOKEN_EXCHANGE_GRANT } from "./federation";
import type { SignInChecker } from "./sign-in";

export interface Credentials {
  /** Accepted personal access tokens. */
  tokens: string[];
  basic: { username: string; password: string };
  /** A service principal's OAuth secret, for the M2M flow. */
  oauthClient: { clientId: string; clientSecret: string };
}

const TOKEN_LIFETIME_SECONDS = 3600;

export class Authenticator {
  /** Access tokens issued by the M2M token endpoint. */
  private readonly issued = new Set<string>();
  /** github-oidc: service principals' federation policies for the token-exchange grant. */
  readonly federation: Federation;

  constructor(
    readonly credentials: Credentials,
    accountId: string,
  ) {
    this.federation = new Federation(accountId);
  }

  /** Throws 401 unless the header carries one of the configured credentials. */
  check(header: string | undefined): void {
    const [scheme, value] = splitAuthorization(header);
    if (scheme === "bearer") {
      if (this.credentials.tokens.includes(value) || this.issued.has(value)) return;
      throw unauthenticated("Invalid access token.");
    }
    if (scheme === "basic") {
      const { username, password } = this.credentials.basic;
      if (decodeBasic(value) === `${username}:${password}`) return;
      throw unauthenticated("Invalid username or password.");
    }
    throw unauthenticated("Credential was not sent or was of an unsupported type for this API.");
  }

  /** The M2M flow: client_credentials for the service principal the emulator deploys with. */
  issueToken(header: string | undefined, form: Record<string, string>): string | undefined {
    const { clientId, clientSecret } = clientCredentials(header, form);
    const { oauthClient } = this.credentials;
    if (clientId !== oauthClient.clientId || clientSecret !== oauthClient.clientSecret) return undefined;
    return this.mint();
  }

  /** A new access token the account API accepts. */
  mint(): string {
    const token = `dbx_emu_${randomBytes(24).toString("hex")}`;
    this.issued.add(token);
    return token;
  }
}

/** client_secret_basic (what golang.org/x/oauth2 sends with AuthStyleInHeader) or client_secret_post. */
export function clientCredentials(header: string | undefined, form: Record<string, string>): { clientId?: string; clientSecret?: string } {
  const [scheme, value] = splitAuthorization(header);
  if (scheme !== "basic") return { clientId: form.client_id, clientSecret: form.client_secret };
  const decoded = decodeBasic(value);
  const colon = decoded.indexOf(":");
  // x/oauth2 query-escapes both parts before building the basic header.
  const [clientId, clientSecret] = [decoded.slice(0, colon), decoded.slice(colon + 1)].map(formDecode);
  return { clientId, clientSecret };
}

function splitAuthorization(header: string | undefined): [string, string] {
  const m = /^(\S+)\s+(.+)$/.exec(header ?? "");
  return m ? [m[1]!.toLowerCase(), m[2]!.trim()] : ["", ""]; // both groups are required by the pattern
}

const decodeBasic = (value: string) => Buffer.from(value, "base64").toString("utf8");

function formDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

/** A user's grants, with the form parameter each one redeems. */
const USER_GRANTS: Record<string, string> = { authorization_code: "code", refresh_token: "refresh_token" };

/** Account-level OIDC endpoints: discovery and the token endpoint (M2M for the deployer, user grants for app clients). */
export function registerOidcRoutes(app: FastifyInstance, accountId: string, auth: Authenticator, signIn: SignInChecker): void {
  app.register(async (oidc) => {
    oidc.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    // Only the configured account has an OIDC issuer here.
    oidc.addHook("onRequest", async (req) => {
      if ((req.params as { accountId: string }).accountId !== accountId) throw endpointNotFound(req.method, pathOf(req));
    });

    oidc.get("/oidc/accounts/:accountId/.well-known/oauth-authorization-server", async (req) => {
      const issuer = `${req.protocol}://${req.host}/oidc/accounts/${accountId}`;
      return {
        issuer,
        authorization_endpoint: `${issuer}/v1/authorize`,
        token_endpoint: `${issuer}/v1/token`,
        grant_types_supported: ["client_credentials", "authorization_code", "refresh_token", TOKEN_EXCHANGE_GRANT],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
        scopes_supported: ["all-apis", "offline_access"],
      };
    });

    // Errors here follow RFC 6749 section 5.2, not the Databricks API error shape.
    oidc.post("/oidc/accounts/:accountId/v1/token", async (req, reply: FastifyReply) => {
      const form = (req.body ?? {}) as Record<string, string>;
      const invalidClient = () => reply.code(401).send({ error: "invalid_client", error_description: "Client authentication failed" });
      if (form.grant_type === TOKEN_EXCHANGE_GRANT) {
        const exchanged = auth.federation.exchange(form);
        if (!exchanged.ok) return reply.code(exchanged.status).send({ error: exchanged.error, error_description: exchanged.description });
        return { access_token: auth.mint(), token_type: "Bearer", expires_in: TOKEN_LIFETIME_SECONDS, scope: form.scope || "all-apis" };
      }
      if (form.grant_type === "client_credentials") {
        const token = auth.issueToken(req.headers.authorization, form);
        if (!token) return invalidClient();
        return { access_token: token, token_type: "Bearer", expires_in: TOKEN_LIFETIME_SECONDS, scope: form.scope || "all-apis" };
      }
      // A missing grant_type is unsupported, like an unknown one.
      const grantType = form.grant_type ?? "";
      const grantParameter = USER_GRANTS[grantType];
      if (!grantParameter) {
        return reply.code(400).send({ error: "unsupported_grant_type", error_description: `grant_type must be one of client_credentials, ${Object.keys(USER_GRANTS).join(", ")}` });
      }
      if (!form[grantParameter]) return reply.code(400).send({ error: "invalid_request", error_description: `${grantParameter} is required` });
      const { clientId, clientSecret } = clientCredentials(req.headers.authorization, form);
      if (!clientId) return invalidClient();
      const check = signIn.check(clientId, clientSecret ?? "", grantType);
      if (!check.ok) return reply.code(401).send({ error: "invalid_client", error_description: `Client authentication failed: ${check.reason}` });
      // Neither token is ever checked again: the emulator serves no workspace API.
      return {
        access_token: `dbx_emu_${randomBytes(24).toString("hex")}`,
        refresh_token: `dbx_emu_rt_${randomBytes(24).toString("hex")}`,
        token_type: "Bearer",
        expires_in: TOKEN_LIFETIME_SECONDS,
        scope: form.scope || "sql offline_access",
      };
    });
  });
}
