import { accountHost, DBT_CLOUD_REGIONS, legacyHostWarning, redirectUrls } from "../lib/dbt-cloud-regions";

describe("dbt Cloud regions", () => {
  it("knows the eleven multi-tenant cells of the 2026 region table", () => {
    expect(DBT_CLOUD_REGIONS).toEqual(["au1", "au2", "eu1", "eu2", "eu3", "eu4", "jp1", "us1", "us2", "us3", "us5"]);
  });

  it.each(DBT_CLOUD_REGIONS)("derives the account host and redirect URLs for %s", (region) => {
    const host = accountHost(region, "ab123");
    expect(host).toBe(`ab123.${region}.dbt.com`);
    expect(redirectUrls(host)).toEqual([`https://${host}`, `https://${host}/callback`, `https://${host}/complete/databricks`]);
  });

  it.each([
    ["cloud.getdbt.com", "us1"],
    ["emea.dbt.com", "eu1"],
    ["au.dbt.com", "au1"],
  ])("warns that the legacy host %s moved to the %s cell", (host, region) => {
    expect(legacyHostWarning(host)).toContain(`dbtCloud.region to "${region}"`);
    expect(legacyHostWarning(host)).toContain("2026-11-01");
  });

  it("warns about legacy single-tenant getdbt.com hosts and not about current hosts", () => {
    expect(legacyHostWarning("acme.getdbt.com")).toContain("single-tenant");
    expect(legacyHostWarning("ab123.us1.dbt.com")).toBeUndefined();
    expect(legacyHostWarning("acme.dbt.example.com")).toBeUndefined();
  });
});
