/** Builders for test configs: a realistic valid config, changed only where a test says. */
import { App, Testing } from "cdktf";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./temp-dir";
import type { ConfigInput } from "../../lib/config/schema";
import { ConfigError } from "../../lib/config/config-error";
import { parseConfig } from "../../lib/config/load-config";
import type { IntegrationSpec } from "../../lib/config/model";
import { DbtDatabricksOAuthStack } from "../../lib/dbt-databricks-oauth-stack";

export const ACCOUNT_ID = "0d26daa6-5e44-4c97-a497-ef015f91254a";

type IntegrationInput = ConfigInput["integrations"][number];

export function integrationInput(overrides: Partial<IntegrationInput> = {}): IntegrationInput {
  return { id: "prod", name: "dbt-cloud-prod", dbtCloud: { region: "us1", accountPrefix: "ab123" }, ...overrides };
}

/** dbt Cloud with its account and connection managed as code. */
export const MANAGED_DBT_CLOUD: IntegrationInput["dbtCloud"] = {
  region: "us1",
  accountPrefix: "ab123",
  accountId: 70403103932001,
  connection: { name: "Databricks (prod)", databricks: { host: "dbc-a1b2c3d4-e5f6.cloud.databricks.com", httpPath: "/sql/1.0/warehouses/abc123", catalog: "analytics" } },
};

export function configInput(overrides: Partial<ConfigInput> = {}): ConfigInput {
  return {
    databricks: { accountId: ACCOUNT_ID },
    aws: { region: "us-east-1" },
    integrations: [integrationInput()],
    ...overrides,
  };
}

/** Given a raw config, when it is parsed: the problems reported, as "path: message" lines. */
export function problemsOf(raw: unknown): string[] {
  try {
    parseConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  throw new Error("expected the config to be rejected");
}

/** The parsed spec of a config's only integration; throws when the config has not exactly one. */
export function parsedOnlyIntegration(input: ConfigInput = configInput()): IntegrationSpec {
  const [integration, ...others] = parseConfig(input).config.integrations;
  if (!integration || others.length > 0) throw new Error(`expected a config with exactly one integration, got ${others.length + (integration ? 1 : 0)}`);
  return integration;
}

/** One synth folder per test file: Testing.app() would make a new one in TMPDIR per call and leave it. */
let outdir: string | undefined;
function testingApp() {
  outdir ??= tempDir("cdktf.outdir.");
  return Testing.app({ outdir });
}

/** Given a config, when it is synthesized: the stack's Terraform JSON, parsed. */
export function synthesize(input: ConfigInput = configInput()): TerraformJson {
  return JSON.parse(synthesizedText(input)) as TerraformJson;
}

export function synthesizedText(input: ConfigInput = configInput()): string {
  const { config } = parseConfig(input);
  return Testing.synth(new DbtDatabricksOAuthStack(testingApp(), config.stackName, { config }));
}

/** As `synthesize`, through a real App: cdk.tf.json as written, cdktf's "//" comment (which Testing.synth drops) included. */
export function synthesizeToFile(input: ConfigInput = configInput()): TerraformJson & { "//"?: Record<string, unknown> } {
  const { config } = parseConfig(input);
  const dir = tempDir("cdktf.app.");
  const app = new App({ outdir: dir });
  new DbtDatabricksOAuthStack(app, config.stackName, { config });
  app.synth();
  return JSON.parse(readFileSync(join(dir, "stacks", config.stackName, "cdk.tf.json"), "utf8"));
}

export interface TerraformJson {
  provider: Record<string, Record<string, unknown>[]>;
  resource: Record<string, Record<string, Record<string, unknown>>>;
  output: Record<string, { value: unknown; sensitive?: boolean; description?: string }>;
  variable?: Record<string, Record<string, unknown>>;
  import?: { id: string; to: string; provider?: string }[];
  terraform: { backend: Record<string, Record<string, unknown>>; required_providers: Record<string, unknown> };
}

/** The synthesized resources of one type, keyed by name; throws naming the type when there are none. */
export function resourcesOf(json: TerraformJson, type: string): Record<string, Record<string, unknown>> {
  const resources = json.resource[type];
  if (!resources) throw new Error(`synthesized JSON has no ${type} resources (has: ${Object.keys(json.resource).join(", ")})`);
  return resources;
}

/** One synthesized resource; throws naming the address when it is missing. */
export function resourceOf(json: TerraformJson, type: string, name: string): Record<string, unknown> {
  const resource = resourcesOf(json, type)[name];
  if (!resource) throw new Error(`synthesized JSON has no ${type}.${name} (has: ${Object.keys(resourcesOf(json, type)).join(", ")})`);
  return resource;
}

/** A config file with two integrations (prod, emea) as a person writes it: 2-space JSON, keys in their own order. */
export function twoIntegrationsConfigText(emea: Partial<IntegrationInput> = {}): string {
  const config = configInput({
    integrations: [integrationInput(), integrationInput({ id: "emea", name: "dbt-cloud-emea", dbtCloud: { region: "eu1", accountPrefix: "xy789" }, ...emea })],
  });
  return `${JSON.stringify(config, null, 2)}\n`;
}
