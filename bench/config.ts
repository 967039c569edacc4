/**
 * Configs of any size, generated on the fly: distinct ids, names, account prefixes and
 * secret names, dbt Cloud regions cycling through every cell, a single-tenant access URL,
 * rotation tokens (a rotation in progress on some), extra scopes and token lifetimes on some,
 * and each with its dbt Cloud account and managed connection (one dbtcloud provider per
 * account), so the synthesized JSON is as varied as a real account's.
 */
import type { ConfigInput } from "../lib/config/schema";
import { DBT_CLOUD_REGIONS } from "../lib/dbt-cloud-regions";

export interface GenerateOptions {
  /** How many integrations. */
  count: number;
  /** Keeps names apart when several generated stacks share one emulator (ids stay short). */
  tag: string;
  stackName?: string;
  /** A real-looking UUID by default; the sandbox passes its emulator's account. */
  accountId?: string;
  backend?: ConfigInput["backend"];
  sandbox?: ConfigInput["sandbox"];
  /** Secrets Manager recovery window; 7 in the sandbox. */
  recoveryWindowDays?: number;
  /**
   * Managed dbt Cloud connections, one account each (default true). The sandbox bench sets
   * false: its one dbt Cloud emulator serves a single account.
   */
  connections?: boolean;
}

type IntegrationInput = ConfigInput["integrations"][number];

export function generateIntegration(index: number, tag: string, recoveryWindowDays = 30, connection = true): IntegrationInput {
  const id = `i${String(index).padStart(3, "0")}`;
  const region = DBT_CLOUD_REGIONS[index % DBT_CLOUD_REGIONS.length];
  const integration: IntegrationInput = {
    id,
    name: `dbt-${tag}-${id}`,
    // Every 7th is a single-tenant account with its own access URL.
    dbtCloud: {
      ...(index % 7 === 6 ? { accessUrl: `https://st${index}.${region}.dbt.com` } : { region, accountPrefix: `${tag.replace(/[^a-z0-9]/g, "")}${index}` }),
      ...(connection && {
        accountId: 70403103930000 + index,
        connection: { name: `Databricks (${id})`, databricks: { host: `dbc-${index}.cloud.databricks.com`, httpPath: `/sql/1.0/warehouses/w${index}` } },
      }),
    },
    secret: { name: `bench/${tag}/${id}`, recoveryWindowDays },
  };
  if (index % 3 === 1) integration.scopes = ["sql", "all-apis", "offline_access"];
  if (index % 4 === 2) integration.tokenLifetimes = { accessTokenMinutes: 120 + index, refreshTokenMinutes: 20160 };
  if (index % 5 === 3) integration.rotation = `2026-${String((index % 12) + 1).padStart(2, "0")}`;
  if (index % 10 === 4) integration.rotation = { current: "2026-01", pending: "2026-04", everyDays: 90 };
  return integration;
}

export function generateConfig(options: GenerateOptions): ConfigInput {
  const integrations = Array.from({ length: options.count }, (_, index) => generateIntegration(index, options.tag, options.recoveryWindowDays, options.connections ?? true));
  return {
    stackName: options.stackName ?? `bench-${options.tag}`,
    databricks: { accountId: options.accountId ?? "0d26daa6-5e44-4c97-a497-ef015f91254a" },
    aws: { region: "us-east-1", defaultTags: { "managed-by": "dbt-databricks-oauth-bench" } },
    // A shared backend, as a real deployment has: no local-state warning on every synth.
    backend: options.backend ?? { type: "s3", bucket: "bench-terraform-state", key: `${options.tag}.tfstate` },
    ...(options.sandbox && { sandbox: options.sandbox }),
    integrations,
  };
}
