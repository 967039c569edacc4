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
const requiredProviders = synthesize().terraform.required_providers as Record<string, { source: string; version: string }>;

/** Providers whose bindings `cdktf get` generates into .gen from cdktf.json's pins (no prebuilt package exists). */
const cdktfJson = JSON.parse(readFileSync(join(ROOT, "cdktf.json"), "utf8")) as { terraformProviders: string[] };
const generatedProviders = cdktfJson.terraformProviders.map((entry) => entry.split("@")[0]!.split("/").pop()!);

describe("provider pins", () => {
  test("given the binding packages in package.json and the generated bindings in cdktf.json, then the mirror tooling knows each of them", () => {
    const prebuilt = bindingPackages.map(([name]) => name.slice("@cdktf/provider-".length));
    expect([...prebuilt, ...generatedProviders].sort()).toEqual([...PROVIDER_NAMES].sort());
  });

  describe.each(generatedProviders)("generated bindings of %s", (provider) => {
    test("were generated for the version cdktf.json pins, the one the mirror tooling installs", () => {
      const generated = readFileSync(join(ROOT, ".gen", "providers", provider, "provider", "index.ts"), "utf8");
      expect(generated).toContain(`providerVersion: '${providerPin(provider as ProviderName).version}'`);
    });

    test("then a stack with a managed dbt Cloud connection asks Terraform for that version", () => {
      const required = synthesize(configInput({ integrations: [integrationInput({ dbtCloud: MANAGED_DBT_CLOUD })] })).terraform.required_providers as Record<
        string,
        { source: string; version: string }
      >;
      const pin = providerPin(provider as ProviderName);
      expect({ source: providerAddress(required[provider]?.source ?? ""), version: required[provider]?.version }).toEqual({ source: pin.source, version: pin.version });
    });
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
      if (!required) throw new Error(`the synthesized required_providers has no ${provider} (it has ${Object.keys(requiredProviders).join(", ")})`);
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
