/**
 * Sign-in for the OAuth clients of custom app integrations, the way dbt Cloud
 * uses them: it redeems an authorization code or a refresh token at the
 * account's token endpoint with the integration's client ID and secret. The
 * emulator checks only the client (ID, secret, whether the integration still
 * exists and has propagated), not the code or token itself: which client dbt
 * Cloud holds is what a rotation can break.
 *
 * Propagation: Databricks documents that an OAuth application change can take
 * up to 30 minutes to take effect. Each integration gets `authenticates_from`
 * when it is created: its create time plus the delay in force then.
 */
import { nextGlobalSeq } from "../common/sequence";
import type { IntegrationStore } from "./store";

export interface ClientCheck {
  /** Ordered with both emulators' request logs (tools/common/sequence.ts). */
  globalSeq: number;
  /** ISO 8601. */
  time: string;
  clientId: string;
  grantType: string;
  ok: boolean;
  /** "ok", "unknown client", "integration deleted", "wrong secret" or "propagating until <time>". */
  reason: string;
}

export class SignInChecker {
  private checks: ClientCheck[] = [];

  constructor(
    private readonly store: IntegrationStore,
    /** Applies to integrations created from now on. */
    public propagationSeconds = 0,
  ) {}

  check(clientId: string, clientSecret: string, grantType: string, now = new Date()): ClientCheck {
    const found = this.store.findClient(clientId);
    let reason = "ok";
    if (found.state === "unknown") reason = "unknown client";
    else if (found.state === "deleted") reason = "integration deleted";
    else if (found.integration.client_secret === undefined || found.integration.client_secret !== clientSecret) reason = "wrong secret";
    else if (now < new Date(found.integration.authenticates_from)) reason = `propagating until ${found.integration.authenticates_from}`;
    const check = { globalSeq: nextGlobalSeq(), time: now.toISOString(), clientId, grantType, ok: reason === "ok", reason };
    this.checks.push(check);
    return { ...check };
  }

  all(): ClientCheck[] {
    return this.checks.map((c) => ({ ...c }));
  }

  clear(): void {
    this.checks = [];
  }
}
