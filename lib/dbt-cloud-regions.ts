/**
 * Where dbt Cloud lives, and the redirect URLs Databricks must trust for it.
 */
import { DBT_CLOUD_DOMAINS } from "./config/facts";

/**
 * Multi-tenant cells, as dbt Labs lists them. An account's host is `<accountPrefix>.<cell>.dbt.com`.
 * AWS: us1 (us-east-1), us5 (us-west-2), eu1 (eu-central-1), au1 (ap-southeast-2), jp1 (ap-northeast-1);
 * GCP: us3 (us-central1), eu3 (London), eu4 (Frankfurt); Azure: us2 (East US 2), eu2 (North Europe), au2 (Australia East).
 */
export const DBT_CLOUD_REGIONS = ["au1", "au2", "eu1", "eu2", "eu3", "eu4", "jp1", "us1", "us2", "us3", "us5"] as const;
export type DbtCloudRegion = (typeof DBT_CLOUD_REGIONS)[number];

/** DNS label rules, lowercase letters and digits only (dbt prefixes look like `ab123`). */
export const ACCOUNT_PREFIX_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Shared hosts that dbt Labs deprecated on 2026-11-01. Still accepted, because older
 * setups use them, but every synth warns with the replacement.
 */
const LEGACY_SHARED_HOSTS: Record<string, DbtCloudRegion> = {
  "cloud.getdbt.com": "us1",
  "emea.dbt.com": "eu1",
  "au.dbt.com": "au1",
};

export function accountHost(region: DbtCloudRegion, accountPrefix: string): string {
  return `${accountPrefix}.${region}.dbt.com`;
}

/**
 * The URLs dbt Cloud redirects back to after the Databricks consent screen: the source
 * document's pair (`/` and `/complete/databricks`) plus `/callback`, which dbt's guide
 * lists since April 2024. The order is fixed because the provider compares lists in order.
 */
export function redirectUrls(host: string): string[] {
  return [`https://${host}`, `https://${host}/callback`, `https://${host}/complete/databricks`];
}

/** True for a host on one of dbt Labs' domains (`*.dbt.com`, legacy `*.getdbt.com`). */
export function isDbtCloudDomain(host: string): boolean {
  return DBT_CLOUD_DOMAINS.some((domain) => host.endsWith(`.${domain}`));
}

/** A warning for a deprecated host, or undefined when the host is current. */
export function legacyHostWarning(host: string): string | undefined {
  const region = LEGACY_SHARED_HOSTS[host];
  if (region) {
    return (
      `${host} is a legacy shared dbt Cloud host, deprecated by dbt Labs on 2026-11-01. ` +
      `Move to your account-specific host: set dbtCloud.region to "${region}" and dbtCloud.accountPrefix ` +
      `to your account prefix (shown in dbt Cloud under Account settings), giving ACCOUNT_PREFIX.${region}.dbt.com.`
    );
  }
  if (host.endsWith(".getdbt.com")) {
    return `${host} is a legacy single-tenant dbt Cloud host (*.getdbt.com), deprecated by dbt Labs on 2026-11-01. Use the access URL shown in dbt Cloud under Account settings.`;
  }
  return undefined;
}
