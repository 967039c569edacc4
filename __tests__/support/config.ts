/** Builders for test configs: a realistic valid config, changed only where a test says. */
import { Testing } from "cdktf";
import { ConfigInput } from "../../lib/config/schema";
import { parseConfig } from "../../lib/config/load-config";
import { DbtDatabricksOAuthStack } from "../../lib/dbt-databricks-oauth-stack";

export const ACCOUNT_ID = "0d26daa6-5e44-4c97-a497-ef015f91254a";

type IntegrationInput = ConfigInput["integrations"][number];

export function integrationInput(overrides: Partial<IntegrationInput> = {}): IntegrationInput {
  return { id: "prod", name: "dbt-cloud-prod", dbtCloud: { region: "us1", accountPrefix: "ab123" }, ...overrides };
}

export function configInput(overrides: Partial<ConfigInput> = {}): ConfigInput {
  return {
    databricks: { accountId: ACCOUNT_ID },
    aws: { region: "us-east-1" },
    integrations: [integrationInput()],
    ...overrides,
  };
}

/** Given a config, when it is synthesized: the stack's Terraform JSON, parsed. */
export function synthesize(input: ConfigInput = configInput()): TerraformJson {
  const { config } = parseConfig(input);
  const stack = new DbtDatabricksOAuthStack(Testing.app(), config.stackName, { config });
  return JSON.parse(Testing.synth(stack)) as TerraformJson;
}

export function synthesizedText(input: ConfigInput = configInput()): string {
  const { config } = parseConfig(input);
  return Testing.synth(new DbtDatabricksOAuthStack(Testing.app(), config.stackName, { config }));
}

export interface TerraformJson {
  provider: Record<string, Record<string, unknown>[]>;
  resource: Record<string, Record<string, Record<string, unknown>>>;
  output: Record<string, { value: string; sensitive?: boolean }>;
  terraform: { backend: Record<string, Record<string, unknown>>; required_providers: Record<string, unknown> };
}

/** A config file with two integrations (prod, emea) as a person writes it: 2-space JSON, keys in their own order. */
export function twoIntegrationsConfigText(emea: Partial<IntegrationInput> = {}): string {
  const config = configInput({
    integrations: [integrationInput(), integrationInput({ id: "emea", name: "dbt-cloud-emea", dbtCloud: { region: "eu1", accountPrefix: "xy789" }, ...emea })],
  });
  return `${JSON.stringify(config, null, 2)}\n`;
}
