/**
 * One provider version everywhere: package.json pins each @cdktf/provider-* package exactly,
 * that package was generated for one provider version (its package.json "cdktf.provider"),
 * the offline mirror tooling installs that version (tools/providers/versions.ts), and the
 * synthesized required_providers asks Terraform for it. An upgrade that moves one and not
 * the others fails here, not at `terraform init`. (docs/provider-upgrades.md)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { providerAddress } from "../cli/eject/terraform-json-to-hcl";
import { PROVIDER_NAMES, providerPin, type ProviderName } from "../tools/providers/versions";
import { configInput, integrationInput, MANAGED_DBT_CLOUD, synthesize } from "./support/config";

const ROOT = join(__dirname, "..");
const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const bindingPackages = Object.entries(packageJson.dependencies).filter(([name]) => name.startsWith("@cdktf/provider-"));
/** Providers whose bindings `cdktf get` generates into .gen from cdktf.json's pins (dbtcloud: no @cdktf package exists). */
const generatedBindings = (JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8")) as { terraformProviders: string[] }).terraformProviders.map(
  (pin) => pin.split("@")[0].split("/")[1],
);
// A managed dbt Cloud connection, so every provider is synthesized.
const requiredProviders = synthesize(configInput({ integrations: [integrationInput({ dbtCloud: MANAGED_DBT_CLOUD })] })).terraform.required_providers as Record<
  string,
  { source: string; version: string }
>;

describe("provider pins", () => {
  test("given the binding packages in package.json and the bindings cdktf.json pins, then the mirror tooling knows each of them", () => {
    expect([...bindingPackages.map(([name]) => name.slice("@cdktf/provider-".length)), ...generatedBindings].sort()).toEqual([...PROVIDER_NAMES].sort());
  });

  test.each(generatedBindings)("the synthesized required_providers asks for the %s version cdktf.json pins", (provider) => {
    const pin = providerPin(provider as ProviderName);
    expect({ source: providerAddress(requiredProviders[provider].source), version: requiredProviders[provider].version }).toEqual({ source: pin.source, version: pin.version });
  });

  describe.each(bindingPackages)("%s %s", (name, range) => {
    const provider = name.slice("@cdktf/provider-".length) as ProviderName;
    const installed = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string };

    test("is pinned exactly, and that is the version installed", () => {
      expect(range).toMatch(/^\d+\.\d+\.\d+$/);
      expect(installed.version).toBe(range);
    });

    test("then the synthesized required_providers asks for the provider version its bindings were generated for", () => {
      const pin = providerPin(provider);
      const required = requiredProviders[provider];
      expect({ source: providerAddress(required.source), version: required.version }).toEqual({ source: pin.source, version: pin.version });
    });

    test("then the README names that provider version, so an upgrade cannot leave it stale", () => {
      const { namespace, type, version } = providerPin(provider);
      expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain(`\`${namespace}/${type}\` ${version}`);
    });
  });

  test("every synthesized provider is pinned to one exact version, as the mirror needs", () => {
    for (const [name, { version }] of Object.entries(requiredProviders)) expect({ name, version }).toEqual({ name, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });
});
