/**
 * An API contract derived from a published source (dbt Cloud's OpenAPI spec, the Databricks
 * SDK's service models), as committed fixtures hold it, and the checker the emulators run every
 * exchange through: request (path parameters, query, body) and answer (status, body).
 *
 * Schemas are JSON Schema with OpenAPI 3.0's additions, validated with Ajv: the most used
 * JSON Schema validator for JavaScript, kept up to date, which already understands OpenAPI's
 * `nullable`; ajv-formats adds the spec's formats (date-time, int64, password). Two readings
 * apply to every contract:
 * - `readOnly` properties must not be sent in a request, `writeOnly` ones never come back in
 *   an answer (dbt Cloud marks the OAuth client_id and client_secret writeOnly);
 * - `optionalMayBeNull` (set by a fixture whose generator cannot say "nullable", see its
 *   source notes): a property not listed in `required` may also be `null`.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

/** A JSON Schema (OpenAPI 3.0 dialect) or a boolean schema. */
export type Schema = boolean | { [keyword: string]: unknown };

export interface Operation {
  /** A name for messages, e.g. the OpenAPI operationId or the SDK method. */
  id: string;
  method: string;
  /** With `{param}` placeholders, exactly as the API spells it (trailing slash included). */
  path: string;
  pathParams: Record<string, Schema>;
  /** Declared query parameters; any other one is a violation. */
  query: Record<string, Schema>;
  /** Absent: the operation takes no body. */
  requestBody?: { schema: Schema; required: boolean };
  /**
   * By status: "200", a range "2XX", or "default" (any other status). A null schema means a
   * body the client does not read (none is checked). A status matched by none of them is a
   * violation when it is below 400; an error status with no "default" has no contract.
   */
  responses: Record<string, Schema | null>;
}

export interface ContractSource {
  repository: string;
  commit: string;
  files: string[];
  /** The script that re-derives the fixture from a fetched copy of `files`. */
  derivedBy: string;
  /** What was derived how, and every correction made to the source, with the reason. */
  notes: string[];
}

export interface ContractFixture {
  name: string;
  source: ContractSource;
  optionalMayBeNull: boolean;
  operations: Operation[];
  /** Referenced as "#/components/schemas/<Name>", as in OpenAPI. */
  components: { schemas: Record<string, Schema> };
  /** Error codes whose HTTP status is fixed by the source (Databricks: the SDK's error mapping). */
  errorCodeStatus?: Record<string, number>;
}

/** One exchange as the emulator saw it. */
export interface Exchange {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  /** undefined when the request had no body. */
  requestBody: unknown;
  status: number;
  /** Parsed JSON, or undefined for an empty answer. */
  responseBody: unknown;
}

export interface Violation {
  /** Which side broke the contract: the client's request, or the emulator's answer. */
  side: "request" | "response";
  operation: string;
  method: string;
  path: string;
  status: number;
  problems: string[];
}

type Direction = "request" | "response";

export class ContractChecker {
  private readonly ajv: Ajv;
  private readonly routes: { op: Operation; index: number; regex: RegExp; params: string[] }[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly fixture: ContractFixture) {
    // strict: false because the spec carries OpenAPI-only keywords (example, discriminator,
    // dbt Cloud's own write_only) that are annotations, not rules.
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    for (const direction of ["request", "response"] as const) this.ajv.addSchema(forDirection(fixture, direction) as object, direction);
    this.routes = fixture.operations.map((op, index) => {
      const params: string[] = [];
      const pattern = op.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_m, name: string) => {
        params.push(name);
        return "([^/]+)";
      });
      return { op, index, regex: new RegExp(`^${pattern}$`), params };
    });
  }

  /** The operation a method and path belong to, if the contract has it. */
  operation(method: string, path: string): Operation | undefined {
    return this.route(method, path)?.op;
  }

  /** Every way the exchange breaks the contract, request and answer apart; [] when it keeps it or is not in the contract. */
  check(exchange: Exchange): Violation[] {
    const route = this.route(exchange.method, exchange.path);
    if (!route) return [];
    const { op } = route;
    const violation = (side: Direction, problems: string[]): Violation[] =>
      problems.length === 0 ? [] : [{ side, operation: op.id, method: exchange.method, path: exchange.path, status: exchange.status, problems }];
    return [...violation("request", this.requestProblems(route, exchange)), ...violation("response", this.responseProblems(route, exchange))];
  }

  private route(method: string, path: string) {
    return this.routes.find((r) => r.op.method === method.toUpperCase() && r.regex.test(path));
  }

  private requestProblems(route: ContractChecker["routes"][number], exchange: Exchange): string[] {
    const { op, index } = route;
    const problems: string[] = [];
    const values = route.regex.exec(exchange.path)!.slice(1); // the route matched this path
    route.params.forEach((name, i) => {
      problems.push(...this.validate("request", `#/operations/${index}/pathParams/${name}`, coerce(op.pathParams[name], decodeURIComponent(values[i]!)), `path parameter ${name}`));
    });
    for (const [name, raw] of Object.entries(exchange.query)) {
      if (raw === undefined) continue;
      if (!(name in op.query)) {
        problems.push(`query parameter ${name}: not in the contract (declared: ${Object.keys(op.query).join(", ") || "none"})`);
        continue;
      }
      for (const value of Array.isArray(raw) ? raw : [raw]) {
        problems.push(...this.validate("request", `#/operations/${index}/query/${name}`, coerce(op.query[name], value), `query parameter ${name}`));
      }
    }
    if (!op.requestBody) {
      if (exchange.requestBody !== undefined) problems.push("body: the operation takes none");
    } else if (exchange.requestBody === undefined) {
      if (op.requestBody.required) problems.push("body: required");
    } else {
      problems.push(...this.validate("request", `#/operations/${index}/requestBody/schema`, exchange.requestBody, "body"));
    }
    return problems;
  }

  private responseProblems({ op, index }: ContractChecker["routes"][number], exchange: Exchange): string[] {
    const key = responseKey(op, exchange.status);
    if (key === undefined) {
      return exchange.status < 400 ? [`status ${exchange.status}: not in the contract (declared: ${Object.keys(op.responses).join(", ")})`] : [];
    }
    const problems: string[] = [];
    if (op.responses[key] !== null) {
      problems.push(...this.validate("response", `#/operations/${index}/responses/${key}`, exchange.responseBody, "body"));
    }
    const code = (exchange.responseBody as { error_code?: unknown } | undefined)?.error_code;
    const expected = typeof code === "string" ? this.fixture.errorCodeStatus?.[code] : undefined;
    if (exchange.status >= 400 && expected !== undefined && expected !== exchange.status) {
      problems.push(`status ${exchange.status}: error_code ${code} is HTTP ${expected} in the contract`);
    }
    return problems;
  }

  private validate(direction: Direction, pointer: string, value: unknown, label: string): string[] {
    const ref = `${direction}${pointer}`;
    let fn = this.compiled.get(ref);
    if (!fn) {
      fn = this.ajv.compile({ $ref: ref });
      this.compiled.set(ref, fn);
    }
    if (value === undefined) return [`${label}: missing`];
    return fn(value) ? [] : describe(fn.errors ?? [], label);
  }
}

/** A fixture's checker, compiled on first use and then shared by every emulator in the process. */
export function lazyChecker(fixture: unknown): () => ContractChecker {
  let checker: ContractChecker | undefined;
  return () => {
    checker ??= new ContractChecker(fixture as ContractFixture);
    return checker;
  };
}

/** "2XX" style keys match a whole class; an exact status wins over a class, a class over "default". */
function responseKey(op: Operation, status: number): string | undefined {
  const keys = Object.keys(op.responses);
  return keys.find((k) => k === String(status)) ?? keys.find((k) => k.toUpperCase() === `${Math.floor(status / 100)}XX`) ?? keys.find((k) => k === "default");
}

/** A path or query value is text; an integer or boolean parameter is checked as the number or boolean it spells. */
function coerce(schema: Schema | undefined, value: string): unknown {
  const type = typeof schema === "object" ? schema.type : undefined;
  if (type === "integer" || type === "number") return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (type === "boolean") return value === "true" ? true : value === "false" ? false : value;
  return value;
}

/** One line per problem, most specific first: "body/config/host: must match pattern ...". Ajv's anyOf wrappers are dropped when a branch said more. */
function describe(errors: ErrorObject[], label: string): string[] {
  const lines = errors
    .filter((e) => !(e.keyword === "anyOf" && errors.length > 1))
    .map((e) => {
      const where = `${label}${e.instancePath}`;
      if (e.keyword === "false schema") return `${where}: must not be present here`;
      if (e.keyword === "additionalProperties") return `${where}: unknown property '${String(e.params.additionalProperty)}'`;
      if (e.keyword === "required") return `${where}: missing required property '${String(e.params.missingProperty)}'`;
      if (e.keyword === "enum") return `${where}: must be one of ${(e.params.allowedValues as unknown[]).join(", ")}`;
      return `${where}: ${e.message}`;
    });
  return [...new Set(lines)];
}

/**
 * The fixture as one direction reads it: in a request `readOnly` properties may not appear,
 * in an answer `writeOnly` ones may not; with `optionalMayBeNull`, a property outside
 * `required` may be null.
 */
export function forDirection(fixture: ContractFixture, direction: Direction): unknown {
  // dbt Cloud's spec also spells writeOnly as write_only.
  const hidden = direction === "request" ? ["readOnly", "read_only"] : ["writeOnly", "write_only"];
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = walk(value);
    const properties = out.properties as Record<string, Schema> | undefined;
    if (properties && typeof properties === "object" && !Array.isArray(properties)) {
      const required = new Set((out.required as string[] | undefined) ?? []);
      out.properties = Object.fromEntries(
        Object.entries(properties).map(([name, schema]) => {
          if (typeof schema === "object" && hidden.some((k) => schema[k] === true)) return [name, false];
          if (fixture.optionalMayBeNull && !required.has(name) && schema !== false) return [name, { anyOf: [schema, { type: "null" }] }];
          return [name, schema];
        }),
      );
    }
    return out;
  };
  return { $id: direction, ...(walk({ operations: fixture.operations, components: fixture.components }) as object) };
}
