/**
 * Property: whatever text the config holds where it allows free text (quotes, backslashes,
 * newlines, `${`, `%{`, their escapes, any Unicode), and whatever the schema's patterns allow
 * elsewhere, `npm run eject`'s HCL, parsed back by HashiCorp's parser (@cdktf/hcl2json), holds
 * the same value the app deploys, in the resources, the providers and the backend alike.
 */
import { parse } from "@cdktf/hcl2json";
import fc from "fast-check";
import { type HclFiles, type Json, type ProvidersSchema, terraformJsonToHcl } from "../../../cli/eject/terraform-json-to-hcl";
import { configJsonSchema } from "../../../lib/config/json-schema";
import { parseConfig } from "../../../lib/config/load-config";
import type { ConfigInput } from "../../../lib/config/schema";
import schemas from "../fixtures/eject-provider-schemas.json";
import { ACCOUNT_ID, integrationInput, MANAGED_DBT_CLOUD, synthesize } from "../../support/config";
import { awkwardText, propertyRuns } from "../../support/property";
import { templateValue } from "../../support/terraform-template";

// Each run synthesizes, ejects and parses five files with two WebAssembly tools: ~0.3 s.
jest.setTimeout(120_000);

type Hcl = Record<string, unknown>;

/** A string pattern of the config's JSON Schema, at a path of property names ("[]": a list's items). */
function pattern(...path: string[]): RegExp {
  type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; pattern?: string };
  const child = (node: Node, key: string): Node | undefined =>
    key === "[]" ? node.items : (node.properties?.[key] ?? node.anyOf?.map((option) => child(option, key)).find(Boolean));
  const node = path.reduce<Node | undefined>((at, key) => at && child(at, key), configJsonSchema() as Node);
  if (!node?.pattern) throw new Error(`the config schema has no pattern at ${path.join(".")}`);
  return new RegExp(node.pattern);
}

/** The HCL files as one object, as hcl2json reads each. */
async function parsed(files: HclFiles): Promise<Hcl> {
  const merged: Hcl = {};
  for (const [name, text] of Object.entries(files)) if (name.endsWith(".tf")) Object.assign(merged, await parse(name, text));
  return merged;
}

/** What HCL makes of a quoted string that hcl2json gave back as template text, with eject's locals and variables resolved. */
function hclValue(template: string, hcl: Hcl): string {
  const locals = Object.assign({}, ...((hcl.locals as Record<string, string>[] | undefined) ?? [])) as Record<string, string>;
  const variables = (hcl.variable ?? {}) as Record<string, { default: string }[]>;
  return templateValue(template, (expression) => {
    const [, kind, name] = /^(local|var)\.(\w+)$/.exec(expression) ?? [];
    const named = kind === "local" ? locals[name!] : kind === "var" ? variables[name!]?.[0]?.default : undefined;
    return named === undefined ? undefined : hclValue(named, hcl);
  });
}

/** Terraform normalizes every string it parses to Unicode NFC, in JSON and HCL alike (measured with 1.11.4). */
const asTerraformReads = (text: string | false | undefined) => (typeof text === "string" ? text.normalize("NFC") : text);

const at = (node: unknown, ...path: (string | number)[]): string => path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], node) as string;

const configs: fc.Arbitrary<ConfigInput> = fc
  .record({
    description: awkwardText({ maxLength: 2048 }),
    tag: awkwardText({ maxLength: 256 }),
    defaultTag: awkwardText({ maxLength: 256 }),
    connectionName: awkwardText({ minLength: 1, maxLength: 255 }).filter((text) => text.trim() !== ""),
    catalog: awkwardText({ minLength: 1 }).filter((text) => text !== ""),
    httpPath: awkwardText({ minLength: 1 }).map((text) => `/${text.replace(/\s/g, "")}x`),
    profile: awkwardText({ minLength: 1 }).filter((text) => text !== ""),
    stateKey: awkwardText({ minLength: 1, maxLength: 1024 }).filter((text) => text !== ""),
    name: fc.stringMatching(pattern("integrations", "[]", "name")),
    secretName: fc.stringMatching(pattern("integrations", "[]", "secret", "name")),
    token: fc.option(fc.stringMatching(pattern("integrations", "[]", "rotation", "current")), { nil: undefined }),
  })
  .map((v) => ({
    databricks: { accountId: ACCOUNT_ID, auth: { method: "databricks-cli", profile: v.profile } },
    aws: { region: "us-east-1", defaultTags: { team: v.defaultTag } },
    backend: { type: "s3", bucket: "acme-terraform-state", key: v.stateKey },
    integrations: [
      integrationInput({
        name: v.name,
        dbtCloud: {
          ...MANAGED_DBT_CLOUD,
          connection: { name: v.connectionName, databricks: { host: "dbc-a1b2c3d4-e5f6.cloud.databricks.com", httpPath: v.httpPath, catalog: v.catalog } },
        },
        rotation: { current: v.token },
        secret: { name: v.secretName, description: v.description, tags: { owner: v.tag } },
      }),
    ],
  }));

test("every config string comes out of the ejected HCL as the value the app deploys", async () => {
  await fc.assert(
    fc.asyncProperty(configs, async (input) => {
      const { config } = parseConfig(input);
      const [integration] = config.integrations;
      const client = integration!.rotation.current;
      const hcl = await parsed(await terraformJsonToHcl(synthesize(input) as unknown as { [key: string]: Json }, schemas as ProvidersSchema));
      const resource = (type: string) => at(hcl, "resource", type, client.resourceName, 0);
      const secret = at(hcl, "resource", "aws_secretsmanager_secret", integration!.id, 0);
      const connection = at(hcl, "resource", "dbtcloud_global_connection", integration!.id, 0);
      const value = (template: string) => hclValue(template, hcl);

      expect(value(at(secret, "description"))).toBe(asTerraformReads(integration!.secret.description));
      expect(value(at(secret, "name"))).toBe(asTerraformReads(integration!.secret.name));
      expect(value(at(secret, "tags", "owner"))).toBe(asTerraformReads(integration!.secret.tags.owner));
      expect(value(at(hcl, "provider", "aws", 0, "default_tags", 0, "tags", "team"))).toBe(asTerraformReads(config.aws.defaultTags.team));
      expect(value(at(hcl, "provider", "databricks", 0, "profile"))).toBe(asTerraformReads(config.databricks.profile));
      expect(value(at(connection, "name"))).toBe(asTerraformReads(integration!.connection!.name));
      expect(value(at(connection, "databricks", "catalog"))).toBe(asTerraformReads(integration!.connection!.catalog));
      expect(value(at(connection, "databricks", "http_path"))).toBe(asTerraformReads(integration!.connection!.httpPath));
      expect(value(at(resource("databricks_custom_app_integration"), "name"))).toBe(asTerraformReads(client.name));
      expect(value(at(hcl, "terraform", 0, "backend", "s3", 0, "key"))).toBe(asTerraformReads(config.backend.type === "s3" && config.backend.key));
    }),
    propertyRuns(12),
  );
});
