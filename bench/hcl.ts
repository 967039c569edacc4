/**
 * The plain-HCL baseline (bench/hcl/main.tf): a working folder with the .tf file and its
 * generated variables, the integrations map from the same config the app synthesizes.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseConfig } from "../lib/config/load-config";
import type { ConfigInput } from "../lib/config/schema";

export const HCL_DIR = join(__dirname, "hcl");

export interface HclVariables {
  databricks_account_id: string;
  databricks_url: string;
  aws_region: string;
  default_tags: Record<string, string>;
}

/** The `integrations` variable: what a user would keep in a .tfvars.json instead of the app's config. */
export function integrationsVariable(config: ConfigInput): Record<string, unknown> {
  const { config: model } = parseConfig(config, "bench config");
  const integrations: Record<string, unknown> = {};
  config.integrations.forEach((input, index) => {
    const spec = model.integrations[index];
    if (!spec) throw new Error(`bench config: integrations[${index}] ("${input.name}") has no parsed integration`);
    integrations[spec.id] = {
      name: input.name,
      access_host: new URL(spec.accessUrl).hostname,
      scopes: [...spec.scopes],
      access_token_minutes: spec.tokenAccessPolicy.accessTokenTtlInMinutes,
      refresh_token_minutes: spec.tokenAccessPolicy.refreshTokenTtlInMinutes,
      rotation: spec.rotation.current.token ?? "",
      secret_name: spec.secret.name,
      recovery_window_days: spec.secret.recoveryWindowDays,
    };
  });
  return integrations;
}

/** Lays out a Terraform working folder: main.tf plus the two generated .auto.tfvars.json files. */
export function writeHclWorkdir(dir: string, config: ConfigInput, variables: HclVariables): void {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(HCL_DIR).filter((f) => f.endsWith(".tf"))) copyFileSync(join(HCL_DIR, file), join(dir, file));
  writeFileSync(join(dir, "sandbox.auto.tfvars.json"), `${JSON.stringify(variables, null, 2)}\n`);
  writeFileSync(join(dir, "integrations.auto.tfvars.json"), `${JSON.stringify({ integrations: integrationsVariable(config) }, null, 2)}\n`);
}
