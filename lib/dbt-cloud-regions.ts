/**
 * Where dbt Cloud lives, and the redirect URLs Databricks must trust for it.
 * Source: dbt docs "Access, Regions, & IP addresses" (see ../shared/reference/facts.md §1-2).
 */

export interface DbtCloudCell {
  readonly cloud: "AWS" | "GCP" | "Azure";
  readonly location: string;
}

/** Multi-tenant cells. An account's host is `<accountPrefix>.<cell>.dbt.com`. */
export const DBT_CLOUD_CELLS = {
  us1: { cloud: "AWS", location: "North America (us-east-1)" },
  us5: { cloud: "AWS", location: "North America (us-west-2)" },
  eu1: { cloud: "AWS", location: "EMEA (eu-central-1)" },
  au1: { cloud: "AWS", location: "APAC (ap-southeast-2)" },
  jp1: { cloud: "AWS", location: "Japan (ap-northeast-1)" },
  us3: { cloud: "GCP", location: "North America (us-central1)" },
  eu3: { cloud: "GCP", location: "EMEA (London)" },
  eu4: { cloud: "GCP", location: "EMEA (Frankfurt)" },
  us2: { cloud: "Azure", location: "North America (East US 2)" },
  eu2: { cloud: "Azure", location: "EMEA (North Europe)" },
  au2: { cloud: "Azure", location: "APAC (Australia East)" },
} as const satisfies Record<string, DbtCloudCell>;

export type DbtCloudRegion = keyof typeof DBT_CLOUD_CELLS;
export const DBT_CLOUD_REGIONS = Object.keys(DBT_CLOUD_CELLS).sort() as DbtCloudRegion[];

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
    return (
      `${host} is a legacy single-tenant dbt Cloud host (*.getdbt.com), deprecated by dbt Labs on 2026-11-01. ` +
      `Use the access URL shown in dbt Cloud under Account settings.`
    );
  }
  return undefined;
}
