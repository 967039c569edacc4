import { CustomAppIntegration } from "@cdktf/provider-databricks/lib/custom-app-integration";
import { DBT_CLOUD_REGIONS } from "../lib/dbt-cloud-regions";
import { configInput, integrationInput, synthesize, synthesizedText } from "./support/config";

const integrationIn = (overrides: Parameters<typeof integrationInput>[0] = {}) =>
  synthesize(configInput({ integrations: [integrationInput(overrides)] })).resource.databricks_custom_app_integration.prod;

describe("the OAuth app integration", () => {
  it("is a confidential client with the default scopes and Databricks' default token lifetimes, stated explicitly", () => {
    const synthesized = synthesizedText();
    expect(synthesized).toHaveResourceWithProperties(CustomAppIntegration, {
      name: "dbt-cloud-prod",
      confidential: true,
      scopes: ["sql", "offline_access"],
    });
    // Explicit defaults: the API reports a policy even when none was sent, which would otherwise diff on every plan.
    expect(integrationIn().token_access_policy).toEqual({ access_token_ttl_in_minutes: 60, refresh_token_ttl_in_minutes: 10080 });
  });

  it.each(DBT_CLOUD_REGIONS)("redirects to the %s account host in a stable order", (region) => {
    const host = `ab123.${region}.dbt.com`;
    expect(integrationIn({ dbtCloud: { region, accountPrefix: "ab123" } }).redirect_urls).toEqual([
      `https://${host}`,
      `https://${host}/callback`,
      `https://${host}/complete/databricks`,
    ]);
  });

  it("redirects to a custom single-tenant host", () => {
    expect(integrationIn({ dbtCloud: { accessUrl: "https://acme.dbt-st.example.com" } }).redirect_urls).toEqual([
      "https://acme.dbt-st.example.com",
      "https://acme.dbt-st.example.com/callback",
      "https://acme.dbt-st.example.com/complete/databricks",
    ]);
  });

  it("adds all-apis for Python models", () => {
    expect(integrationIn({ scopes: ["sql", "all-apis", "offline_access"] }).scopes).toEqual(["sql", "all-apis", "offline_access"]);
  });

  it("sets the token lifetimes the config gives, defaulting the other", () => {
    expect(integrationIn({ tokenLifetimes: { accessTokenMinutes: 480, refreshTokenMinutes: 20160 } }).token_access_policy).toEqual({
      access_token_ttl_in_minutes: 480,
      refresh_token_ttl_in_minutes: 20160,
    });
    expect(integrationIn({ tokenLifetimes: { accessTokenMinutes: 480 } }).token_access_policy).toEqual({
      access_token_ttl_in_minutes: 480,
      refresh_token_ttl_in_minutes: 10080,
    });
  });

  describe("rotation by replacement", () => {
    it("creates the replacement before destroying the old one, triggered by the rotation token's terraform_data", () => {
      const json = synthesize(configInput({ integrations: [integrationInput({ rotation: "2026-11" })] }));
      expect(json.resource.terraform_data.prod).toEqual(expect.objectContaining({ input: { rotation: "2026-11" } }));
      expect(json.resource.databricks_custom_app_integration.prod.lifecycle).toEqual({
        create_before_destroy: true,
        replace_triggered_by: ["terraform_data.prod"],
      });
    });

    it("names the replacement differently, so both can exist while it runs", () => {
      expect(integrationIn({ rotation: "2026-11" }).name).toBe("dbt-cloud-prod-2026-11");
    });

    it("keeps addresses stable and derived from the integration id", () => {
      const json = synthesize(configInput({ integrations: [integrationInput(), integrationInput({ id: "emea", name: "dbt-cloud-emea" })] }));
      expect(Object.keys(json.resource.databricks_custom_app_integration).sort()).toEqual(["emea", "prod"]);
      expect(Object.keys(json.resource.terraform_data).sort()).toEqual(["emea", "prod"]);
    });
  });
});
