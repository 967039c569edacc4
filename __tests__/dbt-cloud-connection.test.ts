/**
 * Given an integration whose dbt Cloud connection is managed, the synthesized stack holds the
 * connection with the CURRENT client, one dbtcloud provider per account whose token comes
 * from a sensitive variable, and an import block when an existing connection is adopted.
 */
import { configInput, integrationInput, MANAGED_DBT_CLOUD, resourceOf, resourcesOf, synthesize } from "./support/config";

const managed = (overrides: Parameters<typeof integrationInput>[0] = {}) => integrationInput({ dbtCloud: MANAGED_DBT_CLOUD, ...overrides });

describe("the dbt Cloud connection", () => {
  it("holds the current client, never the pending one, as references Terraform resolves at apply", () => {
    const json = synthesize(configInput({ integrations: [managed({ rotation: { current: "r1", pending: "r2" } })] }));
    expect(resourceOf(json, "dbtcloud_global_connection", "prod")).toMatchObject({
      name: "Databricks (prod)",
      provider: "dbtcloud.dbtcloud_70403103932001",
      databricks: {
        host: "dbc-a1b2c3d4-e5f6.cloud.databricks.com",
        http_path: "/sql/1.0/warehouses/abc123",
        catalog: "analytics",
        client_id: "${databricks_custom_app_integration.prod_r1.client_id}",
        client_secret: "${databricks_custom_app_integration.prod_r1.client_secret}",
      },
    });
  });

  it("switches dbt Cloud only after the current client's value is AWSCURRENT: the connection depends on that version", () => {
    const json = synthesize(configInput({ integrations: [managed({ rotation: { current: "r1", pending: "r2" } })] }));
    expect(resourceOf(json, "dbtcloud_global_connection", "prod").depends_on).toEqual(["aws_secretsmanager_secret_version.prod_r1"]);
  });

  it("deletes a removed client only after the connection moved off it: every client is create_before_destroy", () => {
    const json = synthesize(configInput({ integrations: [managed({ rotation: { current: "r1", pending: "r2" } })] }));
    for (const integration of Object.values(resourcesOf(json, "databricks_custom_app_integration"))) expect(integration.lifecycle).toEqual({ create_before_destroy: true });
  });

  it("configures one provider per dbt Cloud account at the access URL's API, its token an ephemeral sensitive variable without a default", () => {
    const json = synthesize(configInput({ integrations: [managed(), managed({ id: "second", name: "dbt-second" })] }));
    expect(json.provider.dbtcloud).toEqual([
      { alias: "dbtcloud_70403103932001", account_id: 70403103932001, host_url: "https://ab123.us1.dbt.com/api", token: "${var.dbt_cloud_token}" },
    ]);
    expect(json.variable).toEqual({
      dbt_cloud_token: { type: "string", sensitive: true, ephemeral: true, nullable: false, description: expect.stringContaining("TF_VAR_dbt_cloud_token") },
    });
  });

  it("reads the token from the variable tokenEnv names", () => {
    const json = synthesize(configInput({ integrations: [managed({ dbtCloud: { ...MANAGED_DBT_CLOUD, tokenEnv: "TF_VAR_dbt_cloud_admin_token" } })] }));
    expect(json.provider.dbtcloud?.[0]?.token).toBe("${var.dbt_cloud_admin_token}");
    expect(Object.keys(json.variable ?? {})).toEqual(["dbt_cloud_admin_token"]);
  });

  it("adopts an existing connection with an import block through the account's provider", () => {
    const json = synthesize(configInput({ integrations: [managed({ dbtCloud: { ...MANAGED_DBT_CLOUD, connection: { ...MANAGED_DBT_CLOUD!.connection!, adopt: 4242 } } })] }));
    expect(json.import).toEqual([{ id: "4242", to: "dbtcloud_global_connection.prod", provider: "dbtcloud.dbtcloud_70403103932001" }]);
  });

  it("outputs the connection id", () => {
    expect(synthesize(configInput({ integrations: [managed()] })).output.prod_connection_id).toEqual({ value: "${dbtcloud_global_connection.prod.id}" });
  });

  it("given no connection, declares no dbtcloud provider, variable or connection: the config works as before", () => {
    const json = synthesize(configInput());
    expect(json.provider.dbtcloud).toBeUndefined();
    expect(json.variable).toBeUndefined();
    expect(json.resource.dbtcloud_global_connection).toBeUndefined();
    expect(resourceOf(json, "aws_secretsmanager_secret_version", "prod").depends_on).toBeUndefined();
    expect(Object.keys(json.resource)).not.toContain("dbtcloud_global_connection");
  });
});
