/**
 * Sign-in for the OAuth clients of custom app integrations, the way dbt Cloud uses them:
 * a developer authorizes the client at a workspace (`/oidc/v1/authorize`), dbt Cloud
 * redeems the code and later the refresh token at that workspace's token endpoint with the
 * integration's client ID and secret (facts.md section 8).
 *
 * The token endpoint answers as RFC 6749 section 5.2 says: client authentication first
 * (ID, secret, whether the integration still exists and has propagated), then the grant
 * (a code or refresh token this issuer gave that client, not expired, a code used once).
 *
 * Propagation: Databricks documents that an OAuth application change can take up to 30
 * minutes to take effect. Each integration gets `authenticates_from` when it is created:
 * its create time plus the delay in force then.
 */
import { randomBytes } from "node:crypto";
import { nextGlobalSeq } from "../common/sequence";
import type { IntegrationStore } from "./store";

export interface ClientCheck {
  /** Ordered with both emulators' request logs (tools/common/sequence.ts). */
  globalSeq: number;
  /** ISO 8601. */
  time: string;
  clientId: string;
  /** The grant redeemed, or "authorize" for the authorization endpoint. */
  grantType: string;
  ok: boolean;
  /** "ok", "unknown client", "integration deleted", "wrong secret" or "propagating until <time>". */
  reason: string;
  /** The workspace host whose endpoint was asked; absent for the account's endpoint. */
  workspace?: string;
}

export class SignInChecker {
  private checks: ClientCheck[] = [];

  constructor(
    private readonly store: IntegrationStore,
    /** Applies to integrations created from now on. */
    public propagationSeconds = 0,
  ) {}

  /**
   * Whether a client is known, live and propagated, and (unless `clientSecret` is
   * undefined, as at the authorization endpoint) whether its secret is right. Recorded.
   */
  check(clientId: string, clientSecret: string | undefined, grantType: string, workspace?: string, now = new Date()): ClientCheck {
    const found = this.store.findClient(clientId);
    let reason = "ok";
    if (found.state === "unknown") reason = "unknown client";
    else if (found.state === "deleted") reason = "integration deleted";
    else if (clientSecret !== undefined && (found.integration.client_secret === undefined || found.integration.client_secret !== clientSecret)) reason = "wrong secret";
    else if (now < new Date(found.integration.authenticates_from)) reason = `propagating until ${found.integration.authenticates_from}`;
    const check: ClientCheck = { globalSeq: nextGlobalSeq(), time: now.toISOString(), clientId, grantType, ok: reason === "ok", reason, ...(workspace ? { workspace } : {}) };
    this.checks.push(check);
    return { ...check };
  }

  /** What the grants need of a live client: its redirect URLs, scopes and refresh token lifetime. */
  client(clientId: string): { redirectUrls: string[]; scopes: string[]; refreshTokenMinutes: number } | undefined {
    const found = this.store.findClient(clientId);
    if (found.state !== "live") return undefined;
    const { redirect_urls, scopes, token_access_policy } = found.integration;
    return { redirectUrls: redirect_urls, scopes, refreshTokenMinutes: token_access_policy.refresh_token_ttl_in_minutes ?? 10080 };
  }

  all(): ClientCheck[] {
    return this.checks.map((c) => ({ ...c }));
  }

  clear(): void {
    this.checks = [];
  }
}

/** RFC 6749 section 4.1.2: short-lived; ten minutes at most is recommended. */
const CODE_LIFETIME_MS = 5 * 60_000;

interface IssuedCode {
  clientId: string;
  redirectUri?: string;
  expiresAt: number;
}

interface IssuedRefreshToken {
  clientId: string;
  expiresAt: number;
}

/** Why a grant is refused (invalid_grant), or the client it belongs to. */
export type GrantCheck = { ok: true } | { ok: false; reason: string };

/**
 * The codes and refresh tokens one issuer (the account, or one workspace) gave out. A token
 * from one workspace is worth nothing at another, as each workspace is its own issuer.
 */
export class IssuedGrants {
  private readonly codes = new Map<string, IssuedCode>();
  private readonly refreshTokens = new Map<string, IssuedRefreshToken>();

  issueCode(clientId: string, redirectUri: string | undefined, now = Date.now()): string {
    const code = `dbx_code_${randomBytes(16).toString("hex")}`;
    this.codes.set(code, { clientId, redirectUri, expiresAt: now + CODE_LIFETIME_MS });
    return code;
  }

  issueRefreshToken(clientId: string, lifetimeMinutes: number, now = Date.now()): string {
    const token = `dbx_rt_${randomBytes(24).toString("hex")}`;
    this.refreshTokens.set(token, { clientId, expiresAt: now + lifetimeMinutes * 60_000 });
    return token;
  }

  /** A code is good once, for the client it was issued to, with the redirect URI it was issued for. */
  redeemCode(code: string, clientId: string, redirectUri: string | undefined, now = Date.now()): GrantCheck {
    const issued = this.codes.get(code);
    this.codes.delete(code);
    if (!issued) return { ok: false, reason: "authorization code is invalid or was already used" };
    if (issued.clientId !== clientId) return { ok: false, reason: "authorization code was issued to another client" };
    if (now >= issued.expiresAt) return { ok: false, reason: "authorization code expired" };
    if (issued.redirectUri !== undefined && issued.redirectUri !== redirectUri) return { ok: false, reason: "redirect_uri does not match the authorization request" };
    return { ok: true };
  }

  checkRefreshToken(token: string, clientId: string, now = Date.now()): GrantCheck {
    const issued = this.refreshTokens.get(token);
    if (!issued) return { ok: false, reason: "refresh token is invalid" };
    if (issued.clientId !== clientId) return { ok: false, reason: "refresh token was issued to another client" };
    if (now >= issued.expiresAt) return { ok: false, reason: "refresh token expired" };
    return { ok: true };
  }

  clear(): void {
    this.codes.clear();
    this.refreshTokens.clear();
  }
}
