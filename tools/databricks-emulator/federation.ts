/**
 * OAuth token federation, the way the Go SDK's `github-oidc` auth uses it (databricks-sdk-go
 * v0.93.0 config/experimental/auth/oidc/tokensource.go): the job's GitHub ID token is
 * exchanged at the account's token endpoint with an RFC 8693 token-exchange grant, form
 * parameters in the body (x/oauth2 AuthStyleInParams):
 *
 *   grant_type=urn:ietf:params:oauth:grant-type:token-exchange
 *   subject_token_type=urn:ietf:params:oauth:token-type:jwt
 *   subject_token=<the GitHub JWT>   scope=all-apis   client_id=<service principal's application ID>
 *
 * A client_id means workload identity federation: the service principal's federation policy
 * decides. Databricks documents a policy as {issuer, audiences, subject}, audiences defaulting
 * to the account ID (which the SDK asks GitHub for as the token's audience). The emulator checks
 * the token's iss, aud, sub and exp against the policy; it does not verify the signature (no
 * JWKS here). Errors follow RFC 6749 section 5.2, as for the other grants.
 */

export const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
export const JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt";

export interface FederationPolicy {
  issuer: string;
  /** Default: the account ID. */
  audiences?: string[];
  subject: string;
}

export type ExchangeResult = { ok: true; clientId: string } | { ok: false; status: 400 | 401; error: string; description: string };

export class Federation {
  /** By the service principal's application (client) ID. */
  private readonly policies = new Map<string, FederationPolicy>();

  constructor(private readonly accountId: string) {}

  /** Lets the service principal with this application ID sign in with tokens that match the policy. */
  setPolicy(clientId: string, policy: FederationPolicy): void {
    this.policies.set(clientId, policy);
  }

  clear(): void {
    this.policies.clear();
  }

  exchange(form: Record<string, string>, now = new Date()): ExchangeResult {
    const fail = (status: 400 | 401, error: string, description: string): ExchangeResult => ({ ok: false, status, error, description });
    if (form.subject_token_type !== JWT_TOKEN_TYPE) return fail(400, "invalid_request", `subject_token_type must be ${JWT_TOKEN_TYPE}`);
    if (!form.subject_token) return fail(400, "invalid_request", "subject_token is required");
    const clientId = form.client_id ?? "";
    const policy = this.policies.get(clientId);
    if (!policy) return fail(401, "invalid_client", clientId ? `no federation policy for client ${clientId}` : "account-wide token federation is not emulated: send client_id");
    const claims = jwtClaims(form.subject_token);
    if (!claims) return fail(400, "invalid_grant", "subject_token is not a JWT");
    const audiences = policy.audiences ?? [this.accountId];
    const tokenAudiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (claims.iss !== policy.issuer) return fail(400, "invalid_grant", `the token's issuer ${String(claims.iss)} is not the policy's`);
    if (!tokenAudiences.some((a) => audiences.includes(String(a))))
      return fail(400, "invalid_grant", `the token's audience ${tokenAudiences.join(", ")} is not one of the policy's`);
    if (claims.sub !== policy.subject) return fail(400, "invalid_grant", `the token's subject ${String(claims.sub)} does not match the policy`);
    if (typeof claims.exp !== "number" || claims.exp * 1000 <= now.getTime()) return fail(400, "invalid_grant", "the token has expired");
    return { ok: true, clientId };
  }
}

/** The payload of a compact JWT, or undefined when it is not one. */
function jwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8")) as unknown;
    return claims !== null && typeof claims === "object" ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
