/**
 * The end of what the app manages, in the synthesized JSON and the config's validation: a
 * released connection leaves state through a `removed` block with destroy = false, a deleted
 * one is no longer declared, a retired integration declares nothing; the dbtcloud provider of
 * the account stays while any of them needs it.
 */
import { parseConfig } from "../lib/config/load-config";
import type { ConfigInput } from "../lib/config/schema";
import { configInput, integrationInput, MANAGED_DBT_CLOUD, problemsOf, synthesize } from "./support/config";

type IntegrationInput = ConfigInput["integrations"][number];
const connection = MANAGED_DBT_CLOUD.connection!;
const prodWith = (end: { release?: boolean; delete?: boolean }, overrides: Partial<IntegrationInput> = {}) =>
  integrationInput({ dbtCloud: { ...MANAGED_DBT_CLOUD, connection: { ...connection, ...end } }, ...overrides });
const emea = (overrides: Partial<IntegrationInput> = {}) =>
  integrationInput({ id: "emea", name: "dbt-cloud-emea", dbtCloud: { region: "eu1", accountPrefix: "cd456" }, ...overrides });

describe("releasing a dbt Cloud connection", () => {
  const json = synthesize(configInput({ integrations: [prodWith({ release: true })] }));

  test("the connection leaves state through a removed block that does not destroy it", () => {
    expect((json as unknown as { removed: unknown }).removed).toEqual([{ from: "dbtcloud_global_connection.prod", lifecycle: { destroy: false } }]);
    expect(json.resource.dbtcloud_global_connection).toBeUndefined();
    expect(json.output.prod_connection_id).toBeUndefined();
  });

  test("the account's dbtcloud provider and its token stay, since Terraform reads the connection to forget it", () => {
    expect(json.provider.dbtcloud).toEqual([expect.objectContaining({ alias: "dbtcloud_70403103932001", account_id: 70403103932001 })]);
    expect(json.variable?.dbt_cloud_token).toBeDefined();
  });

  test("the integration itself stays, untouched", () => {
    expect(Object.keys(json.resource.databricks_custom_app_integration ?? {})).toEqual(["prod"]);
    expect(Object.keys(json.resource.aws_secretsmanager_secret ?? {})).toEqual(["prod"]);
  });

  test("adopt is not imported into a released connection (an import and a removed block of one address would contradict)", () => {
    const adopted = synthesize(
      configInput({ integrations: [prodWith({ release: true }, {})].map((i) => ({ ...i, dbtCloud: { ...i.dbtCloud, connection: { ...i.dbtCloud.connection!, adopt: 42 } } })) }),
    );
    expect(adopted.import).toBeUndefined();
  });

  test("a managed connection has no removed block", () => {
    expect((synthesize(configInput({ integrations: [prodWith({})] })) as unknown as { removed?: unknown }).removed).toBeUndefined();
  });
});

describe("deleting a dbt Cloud connection", () => {
  const json = synthesize(configInput({ integrations: [prodWith({ delete: true })] }));

  test("the connection is not declared, nor released, so Terraform deletes it; the provider stays to do it", () => {
    expect(json.resource.dbtcloud_global_connection).toBeUndefined();
    expect((json as unknown as { removed?: unknown }).removed).toBeUndefined();
    expect(json.provider.dbtcloud).toHaveLength(1);
  });
});

describe("retiring an integration", () => {
  test("without a connection: none of its resources or outputs are declared; the others stay", () => {
    const json = synthesize(configInput({ integrations: [integrationInput(), emea({ retired: true })] }));
    for (const type of ["databricks_custom_app_integration", "aws_secretsmanager_secret", "aws_secretsmanager_secret_version"]) {
      expect(Object.keys(json.resource[type] ?? {})).toEqual(["prod"]);
    }
    expect(Object.keys(json.output).filter((name) => name.startsWith("emea"))).toEqual([]);
  });

  test("with a released connection: the provider stays and the connection is forgotten", () => {
    const json = synthesize(configInput({ integrations: [prodWith({ release: true }, { retired: true }), emea()] }));
    expect(json.resource.databricks_custom_app_integration).toEqual({ emea: expect.any(Object) });
    expect((json as unknown as { removed: unknown }).removed).toEqual([{ from: "dbtcloud_global_connection.prod", lifecycle: { destroy: false } }]);
    expect(json.provider.dbtcloud).toHaveLength(1);
  });

  test("with a deleted connection: the provider stays so Terraform can delete it", () => {
    const json = synthesize(configInput({ integrations: [prodWith({ delete: true }, { retired: true }), emea()] }));
    expect(json.resource.dbtcloud_global_connection).toBeUndefined();
    expect(json.provider.dbtcloud).toHaveLength(1);
  });

  test("every integration retired: a stack with the providers and nothing else", () => {
    const json = synthesize(configInput({ integrations: [integrationInput({ retired: true })] }));
    expect(json.resource).toBeUndefined();
  });
});

describe("the config says what ends, and how", () => {
  test("a retired integration with a managed connection must say release or delete", () => {
    expect(problemsOf(configInput({ integrations: [prodWith({}, { retired: true })] }))).toEqual([
      'integrations[0].retired: retires "prod", whose dbt Cloud connection "Databricks (prod)" would be left holding a deleted client: add "release": true to dbtCloud.connection (dbt Cloud keeps the connection as it is, Terraform forgets it) or "delete": true (deleted in dbt Cloud) (got true)',
    ]);
  });

  test("release and delete together are refused", () => {
    expect(problemsOf(configInput({ integrations: [prodWith({ release: true, delete: true })] }))).toEqual([
      'integrations[0].dbtCloud.connection.delete: set either "release": true (dbt Cloud keeps the connection, Terraform forgets it) or "delete": true (deleted in dbt Cloud), not both (got true)',
    ]);
  });

  test("markers are booleans, named in the error", () => {
    expect(problemsOf(configInput({ integrations: [integrationInput({ retired: "yes" as never })] }))).toEqual([
      'integrations[0].retired: retired must be true or false (got "yes")',
    ]);
    expect(problemsOf(configInput({ integrations: [prodWith({ release: 1 as never })] }))).toEqual([
      "integrations[0].dbtCloud.connection.release: connection.release must be true or false (got 1)",
    ]);
  });

  test("the parsed model carries the intents", () => {
    const { config } = parseConfig(configInput({ integrations: [prodWith({ delete: true }, { retired: true }), emea({ retired: false })] }));
    expect(config.integrations.map((i) => [i.id, i.retired, i.connection?.end])).toEqual([
      ["prod", true, "delete"],
      ["emea", false, undefined],
    ]);
  });
});
