/**
 * The rules that relate several fields, run by the schema after each field has its shape.
 * Each problem names its field path, so the user sees it next to the value at fault.
 */
import { isIP } from "node:net";
import { z } from "zod";
import { accountHost, DBT_CLOUD_REGIONS, type DbtCloudRegion, isDbtCloudDomain } from "../dbt-cloud-regions";
import { DBT_CLOUD_DOMAINS, RECOVERY_WINDOW_DAYS } from "./facts";

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

/** Where an integration's dbt Cloud account lives, and the host its access URL names. */
export type DbtCloudLocation =
  | { readonly kind: "account"; readonly region: DbtCloudRegion; readonly accountPrefix: string; readonly host: string }
  | { readonly kind: "access-url"; readonly accessUrl: string; readonly host: string; readonly customHost: boolean };

const DOMAINS = DBT_CLOUD_DOMAINS.map((domain) => `*.${domain}`).join(", ");

/**
 * The two ways of naming dbt Cloud, exactly one of them: region + accountPrefix, or accessUrl.
 * An access URL outside dbt's domains needs customHost: true, because the dbt Cloud token and
 * the client secret go to that host: a typo or a hostile edit must not send them elsewhere.
 */
export function dbtCloudLocation(where: { region?: DbtCloudRegion; accountPrefix?: string; accessUrl?: string; customHost?: boolean }, ctx: Ctx): DbtCloudLocation {
  const problem = (path: Path, message: string, input?: unknown) => ctx.addIssue({ code: "custom", path, message, input });
  const { region, accountPrefix, accessUrl, customHost = false } = where;
  if (accessUrl !== undefined) {
    if (region !== undefined || accountPrefix !== undefined) problem([], "set either accessUrl, or region and accountPrefix, not both");
    const parsed = parseAccessUrl(accessUrl);
    if ("problem" in parsed) problem(["accessUrl"], parsed.problem, accessUrl);
    else if (!customHost && !isDbtCloudDomain(parsed.host)) {
      problem(
        ["accessUrl"],
        `is not on dbt's domains (${DOMAINS}), and the dbt Cloud token and the client secret are sent to it; if it is your dbt Cloud host on its own domain, also set dbtCloud.customHost to true`,
        accessUrl,
      );
    } else if (customHost && isDbtCloudDomain(parsed.host)) {
      problem(["customHost"], `is only for a host outside dbt's domains (${DOMAINS}); remove it`, customHost);
    } else if (region === undefined && accountPrefix === undefined) return { kind: "access-url", accessUrl, host: parsed.host, customHost };
    return z.NEVER;
  }
  if (customHost) problem(["customHost"], "applies only with accessUrl: remove it, the region's host is on dbt's domains", customHost);
  if (region === undefined) problem(["region"], `required (one of ${DBT_CLOUD_REGIONS.join(", ")}), or set dbtCloud.accessUrl instead`);
  if (accountPrefix === undefined) problem(["accountPrefix"], 'required with region: the first part of your access URL, e.g. "ab123" in ab123.us1.dbt.com');
  if (region === undefined || accountPrefix === undefined) return z.NEVER;
  return { kind: "account", region, accountPrefix, host: accountHost(region, accountPrefix) };
}

/** The dbt Cloud connection managed as code, as the schema parsed it. */
export interface DbtCloudConnectionInput {
  name: string;
  databricks: { host: string; httpPath: string; catalog?: string };
  adopt?: number;
  /** The end of managing it: forget it (release) or delete it in dbt Cloud; see retirement-rules.ts. */
  release?: boolean;
  delete?: boolean;
}

/** Where dbt Cloud lives, plus the account and connection when the connection is managed. */
export type DbtCloudSettings = DbtCloudLocation & {
  readonly accountId?: number;
  readonly tokenEnv: string;
  readonly connection?: DbtCloudConnectionInput;
};

export function dbtCloudSettings(
  {
    accountId,
    tokenEnv,
    connection,
    ...where
  }: { region?: DbtCloudRegion; accountPrefix?: string; accessUrl?: string; customHost?: boolean; accountId?: number; tokenEnv: string; connection?: DbtCloudConnectionInput },
  ctx: Ctx,
): DbtCloudSettings {
  if (connection && accountId === undefined) {
    ctx.addIssue({ code: "custom", path: ["accountId"], message: "required with connection: the dbt Cloud account id, the number after /accounts/ in dbt Cloud's URLs" });
  }
  const location = dbtCloudLocation(where, ctx);
  if (location === z.NEVER || (connection && accountId === undefined)) return z.NEVER;
  return { ...location, accountId, tokenEnv, connection };
}

/** A pending client must differ from the current one: they are two clients with two names. */
export function checkRotation(rotation: { current?: string; pending?: string }, ctx: Ctx): void {
  if (rotation.pending !== undefined && rotation.pending === rotation.current) {
    ctx.addIssue({
      code: "custom",
      path: ["pending"],
      message: "must differ from rotation.current: the pending client is a new one; choose another token",
      input: rotation.pending,
    });
  }
}

/** An access URL usable as a redirect base is exactly https://HOST, HOST a DNS name. */
function parseAccessUrl(value: string): { host: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: "must be a URL such as https://cloud.getdbt.com or https://ACCOUNT_PREFIX.us1.dbt.com" };
  }
  if (url.protocol !== "https:") return { problem: "must use https://" };
  if (url.username || url.password) return { problem: "must not carry credentials (user:password@)" };
  if (url.port) return { problem: "must not name a port" };
  if (url.pathname !== "/" || value.replace(/\/$/, "") !== `https://${url.host}`) return { problem: "must be only https://HOST, with no path, query or fragment" };
  // Redirect URLs on an IP address break as soon as the address changes, and dbt Cloud never serves one.
  if (isIP(url.hostname.replace(/^\[(.*)\]$/, "$1"))) return { problem: "must name a DNS host, not an IP address" };
  if (!/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(url.hostname)) return { problem: "must name a DNS host" };
  return { host: url.hostname };
}

export function checkIntegration(
  integration: {
    scopes: string[];
    tokenLifetimes: { accessTokenMinutes: number; refreshTokenMinutes: number };
    secret: { recoveryWindowDays: number; forceDeleteWithoutRecovery: boolean; replicaRegions?: string[] };
  },
  ctx: Ctx,
): void {
  const { scopes, tokenLifetimes: lifetimes, secret: store } = integration;
  const problem = (path: Path, message: string, input?: unknown) => ctx.addIssue({ code: "custom", path, message, input });

  if (new Set(scopes).size !== scopes.length) problem(["scopes"], "lists a scope twice", scopes);
  if (!scopes.includes("offline_access")) {
    problem(["scopes"], 'must include "offline_access": without it Databricks issues no refresh token and dbt Cloud users sign in again every hour', scopes);
  }
  if (!scopes.includes("sql") && !scopes.includes("all-apis")) problem(["scopes"], 'must include "sql" (SQL models) or "all-apis" (Python models)', scopes);

  if (lifetimes.refreshTokenMinutes < lifetimes.accessTokenMinutes) {
    problem(["tokenLifetimes", "refreshTokenMinutes"], `must be at least the access token lifetime (${lifetimes.accessTokenMinutes} minutes)`, lifetimes.refreshTokenMinutes);
  }

  const window = store.recoveryWindowDays;
  const { min, max } = RECOVERY_WINDOW_DAYS;
  if (window === 0 && !store.forceDeleteWithoutRecovery) {
    problem(["secret", "recoveryWindowDays"], `0 deletes the secret without recovery; set secret.forceDeleteWithoutRecovery to true to mean it, or use ${min}..${max}`, window);
  } else if (window !== 0 && (window < min || window > max)) {
    problem(["secret", "recoveryWindowDays"], `must be ${min}..${max} days (or 0 with forceDeleteWithoutRecovery)`, window);
  }
  if (store.forceDeleteWithoutRecovery && window !== 0) {
    problem(["secret", "forceDeleteWithoutRecovery"], "true requires secret.recoveryWindowDays 0", true);
  }
  const replicas = store.replicaRegions ?? [];
  if (new Set(replicas).size !== replicas.length) problem(["secret", "replicaRegions"], "lists a region twice", replicas);
}

/** The secret name an integration gets when the config names none. */
export function defaultSecretName(stackName: string, integrationId: string): string {
  return `${stackName}/${integrationId}`;
}

export function checkAcrossIntegrations(
  config: {
    aws: { region: string };
    sandbox?: { dbtCloudUrl?: string };
    integrations: { id: string; name: string; dbtCloud: DbtCloudSettings; secret: { name: string; replicaRegions?: string[] } }[];
  },
  ctx: Ctx,
): void {
  const accounts = new Map<number, { index: number; host: string; tokenEnv: string }>();
  config.integrations.forEach(({ dbtCloud }, index) => {
    if (dbtCloud.connection && config.sandbox && !config.sandbox.dbtCloudUrl) {
      ctx.addIssue({
        code: "custom",
        path: ["sandbox", "dbtCloudUrl"],
        message: `required: integrations[${index}] manages a dbt Cloud connection, which the sandbox serves from the dbt Cloud emulator`,
      });
    }
    if (dbtCloud.accountId === undefined) return;
    const first = accounts.get(dbtCloud.accountId);
    if (!first) accounts.set(dbtCloud.accountId, { index, host: dbtCloud.host, tokenEnv: dbtCloud.tokenEnv });
    else if (first.host !== dbtCloud.host || first.tokenEnv !== dbtCloud.tokenEnv) {
      // One provider per dbt Cloud account: one host and one token.
      ctx.addIssue({
        code: "custom",
        path: ["integrations", index, "dbtCloud"],
        message: `dbt Cloud account ${dbtCloud.accountId} is also integrations[${first.index}]'s, at ${first.host} with ${first.tokenEnv}: one account has one host and one token`,
      });
    }
  });

  const firstIndex = new Map<string, number>();
  const unique = (field: string, index: number, value: string, path: Path) => {
    const key = `${field}\u0000${value}`;
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else
      ctx.addIssue({ code: "custom", path: ["integrations", index, ...path], message: `duplicates integrations[${first}]: each integration needs its own ${field}`, input: value });
  };
  config.integrations.forEach((integration, index) => {
    unique("id", index, integration.id, ["id"]);
    unique("name", index, integration.name, ["name"]);
    unique("secret name", index, integration.secret.name, ["secret", "name"]);
    if (integration.secret.replicaRegions?.includes(config.aws.region)) {
      ctx.addIssue({
        code: "custom",
        path: ["integrations", index, "secret", "replicaRegions"],
        message: `must not include aws.region (${config.aws.region}), where the primary secret lives`,
        input: integration.secret.replicaRegions,
      });
    }
  });
}
