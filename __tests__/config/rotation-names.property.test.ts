/**
 * Property: for every integration id, name and rotation (legacy string or object, current and
 * pending tokens) the schema accepts, each client gets a Databricks name of the documented
 * form, different from the other client's and recognized by the drift check's orphan rule, and
 * a Terraform resource name that is a valid identifier, which the synthesized JSON uses for its
 * integration, its secret version and the moved blocks.
 */
import fc from "fast-check";
import { orphansAmong } from "../../cli/orphan-integrations";
import { configJsonSchema } from "../../lib/config/json-schema";
import { parseConfig } from "../../lib/config/load-config";
import type { ConfigInput } from "../../lib/config/schema";
import { ACCOUNT_ID, configInput, integrationInput, synthesize } from "../support/config";
import { propertyRuns } from "../support/property";

/** Terraform's identifier rule (hclsyntax.ValidIdentifier): a letter or underscore, then letters, digits, underscores, hyphens. */
const TERRAFORM_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** The integration name form the config documents, with room for "-<token>". */
const DATABRICKS_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;

type Integration = { properties: Record<string, { pattern?: string; anyOf?: { pattern?: string; properties?: Record<string, { pattern?: string }> }[] }> };
const integrationSchema = (configJsonSchema() as { properties: { integrations: { items: Integration } } }).properties.integrations.items.properties;
const pattern = (text: string | undefined) => new RegExp(text!);
const tokens = fc.stringMatching(pattern(integrationSchema.rotation!.anyOf!.find((o) => o.pattern)!.pattern));

const rotations: fc.Arbitrary<ConfigInput["integrations"][number]["rotation"]> = fc.oneof(
  tokens,
  fc
    .record({ current: fc.option(tokens, { nil: undefined }), pending: fc.option(tokens, { nil: undefined }) })
    .filter(({ current, pending }) => pending === undefined || pending !== current),
);

const configs = fc
  .record({ id: fc.stringMatching(pattern(integrationSchema.id!.pattern)), name: fc.stringMatching(pattern(integrationSchema.name!.pattern)), rotation: rotations })
  .map(({ id, name, rotation }) => configInput({ integrations: [integrationInput({ id, name, rotation })] }));

test("whatever rotation tokens and names the schema accepts give valid, distinct Databricks names and Terraform addresses", () => {
  fc.assert(
    fc.property(configs, (input) => {
      const [integration] = parseConfig(input).config.integrations;
      const clients = [integration!.rotation.current, ...(integration!.rotation.pending ? [integration!.rotation.pending] : [])];
      const json = synthesize(input) as unknown as {
        resource: Record<string, Record<string, { name?: string }>>;
        moved?: { from: string; to: string }[];
      };

      expect(new Set(clients.map((c) => c.name)).size).toBe(clients.length);
      expect(new Set(clients.map((c) => c.resourceName)).size).toBe(clients.length);
      for (const client of clients) {
        expect(client.name).toMatch(DATABRICKS_NAME);
        expect(client.resourceName).toMatch(TERRAFORM_IDENTIFIER);
        expect(json.resource.databricks_custom_app_integration?.[client.resourceName]?.name).toBe(client.name);
        expect(json.resource.aws_secretsmanager_secret_version?.[client.resourceName]).toBeDefined();
        // The drift check counts it as this stack's client, never as an orphan to delete when it is in state.
        const account = [{ integration_id: "i", name: client.name }];
        const stack = { host: "http://127.0.0.1:9", accountId: ACCOUNT_ID, baseNames: [integration!.name] };
        expect(orphansAmong(account, stack, new Set())).toEqual(account);
        expect(orphansAmong(account, stack, new Set(["i"]))).toEqual([]);
      }
      for (const { from, to } of json.moved ?? []) {
        const [fromType, fromName, ...restFrom] = from.split(".");
        const [toType, toName, ...restTo] = to.split(".");
        expect({ restFrom, restTo, sameType: fromType === toType }).toEqual({ restFrom: [], restTo: [], sameType: true });
        expect([fromName, toName]).toEqual([expect.stringMatching(TERRAFORM_IDENTIFIER), expect.stringMatching(TERRAFORM_IDENTIFIER)]);
        expect(json.resource[toType!]?.[toName!]).toBeDefined();
        expect(json.resource[fromType!]?.[fromName!]).toBeUndefined();
      }
    }),
    propertyRuns(25),
  );
});
