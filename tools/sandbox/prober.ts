/**
 * A sign-in prober for the end-to-end tests: about 4 times a second it takes
 * the OAuth client dbt Cloud holds now and signs in with it at the Databricks
 * **workspace** the connection names, as dbt Cloud does for a developer
 * (facts.md section 8): with a refresh token it holds for that client, or, when it
 * has none yet (a client it has not seen), by the authorization-code flow first, as
 * a developer connecting does. A rotation without an outage means every probe succeeds.
 *
 * Each probe is stamped with the process-wide sequence number the emulators'
 * request logs use (tools/common/sequence.ts), so a failure can be placed
 * among the API calls that caused it.
 */
import { nextGlobalSeq } from "../common/sequence";
import type { DatabricksEmulator } from "../databricks-emulator/server";
import type { DbtCloudEmulator } from "../dbtcloud-emulator/server";

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
}

export interface Probe {
  globalSeq: number;
  /** ISO 8601, when the probe was answered. */
  time: string;
  /** null when dbt Cloud held no client (no connection, or one without a client). */
  clientId: string | null;
  ok: boolean;
  /** "ok", the token endpoint's reason ("propagating until ...", "integration deleted"...), or why no sign-in was tried. */
  reason: string;
}

export interface ProberOptions {
  /** The client dbt Cloud holds now, or undefined when it holds none. */
  currentClient: () => OAuthClient | undefined | Promise<OAuthClient | undefined>;
  /** The workspace's base URL (https://{workspace host}; in the sandbox its emulated listener): its /oidc/v1/authorize and /oidc/v1/token are used. */
  workspaceUrl: string;
  /** Default 250 ms: about 4 probes a second. */
  intervalMs?: number;
}

/** The client a dbt Cloud emulator's connection holds, read through its test hook (the API never returns it). */
export function heldByConnection(dbtCloud: DbtCloudEmulator, connectionId: () => number | undefined): () => OAuthClient | undefined {
  return () => {
    const id = connectionId();
    const connection = dbtCloud.connections().find((c) => c.id === id);
    const { client_id, client_secret } = connection?.config ?? {};
    return client_id && client_secret ? { clientId: client_id, clientSecret: client_secret } : undefined;
  };
}

/** The emulated workspace's URL for a host the emulator serves. */
export function workspaceUrlOf(databricks: DatabricksEmulator, host: string): string {
  const url = databricks.workspaces[host];
  if (!url) throw new Error(`the Databricks emulator serves no workspace ${host} (it serves: ${Object.keys(databricks.workspaces).join(", ") || "none"})`);
  return url;
}

interface TokenAnswer {
  ok: boolean;
  refresh_token?: string;
  error?: string;
  error_description?: string;
  status: number;
}

export class SignInProber {
  private readonly recorded: Probe[] = [];
  /** The refresh token held per client ID, as dbt Cloud holds one per developer. */
  private readonly refreshTokens = new Map<string, string>();
  private stopped = false;
  private readonly loop: Promise<void>;

  private constructor(private readonly options: ProberOptions) {
    this.loop = this.run();
  }

  static start(options: ProberOptions): SignInProber {
    return new SignInProber(options);
  }

  /** Ends the loop after the probe in flight; resolves with every probe. */
  async stop(): Promise<Probe[]> {
    this.stopped = true;
    await this.loop;
    return this.probes();
  }

  probes(): Probe[] {
    return this.recorded.map((p) => ({ ...p }));
  }

  private async run(): Promise<void> {
    const interval = this.options.intervalMs ?? 250;
    while (!this.stopped) {
      const started = Date.now();
      this.recorded.push(await this.probe());
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, interval - (Date.now() - started))));
    }
  }

  private async probe(): Promise<Probe> {
    const stamp = (clientId: string | null, ok: boolean, reason: string): Probe => ({
      globalSeq: nextGlobalSeq(),
      time: new Date().toISOString(),
      clientId,
      ok,
      reason,
    });
    let client: OAuthClient | undefined;
    try {
      client = await this.options.currentClient();
    } catch (err) {
      return stamp(null, false, `could not read dbt Cloud's client: ${(err as Error).message}`);
    }
    if (!client) return stamp(null, false, "dbt Cloud holds no client");
    try {
      const held = this.refreshTokens.get(client.clientId);
      const answer = held ? await this.redeem(client, { grant_type: "refresh_token", refresh_token: held }) : await this.signInFresh(client);
      if (answer.ok) {
        if (answer.refresh_token) this.refreshTokens.set(client.clientId, answer.refresh_token);
        return stamp(client.clientId, true, "ok");
      }
      if (answer.error === "invalid_grant") this.refreshTokens.delete(client.clientId);
      return stamp(client.clientId, false, answer.error_description ?? answer.error ?? `HTTP ${answer.status}`);
    } catch (err) {
      return stamp(client.clientId, false, `workspace unreachable: ${(err as Error).message}`);
    }
  }

  /** A developer connects: the authorization endpoint redirects with a code, which is redeemed. */
  private async signInFresh(client: OAuthClient): Promise<TokenAnswer> {
    const query = new URLSearchParams({ response_type: "code", client_id: client.clientId, scope: "sql offline_access", state: "prober" });
    const res = await fetch(`${this.options.workspaceUrl}/oidc/v1/authorize?${query}`, { redirect: "manual" });
    const code = res.status === 302 ? new URL(res.headers.get("location") ?? "", "http://invalid").searchParams.get("code") : null;
    if (!code) return { ok: false, status: res.status, ...((await res.json().catch(() => ({}))) as object) };
    return this.redeem(client, { grant_type: "authorization_code", code });
  }

  private async redeem(client: OAuthClient, form: Record<string, string>): Promise<TokenAnswer> {
    // client_secret_basic, both parts form-encoded first, as golang.org/x/oauth2 sends it.
    const basic = Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString("base64");
    const res = await fetch(`${this.options.workspaceUrl}/oidc/v1/token`, {
      method: "POST",
      headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    });
    const body = (await res.json().catch(() => ({}))) as Omit<TokenAnswer, "ok" | "status">;
    return { ...body, ok: res.ok, status: res.status };
  }
}

export interface ProbeSummary {
  count: number;
  failures: number;
  firstFailure?: Probe;
  lastFailure?: Probe;
  /** Each change of the client dbt Cloud held, with the first probe that saw the new one. */
  switches: { from: string | null; to: string | null; at: Probe }[];
}

export function summarize(probes: Probe[]): ProbeSummary {
  const failed = probes.filter((p) => !p.ok);
  const switches = probes.flatMap((p, i) => {
    const previous = probes[i - 1];
    return previous && p.clientId !== previous.clientId ? [{ from: previous.clientId, to: p.clientId, at: p }] : [];
  });
  return { count: probes.length, failures: failed.length, firstFailure: failed[0], lastFailure: failed[failed.length - 1], switches };
}

const short = (clientId: string | null) => (clientId === null ? "none" : `${clientId.slice(0, 8)}…`);
const clock = (p: Probe) => p.time.slice(11, 23);

/** A few lines for a test's output: count, failures, first and last failure, client switches. */
export function formatTimeline(probes: Probe[]): string {
  const s = summarize(probes);
  const [first] = probes;
  const last = probes.at(-1);
  const span = first && last && probes.length > 1 ? ` over ${((Date.parse(last.time) - Date.parse(first.time)) / 1000).toFixed(1)} s` : "";
  const lines = [`sign-in probes: ${s.count}${span}, ${s.failures} failed`];
  if (first) lines.push(`  ${clock(first)} client ${short(first.clientId)}`);
  for (const sw of s.switches) lines.push(`  ${clock(sw.at)} client ${short(sw.from)} -> ${short(sw.to)} (seq ${sw.at.globalSeq})`);
  if (s.firstFailure) lines.push(`  first failure ${clock(s.firstFailure)} ${short(s.firstFailure.clientId)}: ${s.firstFailure.reason} (seq ${s.firstFailure.globalSeq})`);
  if (s.lastFailure && s.lastFailure !== s.firstFailure) {
    lines.push(`  last failure  ${clock(s.lastFailure)} ${short(s.lastFailure.clientId)}: ${s.lastFailure.reason} (seq ${s.lastFailure.globalSeq})`);
  }
  return lines.join("\n");
}
