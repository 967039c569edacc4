import { CustomAppIntegration } from "@cdktf/provider-databricks/lib/custom-app-integration";
import { finishRotation, startRotation } from "../cli/rotate";
import type { ConfigInput } from "../lib/config/schema";
import { DBT_CLOUD_REGIONS } from "../lib/dbt-cloud-regions";
import { configInput, integrationInput, resourceOf, resourcesOf, synthesize, synthesizedText } from "./support/config";

const integrationIn = (overrides: Parameters<typeof integrationInput>[0] = {}) =>
  resourceOf(synthesize(configInput({ integrations: [integrationInput(overrides)] })), "databricks_custom_app_integration", "prod");

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
    expect(integrationIn({ dbtCloud: { accessUrl: "https://acme.dbt-st.example.com", customHost: true } }).redirect_urls).toEqual([
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

  describe("rotation: one client per token, each at its own address", () => {
    const integrationsOf = (rotation: NonNullable<Parameters<typeof integrationInput>[0]>["rotation"]) =>
      resourcesOf(synthesize(configInput({ integrations: [integrationInput({ rotation })] })), "databricks_custom_app_integration");

    it("gives the pending client its own address and name beside the current one, with no replacement machinery", () => {
      const integrations = integrationsOf({ current: "r1", pending: "r2" });
      expect(Object.keys(integrations).sort()).toEqual(["prod_r1", "prod_r2"]);
      expect([integrations.prod_r1?.name, integrations.prod_r2?.name]).toEqual(["dbt-cloud-prod-r1", "dbt-cloud-prod-r2"]);
      expect(synthesize(configInput({ integrations: [integrationInput({ rotation: { current: "r1", pending: "r2" } })] })).resource.terraform_data).toBeUndefined();
    });

    it("keeps a client's address from step 1 to step 2, so finishing changes no client", () => {
      expect(integrationsOf({ current: "r1", pending: "r2" }).prod_r2).toEqual(
        resourceOf(synthesize(configInput({ integrations: [integrationInput({ rotation: { current: "r2" } })] })), "databricks_custom_app_integration", "prod_r2"),
      );
    });

    it("moves the legacy form's state from the unsuffixed address instead of replacing the client", () => {
      const json = synthesize(configInput({ integrations: [integrationInput({ rotation: "2026-11" })] })) as unknown as { moved: { from: string; to: string }[] };
      expect(json.moved).toEqual([
        { from: "databricks_custom_app_integration.prod", to: "databricks_custom_app_integration.prod_2026-11" },
        { from: "aws_secretsmanager_secret_version.prod", to: "aws_secretsmanager_secret_version.prod_2026-11" },
      ]);
    });

    it("given the legacy form, when `rotate start` edits it, then the live client and its version still move from the unsuffixed address, and the new one moves from nowhere", () => {
      const legacy = `${JSON.stringify(configInput({ integrations: [integrationInput({ rotation: "r1" })] }), null, 2)}\n`;
      const started = startRotation(legacy, "legacy.json", "prod", "r2");
      const movesOf = (text: string) => (synthesize(JSON.parse(text) as ConfigInput) as unknown as { moved?: { from: string; to: string }[] }).moved;

      expect(movesOf(started.text)).toEqual([
        { from: "databricks_custom_app_integration.prod", to: "databricks_custom_app_integration.prod_r1" },
        { from: "aws_secretsmanager_secret_version.prod", to: "aws_secretsmanager_secret_version.prod_r1" },
      ]);
      // Finished, the moved state is at prod_r1 and the current client r2 was created at its own address: nothing left to move.
      expect(movesOf(finishRotation(started.text, "legacy.json", "prod").text)).toBeUndefined();
    });

    it("keeps addresses stable and derived from the integration id", () => {
      const json = synthesize(configInput({ integrations: [integrationInput(), integrationInput({ id: "emea", name: "dbt-cloud-emea" })] }));
      expect(Object.keys(resourcesOf(json, "databricks_custom_app_integration")).sort()).toEqual(["emea", "prod"]);
    });
  });
});
