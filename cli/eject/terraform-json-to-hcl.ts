/**
 * Terraform JSON syntax (a synthesized cdk.tf.json) to native HCL files with the same meaning:
 * the same addresses, values, meta-arguments, providers and backend, so the HCL takes over the
 * state as it is. Generic over providers: whether a key is a nested block or an attribute is
 * what the provider schema says (`terraform providers schema -json`), since JSON writes both as
 * objects and HCL writes them differently (`token_access_policy { }` vs `databricks = { }`).
 *
 * For reading, a literal that appears in several places becomes one named value: a `variable`
 * (its current value the default) when a provider configuration uses it, since it says where
 * the configuration deploys; otherwise a `local`. cdktf's "//" metadata is dropped.
 *
 * The writer leaves indentation and alignment to hclwrite's formatter (the code `terraform fmt`
 * runs), through cdktf's WebAssembly build of it in @cdktf/hcl-tools.
 */
import { format } from "@cdktf/hcl-tools";
import { literal } from "../../lib/terraform-literal";
import {
  layoutExpression,
  loneInterpolation,
  mapStringLiterals,
  objectKey,
  plainLiteral,
  quote,
  referenceToExpression,
  scanTemplate,
  templateToExpression,
} from "./hcl-expressions";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface BlockSchema {
  attributes?: Record<string, unknown>;
  block_types?: Record<string, { nesting_mode: string; block: BlockSchema }>;
}

interface ProviderSchema {
  provider?: { block: BlockSchema };
  resource_schemas?: Record<string, { block: BlockSchema }>;
  data_source_schemas?: Record<string, { block: BlockSchema }>;
}

/** What `terraform providers schema -json` prints (only the parts read here). */
export interface ProvidersSchema {
  provider_schemas?: Record<string, ProviderSchema>;
}

/** File name → HCL text. */
export type HclFiles = Record<string, string>;

/** A stack this writer cannot express faithfully; the message names the place and why. */
export class EjectError extends Error {}

type Item = { attribute: string; expression: string } | { block: string; labels: string[]; body: Item[] };

/** Where a value sits, for naming repeated literals. */
interface Place {
  /** "provider" (its configuration) or "resource" (a resource, data source or output). */
  kind: "provider" | "resource";
  /** The provider's or resource's name label. */
  owner: string;
  /** The attribute or object key the value belongs to, when it is not a list element. */
  key?: string;
  /** The nested block it is in, if any. */
  block?: string;
}

interface Occurrence extends Place {
  value: string;
  /** Its key is an object key inside an expression (`jsonencode({dbt_cloud_access_url = ...})`): a name someone chose for this value. */
  keyNamesValue?: boolean;
}

/** A repeated literal and how it is written instead. */
interface NamedValue {
  value: string;
  name: string;
  kind: "variable" | "local";
  place: Place;
  /** What a provider calls it ("account_id", "endpoints.sts"), for a variable's description. */
  providerKeys: string[];
  uses: number;
}

const META_ARGUMENTS = ["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection", "//"];
/** Literals shorter than this stay where they are: naming "sql" would not help a reader. */
const MIN_NAMED_LENGTH = 8;

/** The HCL files for a synthesized stack, formatted as `terraform fmt` would. */
export async function terraformJsonToHcl(stack: JsonObject, schemas: ProvidersSchema): Promise<HclFiles> {
  const formatted: HclFiles = {};
  for (const [name, text] of Object.entries(unformattedHcl(stack, schemas))) formatted[name] = (await format(text)).replace(/\n{3,}/g, "\n\n");
  return formatted;
}

function unformattedHcl(stack: JsonObject, schemas: ProvidersSchema): HclFiles {
  const collected: Occurrence[] = [];
  new Writer(stack, schemas, { collect: (occurrence) => collected.push(occurrence) }).files();
  const declared = [stack.variable, ...(Array.isArray(stack.locals) ? stack.locals : [stack.locals])].flatMap((names) => (isObject(names) ? Object.keys(names) : []));
  const named = nameRepeatedLiterals(collected, new Set(declared));
  return new Writer(stack, schemas, { named }).files();
}

/** Literals seen at least twice (whole values, or string literals inside expressions), named. */
function nameRepeatedLiterals(occurrences: Occurrence[], taken: Set<string>): NamedValue[] {
  const byValue = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    if (occurrence.value.length < MIN_NAMED_LENGTH) continue;
    byValue.set(occurrence.value, [...(byValue.get(occurrence.value) ?? []), occurrence]);
  }
  // Only values with a name to borrow: an attribute or object key (not just list elements).
  const candidates = [...byValue.values()].flatMap((places) => {
    const keyed = places.filter((p): p is Occurrence & { key: string } => Boolean(p.key));
    const [firstKeyed] = keyed;
    if (places.length < 2 || !firstKeyed) return [];
    const fromProvider = keyed.find((p) => p.kind === "provider");
    const chosen = fromProvider ?? keyed.find((p) => p.keyNamesValue) ?? firstKeyed;
    const providerKeys = [...new Set(keyed.filter((p) => p.kind === "provider" && p.owner === chosen.owner).map((p) => (p.block ? `${p.block}.${p.key}` : p.key)))];
    let base = chosen.key;
    if (chosen.kind === "provider") {
      // One value under several keys of a provider's nested block (endpoints) is named after the block.
      const word = providerKeys.length > 1 && chosen.block ? chosen.block : base;
      base = word.startsWith(`${chosen.owner}_`) ? word : `${chosen.owner}_${word}`;
    }
    return { value: firstKeyed.value, base: identifier(base), place: chosen, kind: fromProvider ? ("variable" as const) : ("local" as const), providerKeys, uses: places.length };
  });
  return candidates.map((candidate) => {
    // Two values that would share a name (each integration's access URL) get their owner's name first.
    const shared = candidates.filter((other) => other.base === candidate.base).length > 1;
    const preferred = shared ? identifier(`${candidate.place.owner}_${candidate.base}`) : candidate.base;
    let name = preferred;
    for (let n = 2; taken.has(name); n++) name = `${preferred}_${n}`;
    taken.add(name);
    return { ...candidate, name };
  });
}

function identifier(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON block value: one object, or an array of them (Terraform accepts both). */
function objects(value: Json, where: string): JsonObject[] {
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) if (!isObject(item)) throw new EjectError(`${where}: expected an object (a block), got ${JSON.stringify(item)}`);
  return list as JsonObject[];
}

/** A block written once: an object, or a list holding it (JSON syntax allows both). */
function object(value: Json, where: string): JsonObject {
  const [first] = objects(value, where);
  if (!first) throw new EjectError(`${where}: expected an object (a block), got an empty list`);
  return first;
}

/** "aws" → registry.terraform.io/hashicorp/aws, as Terraform reads a source address. */
export function providerAddress(source: string): string {
  const parts = source.toLowerCase().split("/");
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `registry.terraform.io/${parts[0]}/${parts[1]}`;
  return parts.join("/");
}

class Writer {
  private readonly requiredProviders: JsonObject;

  constructor(
    private readonly stack: JsonObject,
    private readonly schemas: ProvidersSchema,
    private readonly literals: { collect?: (occurrence: Occurrence) => void; named?: NamedValue[] },
  ) {
    const terraform = isObject(stack.terraform) ? stack.terraform : {};
    this.requiredProviders = isObject(terraform.required_providers) ? terraform.required_providers : {};
  }

  files(): HclFiles {
    const known = ["//", "terraform", "provider", "variable", "locals", "resource", "data", "module", "moved", "import", "removed", "output"];
    const unknown = Object.keys(this.stack).filter((key) => !known.includes(key));
    if (unknown.length > 0) throw new EjectError(`top-level ${unknown.map((k) => `"${k}"`).join(", ")}: not supported by eject (supported: ${known.slice(1).join(", ")})`);

    const files: HclFiles = {
      "versions.tf": this.render(this.terraformBlock()),
      "providers.tf": this.render(this.providers()),
      "variables.tf": this.render([...this.namedVariables(), ...this.variables()]),
      "main.tf": this.render([...this.locals(), ...this.resources(), ...this.modules(), ...this.moves()]),
      "outputs.tf": this.render(this.outputs()),
    };
    return Object.fromEntries(Object.entries(files).filter(([, text]) => text.trim() !== ""));
  }

  // ---- top-level blocks ----

  private terraformBlock(): Item[] {
    if (!isObject(this.stack.terraform)) return [];
    const body: Item[] = [];
    // Pins first, then where the state is: the order people write them in.
    const order = ["required_version", "required_providers", "backend", "cloud"];
    const entries = Object.entries(this.stack.terraform).sort(([a], [b]) => (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1));
    for (const [key, value] of entries) {
      if (key === "//") continue;
      if (key === "required_providers") {
        body.push({
          block: key,
          labels: [],
          body: Object.entries(object(value, "terraform.required_providers")).map(([name, pin]) => ({ attribute: name, expression: this.expression(this.readableSource(pin)) })),
        });
      } else if (key === "backend") {
        for (const [type, config] of Object.entries(object(value, "terraform.backend"))) {
          body.push({ block: "backend", labels: [type], body: this.attributes(object(config, `terraform.backend.${type}`), verbatim) });
        }
      } else if (key === "cloud") {
        body.push({ block: "cloud", labels: [], body: this.untypedBody(object(value, "terraform.cloud"), verbatim) });
      } else body.push({ attribute: key, expression: this.expression(value) });
    }
    return [{ block: "terraform", labels: [], body }];
  }

  /** `source = "aws"` means hashicorp/aws; written so, as a person would. */
  private readableSource(pin: Json): Json {
    if (!isObject(pin) || typeof pin.source !== "string" || pin.source.includes("/")) return pin;
    return { ...pin, source: `hashicorp/${pin.source}` };
  }

  private providers(): Item[] {
    if (!isObject(this.stack.provider)) return [];
    return Object.entries(this.stack.provider).flatMap(([name, configs]) =>
      objects(configs, `provider.${name}`).map(({ alias, ...config }) => ({
        block: "provider",
        labels: [name],
        body: [
          ...(alias === undefined ? [] : [{ attribute: "alias", expression: this.expression(alias) }]),
          ...this.body(config, this.providerSchema(name), `provider.${name}`, { kind: "provider", owner: name }),
        ],
      })),
    );
  }

  private variables(): Item[] {
    return this.labelledBlocks("variable", (name, key, value) => {
      if (key === "type") return [{ attribute: key, expression: referenceToExpression(String(value)) }];
      if (key === "validation") return this.conditions(value, `variable.${name}`, key);
      if (key === "description" || key === "default") return [{ attribute: key, expression: verbatim(value) }];
      return [{ attribute: key, expression: this.expression(value) }];
    });
  }

  /** Repeated literals that a provider configuration uses, as variables with their value as default. */
  private namedVariables(): Item[] {
    return (this.literals.named ?? [])
      .filter((named) => named.kind === "variable")
      .map((named) => ({
        block: "variable",
        labels: [named.name],
        body: [
          { attribute: "description", expression: quote(`The ${named.place.owner} provider's ${named.providerKeys.join(" and ")}; used in ${named.uses} places`) },
          { attribute: "type", expression: "string" },
          { attribute: "default", expression: quote(named.value) },
        ],
      }));
  }

  private locals(): Item[] {
    const named = (this.literals.named ?? []).filter((n) => n.kind === "local").map((n) => ({ attribute: n.name, expression: quote(n.value) }));
    const declared = this.stack.locals === undefined ? [] : objects(this.stack.locals, "locals").flatMap((block) => this.attributes(block));
    return named.length + declared.length === 0 ? [] : [{ block: "locals", labels: [], body: [...named, ...declared] }];
  }

  /**
   * Resources and data sources, grouped by name (cdktf names them per integration), each after
   * the ones it refers to in its group, so a group reads top-down.
   */
  private resources(): Item[] {
    const all: { mode: "resource" | "data"; type: string; name: string; item: Item }[] = [];
    for (const mode of ["resource", "data"] as const) {
      const types = this.stack[mode];
      if (!isObject(types)) continue;
      for (const [type, byName] of Object.entries(types)) {
        for (const [name, definition] of Object.entries(object(byName, `${mode}.${type}`))) {
          if (objects(definition, `${mode}.${type}.${name}`).length > 1) throw new EjectError(`${mode}.${type}.${name}: declared more than once`);
          const config = object(definition, `${mode}.${type}.${name}`);
          const schema = mode === "resource" ? this.resourceSchema(type) : this.dataSourceSchema(type);
          all.push({ mode, type, name, item: { block: mode, labels: [type, name], body: this.resourceBody(config, schema, `${mode}.${type}.${name}`, name) } });
        }
      }
    }
    const groups = [...new Set(all.map((r) => r.name))];
    return groups.flatMap((group) => {
      const members = all.filter((r) => r.name === group);
      const ordered: typeof members = [];
      const visit = (member: (typeof members)[number], path: Set<unknown>) => {
        if (ordered.includes(member) || path.has(member)) return;
        path.add(member);
        const text = this.render([member.item]);
        for (const other of members) {
          const address = `${other.mode === "data" ? "data." : ""}${other.type}.${other.name}`;
          if (other !== member && new RegExp(`(^|[^\\w.])${address.replace(/\./g, "\\.")}\\b`).test(text)) visit(other, path);
        }
        ordered.push(member);
      };
      for (const member of members) visit(member, new Set());
      return ordered.map((member) => member.item);
    });
  }

  private modules(): Item[] {
    if (!isObject(this.stack.module)) return [];
    return Object.entries(this.stack.module).map(([name, definition]) => {
      const config = object(definition, `module.${name}`);
      const body: Item[] = [];
      for (const [key, value] of Object.entries(config)) {
        if (key === "//") continue;
        if (key === "source" || key === "version") body.push({ attribute: key, expression: this.expression(value) });
        else if (key === "providers" && isObject(value)) body.push({ attribute: key, expression: this.objectExpression(value, (v) => referenceToExpression(String(v))) });
        else if (key === "depends_on") body.push({ attribute: key, expression: this.references(value) });
        else body.push({ attribute: key, expression: this.expression(value, { kind: "resource", owner: name, key }) });
      }
      return { block: "module", labels: [name], body };
    });
  }

  /** moved, import and removed: their addresses are references, written bare. */
  private moves(): Item[] {
    const referenceKeys = new Set(["from", "to", "provider"]);
    return (["moved", "import", "removed"] as const).flatMap((kind) =>
      this.stack[kind] === undefined
        ? []
        : objects(this.stack[kind], kind).map((entry) => ({
            block: kind,
            labels: [],
            body: Object.entries(entry)
              .filter(([key]) => key !== "//")
              .map(
                ([key, value]): Item =>
                  key === "lifecycle" && isObject(value)
                    ? { block: key, labels: [], body: this.attributes(value) }
                    : { attribute: key, expression: referenceKeys.has(key) ? referenceToExpression(String(value)) : this.expression(value) },
              ),
          })),
    );
  }

  private outputs(): Item[] {
    return this.labelledBlocks("output", (name, key, value) => {
      if (key === "depends_on") return [{ attribute: key, expression: this.references(value) }];
      if (key === "precondition") return this.conditions(value, `output.${name}`, key);
      if (key === "description") return [{ attribute: key, expression: verbatim(value) }];
      return [{ attribute: key, expression: this.expression(value, { kind: "resource", owner: name, key }) }];
    });
  }

  /** `variable` and `output`: a block per name, each of its keys written by `entry`. */
  private labelledBlocks(kind: "variable" | "output", entry: (name: string, key: string, value: Json) => Item[]): Item[] {
    const byName = this.stack[kind];
    if (!isObject(byName)) return [];
    return Object.entries(byName).map(([name, definition]) => ({
      block: kind,
      labels: [name],
      body: Object.entries(object(definition, `${kind}.${name}`))
        .filter(([key]) => key !== "//")
        .flatMap(([key, value]) => entry(name, key, value)),
    }));
  }

  /** validation, precondition, postcondition: blocks of condition and error_message. */
  private conditions(value: Json, where: string, key: string): Item[] {
    return objects(value, `${where}.${key}`).map((rule) => ({ block: key, labels: [], body: this.attributes(rule) }));
  }

  // ---- bodies ----

  /** A resource's arguments, its nested blocks, then its meta-arguments, in Terraform's usual order. */
  private resourceBody(config: JsonObject, schema: BlockSchema, where: string, owner: string): Item[] {
    const first: Item[] = [];
    const last: Item[] = [];
    for (const key of ["count", "for_each"]) {
      const value = config[key];
      if (value !== undefined) first.push({ attribute: key, expression: this.expression(value) });
    }
    if ("provider" in config) first.push({ attribute: "provider", expression: referenceToExpression(String(config.provider)) });
    if ("depends_on" in config) last.push({ attribute: "depends_on", expression: this.references(config.depends_on) });
    if ("lifecycle" in config) last.push({ block: "lifecycle", labels: [], body: this.lifecycle(object(config.lifecycle, `${where}.lifecycle`), where) });
    for (const key of ["provisioner", "connection"]) if (key in config) throw new EjectError(`${where}.${key}: provisioners are not supported by eject`);
    const rest = Object.fromEntries(Object.entries(config).filter(([key]) => !META_ARGUMENTS.includes(key)));
    return [...first, ...this.body(rest, schema, where, { kind: "resource", owner }), ...last];
  }

  private lifecycle(lifecycle: JsonObject, where: string): Item[] {
    return Object.entries(lifecycle).flatMap(([key, value]): Item[] => {
      if (key === "//") return [];
      if (key === "ignore_changes") return [{ attribute: key, expression: value === "all" ? "all" : this.references(value) }];
      if (key === "replace_triggered_by") return [{ attribute: key, expression: this.references(value) }];
      if (key === "precondition" || key === "postcondition") return this.conditions(value, `${where}.lifecycle`, key);
      return [{ attribute: key, expression: this.expression(value) }];
    });
  }

  /** A block body as its schema says: nested blocks as blocks, everything else as attributes. */
  private body(config: JsonObject, schema: BlockSchema, where: string, place: Omit<Place, "key">): Item[] {
    const attributes: Item[] = [];
    const blocks: Item[] = [];
    for (const [key, value] of Object.entries(config)) {
      if (key === "//") continue;
      const nested = schema.block_types?.[key];
      if (key === "dynamic") blocks.push(...this.dynamicBlocks(value, schema, `${where}.dynamic`, place));
      else if (nested) {
        if (value === null) continue; // an absent block
        const labelled = nested.nesting_mode === "map";
        for (const entry of Array.isArray(value) ? value : [value]) {
          if (!isObject(entry)) throw new EjectError(`${where}.${key}: a nested block must be an object, got ${JSON.stringify(entry)}`);
          if (labelled)
            for (const [label, inner] of Object.entries(entry))
              blocks.push({
                block: key,
                labels: [label],
                body: this.body(object(inner, `${where}.${key}.${label}`), nested.block, `${where}.${key}.${label}`, { ...place, block: key }),
              });
          else blocks.push({ block: key, labels: [], body: this.body(entry, nested.block, `${where}.${key}`, { ...place, block: key }) });
        }
      } else if (!(key in (schema.attributes ?? {}))) {
        throw new EjectError(
          `${where}.${key}: not an attribute or block of this schema (known: ${[...Object.keys(schema.attributes ?? {}), ...Object.keys(schema.block_types ?? {})].sort().join(", ")})`,
        );
      } else attributes.push({ attribute: key, expression: this.expression(value, { ...place, key }) });
    }
    return [...attributes, ...blocks];
  }

  /** `"dynamic": {"name": {"for_each", "iterator", "labels", "content"}}`. */
  private dynamicBlocks(value: Json, schema: BlockSchema, where: string, place: Omit<Place, "key">): Item[] {
    return Object.entries(object(value, where)).map(([name, spec]) => {
      const nested = schema.block_types?.[name];
      if (!nested) throw new EjectError(`${where}.${name}: not a nested block of this schema`);
      const config = object(spec, `${where}.${name}`);
      const body: Item[] = [];
      for (const [key, inner] of Object.entries(config)) {
        if (key === "content")
          body.push({ block: "content", labels: [], body: this.body(object(inner, `${where}.${name}.content`), nested.block, `${where}.${name}.content`, place) });
        else if (key === "iterator") body.push({ attribute: key, expression: referenceToExpression(String(inner)) });
        else if (key !== "//") body.push({ attribute: key, expression: this.expression(inner) });
      }
      return { block: "dynamic", labels: [name], body };
    });
  }

  /** Bodies without a schema (backend, cloud, conditions): attributes only. */
  private attributes(config: JsonObject, write: (value: Json) => string = (value) => this.expression(value)): Item[] {
    return Object.entries(config)
      .filter(([key]) => key !== "//")
      .map(([key, value]) => ({ attribute: key, expression: write(value) }));
  }

  private untypedBody(config: JsonObject, write: (value: Json) => string): Item[] {
    return Object.entries(config)
      .filter(([key]) => key !== "//")
      .map(([key, value]): Item => (isObject(value) ? { block: key, labels: [], body: this.untypedBody(value, write) } : { attribute: key, expression: write(value) }));
  }

  private references(value: Json): string {
    const list = Array.isArray(value) ? value : [value];
    return `[${list.map((reference) => referenceToExpression(String(reference))).join(", ")}]`;
  }

  // ---- expressions ----

  /**
   * A JSON value as an HCL expression. With a place, literals are collected (first pass) or
   * replaced by their names (second pass); without one (backend, pins, variables' defaults,
   * where Terraform allows no references) they stay literal.
   */
  private expression(value: Json, place?: Place): string {
    if (value === null) return "null";
    if (typeof value === "boolean" || typeof value === "number") return String(value);
    if (typeof value === "string") return this.stringExpression(value, place);
    if (Array.isArray(value)) {
      const items = value.map((item) => this.expression(item, place && { ...place, key: undefined }));
      const inline = `[${items.join(", ")}]`;
      return inline.length <= 80 && !inline.includes("\n") ? inline : `[\n${items.join(",\n")},\n]`;
    }
    return this.objectExpression(value, (inner, key) => this.expression(inner, place && { ...place, key }));
  }

  private objectExpression(value: JsonObject, write: (inner: Json, key: string) => string): string {
    const entries = Object.entries(value).filter(([key]) => key !== "//");
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([key, inner]) => `${objectKey(key)} = ${write(inner, key)}`).join("\n")}\n}`;
  }

  private stringExpression(template: string, place?: Place): string {
    if (!place) return templateToExpression(template);
    const literal = plainLiteral(template);
    if (literal !== undefined) {
      this.literals.collect?.({ ...place, value: literal });
      const whole = this.reference(literal);
      if (whole) return whole;
    }
    const parts = scanTemplate(template).map((part) => {
      if (part.kind === "literal") return { ...part, text: this.interpolateNamed(part.text) };
      if (part.kind !== "interpolation") return part;
      const expression = mapStringLiterals(part.expression, (token) => {
        this.literals.collect?.({ ...place, key: token.key ?? place.key, value: token.value, keyNamesValue: token.key !== undefined });
        return this.reference(token.value);
      });
      return { ...part, expression, raw: `\${${expression}}` };
    });
    const lone = loneInterpolation(parts);
    if (lone !== undefined) return layoutExpression(lone);
    return templateToExpression(parts.map((part) => (part.kind === "literal" ? part.text : part.raw)).join(""));
  }

  private reference(value: string): string | undefined {
    const named = this.literals.named?.find((n) => n.value === value);
    return named && `${named.kind === "variable" ? "var" : "local"}.${named.name}`;
  }

  /** A named value inside longer literal text (a URL with a path, say) as an interpolation. */
  private interpolateNamed(text: string): string {
    let result = text;
    for (const named of this.literals.named ?? []) {
      const pattern = new RegExp(`(?<![\\w-])${named.value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "g");
      result = result.replace(pattern, `\${${named.kind === "variable" ? "var" : "local"}.${named.name}}`);
    }
    return result;
  }

  // ---- schemas ----

  private providerSchema(name: string): BlockSchema {
    const pin = this.requiredProviders[name];
    const source = isObject(pin) && typeof pin.source === "string" ? pin.source : name;
    const schema = this.schemas.provider_schemas?.[providerAddress(source)]?.provider?.block;
    if (!schema) throw new EjectError(`provider.${name}: no schema for ${providerAddress(source)} (is it in required_providers and installed?)`);
    return schema;
  }

  private resourceSchema(type: string): BlockSchema {
    return this.find("resource_schemas", type) ?? this.missing("resource", type);
  }

  private dataSourceSchema(type: string): BlockSchema {
    return this.find("data_source_schemas", type) ?? this.missing("data source", type);
  }

  private find(kind: "resource_schemas" | "data_source_schemas", type: string): BlockSchema | undefined {
    for (const provider of Object.values(this.schemas.provider_schemas ?? {})) {
      const schema = provider[kind]?.[type]?.block;
      if (schema) return schema;
    }
    return undefined;
  }

  private missing(kind: string, type: string): never {
    throw new EjectError(`${kind} type ${type}: no provider schema describes it, so its nested blocks cannot be told from its attributes`);
  }

  // ---- text ----

  private render(items: Item[]): string {
    return items.map((item) => renderItem(item)).join("\n");
  }
}

/**
 * A value Terraform's JSON syntax takes verbatim, not as a template (it reads it without an
 * evaluation context: the backend, a variable's description and default, an output's
 * description). HCL reads every quoted string as a template, so its template sequences are
 * escaped to keep the same text.
 */
function verbatim(value: Json): string {
  if (typeof value === "string") return quote(literal(value));
  if (Array.isArray(value)) return `[${value.map(verbatim).join(", ")}]`;
  if (isObject(value)) {
    const entries = Object.entries(value).filter(([key]) => key !== "//");
    return entries.length === 0 ? "{}" : `{\n${entries.map(([key, inner]) => `${quote(literal(key))} = ${verbatim(inner)}`).join("\n")}\n}`;
  }
  return value === null ? "null" : String(value);
}

function renderItem(item: Item): string {
  if ("attribute" in item) return `${item.attribute} = ${item.expression}\n`;
  const head = [item.block, ...item.labels.map((label) => quote(label))].join(" ");
  return `${head} {\n${item.body.map((inner) => renderItem(inner)).join("")}}\n`;
}
