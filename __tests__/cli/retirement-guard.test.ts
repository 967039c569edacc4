import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseConfig } from "../../lib/config/load-config";
import type { ConfigInput } from "../../lib/config/schema";
import { parsePlan } from "../../cli/plan-summary";
import { refusalMarkdown, refusalsForPlanError, unintendedDeletions } from "../../cli/retirement-guard";
import { configInput, integrationInput, MANAGED_DBT_CLOUD } from "../support/config";

type IntegrationInput = ConfigInput["integrations"][number];
const prod = (overrides: Partial<IntegrationInput> = {}) => integrationInput({ dbtCloud: MANAGED_DBT_CLOUD, ...overrides });
const prodWithConnection = (change: Record<string, unknown>, overrides: Partial<IntegrationInput> = {}) =>
  prod({ dbtCloud: { ...MANAGED_DBT_CLOUD, connection: { ...MANAGED_DBT_CLOUD.connection!, ...change } }, ...overrides });
const emea = (overrides: Partial<IntegrationInput> = {}) =>
  integrationInput({ id: "emea", name: "dbt-cloud-emea", dbtCloud: { region: "eu1", accountPrefix: "cd456" }, ...overrides });
const configOf = (...integrations: IntegrationInput[]) => parseConfig(configInput({ integrations })).config;

/** A plan of deletions, as `terraform show -json` writes them for resources no longer declared. */
const deleting = (...addresses: string[]) =>
  parsePlan({
    format_version: "1.2",
    resource_changes: addresses.map((address) => {
      const [type, name] = address.split(".");
      return { address, type, name, change: { actions: ["delete"] }, action_reason: "delete_because_no_resource_config" };
    }),
  });

const EMEA_RESOURCES = ["databricks_custom_app_integration.emea", "aws_secretsmanager_secret.emea", "aws_secretsmanager_secret_version.emea"];

describe("the retirement guard", () => {
  test("an integration whose block was dropped: refused once, naming it and both ways forward", () => {
    const refusals = unintendedDeletions(deleting(...EMEA_RESOURCES), configOf(prod()));
    expect(refusals).toEqual([{ integration: "emea", field: "integrations[]", message: expect.stringContaining("Integration `emea` is in Terraform's state") }]);
    expect(refusals[0]!.message).toContain('restore its block (`"id": "emea"`)');
    expect(refusals[0]!.message).toContain('add `"retired": true`');
  });

  test("the same deletions with the integration retired: accepted", () => {
    expect(unintendedDeletions(deleting(...EMEA_RESOURCES), configOf(prod(), emea({ retired: true })))).toEqual([]);
  });

  test("rotation step 2 deletes the old client of an integration the config still has: accepted", () => {
    const plan = deleting("databricks_custom_app_integration.prod_2026-11", "aws_secretsmanager_secret_version.prod_2026-11");
    expect(unintendedDeletions(plan, configOf(prod({ rotation: "2027-02" })))).toEqual([]);
  });

  test("a managed connection deleted without `delete`: refused, naming the connection's field", () => {
    const refusals = unintendedDeletions(deleting("dbtcloud_global_connection.prod"), configOf(emea(), prod({ dbtCloud: { ...MANAGED_DBT_CLOUD, connection: undefined } })));
    expect(refusals.map((r) => r.field)).toEqual(["integrations[1].dbtCloud.connection"]);
    expect(refusals[0]!.message).toContain('`"release": true`');
  });

  test("a connection deleted with `delete: true`, or a retired integration's with it: accepted", () => {
    expect(unintendedDeletions(deleting("dbtcloud_global_connection.prod"), configOf(prodWithConnection({ delete: true })))).toEqual([]);
    expect(unintendedDeletions(deleting("dbtcloud_global_connection.prod"), configOf(prodWithConnection({ delete: true }, { retired: true })))).toEqual([]);
  });

  test("a replacement (drift recreate) is no deletion", () => {
    const plan = parsePlan({
      format_version: "1.2",
      resource_changes: [{ address: "databricks_custom_app_integration.gone", type: "databricks_custom_app_integration", name: "gone", change: { actions: ["create", "delete"] } }],
    });
    expect(unintendedDeletions(plan, configOf(prod()))).toEqual([]);
  });

  describe("Terraform's 'Provider configuration not present' (the dbtcloud provider left with the block)", () => {
    // Recorded from terraform 1.11.4 (`plan -no-color`, TF_IN_AUTOMATION=1): a state holding dbtcloud_global_connection.prod
    // under provider["registry.terraform.io/dbt-labs/dbtcloud"].dbtcloud_70403103932001, a configuration without that provider.
    const stderr = readFileSync(join(__dirname, "fixtures", "provider-configuration-not-present.txt"), "utf8");

    test("prod's block dropped: the integration refusal", () => {
      expect(refusalsForPlanError(stderr, configOf(emea())).map((r) => [r.integration, r.field])).toEqual([["prod", "integrations[]"]]);
    });

    test("prod's connection dropped: the connection refusal", () => {
      expect(refusalsForPlanError(stderr, configOf(emea(), prod({ dbtCloud: { ...MANAGED_DBT_CLOUD, connection: undefined } }))).map((r) => r.field)).toEqual([
        "integrations[1].dbtCloud.connection",
      ]);
    });

    test("any other error is left as it is", () => {
      expect(refusalsForPlanError("Error: Invalid reference", configOf(prod()))).toEqual([]);
    });
  });

  test("the Markdown says nothing was applied and lists each refusal under its field", () => {
    const markdown = refusalMarkdown(unintendedDeletions(deleting(...EMEA_RESOURCES), configOf(prod())));
    expect(markdown).toMatch(/^### Refused: the plan deletes what the configuration does not say to delete\n\nNothing was applied/);
    expect(markdown).toContain("**`integrations[]`**: Integration `emea`");
  });
});
