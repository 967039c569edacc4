/**
 * The authorization and token endpoints for developers' sign-in with an app client, shared
 * by the account's issuer (/oidc/accounts/{id}) and each workspace's (/oidc). Answers follow
 * RFC 6749: errors are `{error, error_description}`; section 5.2 orders the checks:
 *
 * 1. no grant_type: 400 invalid_request;
 * 2. client authentication (client_secret_basic, each part form-URL-encoded first as
 *    golang.org/x/oauth2 sends it, or client_secret_post; not both): 401 invalid_client,
 *    with `WWW-Authenticate: Basic` when the client used Basic;
 * 3. a grant other than authorization_code or refresh_token: 400 unsupported_grant_type;
 * 4. its code or refresh_token missing: 400 invalid_request;
 * 5. a code or refresh token this issuer did not give this client (or expired, or a code
 *    used before): 400 invalid_grant.
 *
 * The authorization endpoint signs in a fixed emulated developer with consent already
 * given, and redirects with a code: what a browser would bring back to dbt Cloud.
 */
import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { IssuedGrants, SignInChecker } from "./sign-in";

export const TOKEN_LIFETIME_SECONDS = 3600;

/** One issuer's view: who checks clients, the grants it issued, and the workspace it is (if one). */
export interface Issuer {
  signIn: SignInChecker;
  grants: IssuedGrants;
  /** The workspace host, for the client-check log; undefined for the account. */
  workspace?: string;
}

/** The user grants, with the form parameter each one redeems. */
const USER_GRANTS: Record<string, string> = { authorization_code: "code", refresh_token: "refresh_token" };

/** Token requests are form-encoded (RFC 6749 section 4.1.3, 6). */
export function acceptForms(app: FastifyInstance): void {
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
}

export function oauthError(reply: FastifyReply, status: number, error: string, description: string, headers: Record<string, string> = {}) {
  return reply
    .code(status)
    .headers({ ...headers, "cache-control": "no-store" })
    .send({ error, error_description: description });
}

type ClientAuth = { method: "basic" | "post" | "none"; clientId?: string; clientSecret?: string } | { method: "both" };

/** client_secret_basic (what golang.org/x/oauth2 sends with AuthStyleInHeader) or client_secret_post. */
export function clientAuthentication(header: string | undefined, form: Record<string, string>): ClientAuth {
  const [scheme, value] = splitAuthorization(header);
  const posted = form.client_secret !== undefined;
  if (scheme === "basic") {
    if (posted) return { method: "both" };
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return { method: "basic" };
    // x/oauth2 query-escapes both parts before building the basic header.
    const [clientId, clientSecret] = [decoded.slice(0, colon), decoded.slice(colon + 1)].map(formDecode);
    return { method: "basic", clientId, clientSecret };
  }
  return posted ? { method: "post", clientId: form.client_id, clientSecret: form.client_secret } : { method: "none", clientId: form.client_id };
}

export function splitAuthorization(header: string | undefined): [string, string] {
  const m = /^(\S+)\s+(.+)$/.exec(header ?? "");
  return m ? [m[1]!.toLowerCase(), m[2]!.trim()] : ["", ""]; // both groups are required by the pattern
}

function formDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

/** POST {issuer}/v1/token for an app client's user grants. */
export function userGrantToken(req: FastifyRequest, reply: FastifyReply, issuer: Issuer) {
  const form = (req.body && typeof req.body === "object" ? req.body : {}) as Record<string, string>;
  const grantType = form.grant_type;
  if (!grantType) return oauthError(reply, 400, "invalid_request", "grant_type is required");

  const auth = clientAuthentication(req.headers.authorization, form);
  if (auth.method === "both") return oauthError(reply, 400, "invalid_request", "use one client authentication method: client_secret_basic or client_secret_post, not both");
  const challenge = auth.method === "basic" ? { "www-authenticate": 'Basic realm="oidc"' } : undefined;
  if (!auth.clientId || auth.clientSecret === undefined) return oauthError(reply, 401, "invalid_client", "Client authentication failed: no client credentials", challenge);
  const check = issuer.signIn.check(auth.clientId, auth.clientSecret, grantType, issuer.workspace);
  if (!check.ok) return oauthError(reply, 401, "invalid_client", `Client authentication failed: ${check.reason}`, challenge);

  const parameter = USER_GRANTS[grantType];
  if (!parameter) return oauthError(reply, 400, "unsupported_grant_type", `grant_type must be one of ${Object.keys(USER_GRANTS).join(", ")}`);
  const presented = form[parameter];
  if (!presented) return oauthError(reply, 400, "invalid_request", `${parameter} is required`);

  const client = issuer.signIn.client(auth.clientId)!; // check() just found it live
  const grant =
    grantType === "authorization_code" ? issuer.grants.redeemCode(presented, auth.clientId, form.redirect_uri) : issuer.grants.checkRefreshToken(presented, auth.clientId);
  if (!grant.ok) return oauthError(reply, 400, "invalid_grant", grant.reason);
  // A refresh token that is not single-use stays the same (Databricks' default).
  const refreshToken = grantType === "refresh_token" ? presented : issuer.grants.issueRefreshToken(auth.clientId, client.refreshTokenMinutes);
  return reply.header("cache-control", "no-store").send({
    // The emulator serves no workspace API, so the access token is never checked anywhere.
    access_token: `dbx_emu_${randomBytes(24).toString("hex")}`,
    refresh_token: refreshToken,
    token_type: "Bearer",
    expires_in: TOKEN_LIFETIME_SECONDS,
    scope: client.scopes.join(" "),
  });
}

type AuthorizeQuery = { response_type?: string; client_id?: string; redirect_uri?: string; state?: string };

/**
 * GET {issuer}/v1/authorize. An unknown (or not yet propagated) client or a redirect URI it
 * did not register is answered here, never redirected (RFC 6749 section 4.1.2.1); other
 * errors go back to the redirect URI.
 */
export function authorize(req: FastifyRequest, reply: FastifyReply, issuer: Issuer) {
  const q = req.query as AuthorizeQuery;
  if (!q.client_id) return oauthError(reply, 400, "invalid_request", "client_id is required");
  const check = issuer.signIn.check(q.client_id, undefined, "authorize", issuer.workspace);
  if (!check.ok) return oauthError(reply, 400, "invalid_client", `Unknown client: ${check.reason}`);
  const client = issuer.signIn.client(q.client_id)!;
  const redirectUri = q.redirect_uri ?? client.redirectUrls[0];
  if (!redirectUri || !client.redirectUrls.includes(redirectUri))
    return oauthError(reply, 400, "invalid_request", `redirect_uri is not registered for this client: ${redirectUri}`);
  const target = new URL(redirectUri);
  if (q.state !== undefined) target.searchParams.set("state", q.state);
  if (q.response_type !== "code") target.searchParams.set("error", "unsupported_response_type");
  else target.searchParams.set("code", issuer.grants.issueCode(q.client_id, q.redirect_uri));
  return reply.redirect(target.toString(), 302);
}
