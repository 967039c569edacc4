/**
 * Configs of any size, generated on the fly: distinct ids, names, account prefixes and
 * secret names, dbt Cloud regions cycling through every cell, a single-tenant access URL,
 * rotation tokens, extra scopes and token lifetimes on some, so the synthesized JSON is as
 * varied as a real account's.
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
}

type IntegrationInput = ConfigInput["integrations"][number];

export function generateIntegration(index: number, tag: string, recoveryWindowDays = 30): IntegrationInput {
  const id = `i${String(index).padStart(3, "0")}`;
  const region = DBT_CLOUD_REGIONS[index % DBT_CLOUD_REGIONS.length];
  const integration: IntegrationInput = {
    id,
    name: `dbt-${tag}-${id}`,
    // Every 7th is a single-tenant account with its own access URL.
    dbtCloud: index % 7 === 6 ? { accessUrl: `https://st${index}.${region}.dbt.com` } : { region, accountPrefix: `${tag.replace(/[^a-z0-9]/g, "")}${index}` },
    secret: { name: `bench/${tag}/${id}`, recoveryWindowDays },
  };
  if (index % 3 === 1) integration.scopes = ["sql", "all-apis", "offline_access"];
  if (index % 4 === 2) integration.tokenLifetimes = { accessTokenMinutes: 120 + index, refreshTokenMinutes: 20160 };
  if (index % 5 === 3) integration.rotation = `2026-${String((index % 12) + 1).padStart(2, "0")}`;
  return integration;
}

export function generateConfig(options: GenerateOptions): ConfigInput {
  const integrations = Array.from({ length: options.count }, (_, index) => generateIntegration(index, options.tag, options.recoveryWindowDays));
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
