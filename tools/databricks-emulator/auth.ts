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
import { acceptForms, authorize, clientAuthentication, type Issuer, oauthError, splitAuthorization, TOKEN_LIFETIME_SECONDS, userGrantToken } from "./oauth";
import { IssuedGrants, type SignInChecker } from "./sign-in";

export interface Credentials {
  /** Accepted personal access tokens. */
  tokens: string[];
  basic: { username: string; password: string };
  /** A service principal's OAuth secret, for the M2M flow. */
  oauthClient: { clientId: string; clientSecret: string };
}

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

/** The deployer's client ID and secret from either client authentication method. */
function clientCredentials(header: string | undefined, form: Record<string, string>): { clientId?: string; clientSecret?: string } {
  const auth = clientAuthentication(header, form);
  return auth.method === "both" ? {} : auth;
}

const decodeBasic = (value: string) => Buffer.from(value, "base64").toString("utf8");

/** Account-level OIDC endpoints: discovery, authorization and token (M2M for the deployer, user grants for app clients). */
export function registerOidcRoutes(app: FastifyInstance, accountId: string, auth: Authenticator, signIn: SignInChecker): void {
  const issuer: Issuer = { signIn, grants: new IssuedGrants() };
  app.register(async (oidc) => {
    acceptForms(oidc);
    // Only the configured account has an OIDC issuer here.
    oidc.addHook("onRequest", async (req) => {
      if ((req.params as { accountId: string }).accountId !== accountId) throw endpointNotFound(req.method, pathOf(req));
    });

    oidc.get("/oidc/accounts/:accountId/.well-known/oauth-authorization-server", async (req) => {
      const base = `${req.protocol}://${req.host}/oidc/accounts/${accountId}`;
      return {
        issuer: base,
        authorization_endpoint: `${base}/v1/authorize`,
        token_endpoint: `${base}/v1/token`,
        grant_types_supported: ["client_credentials", "authorization_code", "refresh_token", TOKEN_EXCHANGE_GRANT],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
        scopes_supported: ["all-apis", "offline_access"],
      };
    });

    oidc.get("/oidc/accounts/:accountId/v1/authorize", async (req, reply) => authorize(req, reply, issuer));

    // Errors here follow RFC 6749 section 5.2, not the Databricks API error shape.
    oidc.post("/oidc/accounts/:accountId/v1/token", async (req, reply: FastifyReply) => {
      const form = (req.body ?? {}) as Record<string, string>;
      if (form.grant_type === TOKEN_EXCHANGE_GRANT) {
        const exchanged = auth.federation.exchange(form);
        if (!exchanged.ok) return oauthError(reply, exchanged.status, exchanged.error, exchanged.description);
        return { access_token: auth.mint(), token_type: "Bearer", expires_in: TOKEN_LIFETIME_SECONDS, scope: form.scope || "all-apis" };
      }
      if (form.grant_type !== "client_credentials") return userGrantToken(req, reply, issuer);
      const token = auth.issueToken(req.headers.authorization, form);
      if (!token) return oauthError(reply, 401, "invalid_client", "Client authentication failed");
      return { access_token: token, token_type: "Bearer", expires_in: TOKEN_LIFETIME_SECONDS, scope: form.scope || "all-apis" };
    });
  });
}
