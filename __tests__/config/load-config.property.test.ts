/**
 * Property: whatever JSON the config file holds, the loader either returns a config or throws
 * one ConfigError (never a TypeError or a zod error from deep inside), and every problem it
 * lists names a field path that exists in the input or in the schema, so a user can find it.
 * Inputs: arbitrary JSON, and valid configs with one part replaced, removed or an unknown key added.
 */
import fc from "fast-check";
import { ConfigError } from "../../lib/config/config-error";
import { configJsonSchema } from "../../lib/config/json-schema";
import { parseConfig } from "../../lib/config/load-config";
import { configInput, integrationInput, MANAGED_DBT_CLOUD } from "../support/config";
import { propertyRuns } from "../support/property";

type Segment = string | number;
type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode; anyOf?: SchemaNode[]; oneOf?: SchemaNode[]; additionalProperties?: SchemaNode | boolean };

/** `integrations[0].dbtCloud["a b"]` → ["integrations", 0, "dbtCloud", "a b"], as zod's toDotPath writes paths. */
function segments(path: string): Segment[] {
  return [...path.matchAll(/(?:^|\.)([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map(([, key, index, quoted]) =>
    index !== undefined ? Number(index) : quoted !== undefined ? (JSON.parse(`"${quoted}"`) as string) : key!,
  );
}

function inInput(input: unknown, path: Segment[]): boolean {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !(String(key) in node)) return false;
    node = (node as Record<string, unknown>)[String(key)];
  }
  return true;
}

function inSchema(node: SchemaNode | undefined, path: Segment[]): boolean {
  if (!node) return false;
  if (path.length === 0) return true;
  const options = node.anyOf ?? node.oneOf;
  if (options) return options.some((option) => inSchema(option, path));
  const [head, ...rest] = path;
  if (typeof head === "number") return inSchema(node.items, rest);
  const child = node.properties?.[head!] ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : undefined);
  return inSchema(child, rest);
}

const VALID = [
  configInput(),
  configInput({
    stackName: "acme",
    aws: { region: "eu-west-1", defaultTags: { team: "data" } },
    backend: { type: "s3", bucket: "acme-state", key: "dbt.tfstate" },
    integrations: [
      integrationInput({
        dbtCloud: MANAGED_DBT_CLOUD,
        rotation: { current: "r1", pending: "r2", everyDays: 90 },
        secret: { tags: { a: "b" }, readerPrincipals: ["111122223333"] },
      }),
      integrationInput({ id: "emea", name: "dbt-emea", dbtCloud: { accessUrl: "https://emea.dbt.com" }, rotation: "2026-11" }),
    ],
  }),
];

/** Every path to a value in a JSON document. */
function paths(value: unknown, prefix: Segment[] = []): Segment[][] {
  if (value === null || typeof value !== "object") return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([key, inner]) => paths(inner, [...prefix, Array.isArray(value) ? Number(key) : key]))];
}

function changed(document: unknown, path: Segment[], change: (parent: Record<string, unknown>, key: string) => void): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  if (path.length === 0) return copy;
  const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[String(key)] as Record<string, unknown>, copy);
  change(parent, String(path.at(-1)));
  return copy;
}

const mutatedConfigs = fc.constantFrom(...VALID).chain((valid) =>
  fc
    .tuple(fc.constantFrom(...paths(valid)), fc.jsonValue({ maxDepth: 3 }), fc.string({ maxLength: 12 }), fc.constantFrom("replace", "remove", "add key"))
    .map(([path, value, key, how]) => {
      if (how === "replace") return path.length === 0 ? value : changed(valid, path, (parent, last) => (parent[last] = value));
      if (how === "remove") return changed(valid, path, (parent, last) => (Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last]));
      const target = path.reduce<unknown>((node, segment) => (node as Record<string, unknown>)[String(segment)], valid);
      return target !== null && typeof target === "object" && !Array.isArray(target) ? changed(valid, [...path, key], (parent, last) => (parent[last] = value)) : valid;
    }),
);

test("any JSON: a config or one ConfigError, each problem at a path that is in the input or the schema", () => {
  const schema = configJsonSchema() as SchemaNode;
  fc.assert(
    fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), mutatedConfigs), (input) => {
      let problems: readonly { path: string; message: string }[];
      try {
        parseConfig(input);
        return;
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        problems = error.problems;
      }
      expect(problems.length).toBeGreaterThan(0);
      for (const { path, message } of problems) {
        expect(message).not.toBe("");
        if (path === "") continue;
        const at = segments(path);
        expect({ path, found: inInput(input, at) || inSchema(schema, at) }).toEqual({ path, found: true });
      }
    }),
    propertyRuns(300),
  );
});
