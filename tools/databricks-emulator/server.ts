/**
 * A local stand-in for the Databricks account API's OAuth custom app
 * integrations, faithful enough for the real databricks/databricks provider
 * (v1.99.0, `experimental_is_unified_host = true`) to run against it.
 *
 * Order of checks for every call outside /_emulator: injected fault, then
 * authentication (for /api/...), then the account in the path, then routing
 * and body validation. Every error is a Databricks error body
 * `{"error_code": ..., "message": ...}`.
 */
import { randomBytes, randomUUID } from "node:crypto";
import * as fs from "node:fs";
import Fastify, { type FastifyError, type FastifyRequest } from "fastify";
import { registerApiRoutes } from "./api";
import { Authenticator, registerOidcRoutes, type Credentials } from "./auth";
import { CONTROL_PREFIX, Control, registerControlRoutes, type EmulatorInfo } from "./control";
import { ApiError, endpointNotFound, malformedRequest } from "./errors";
import { pathOf } from "./http";
import { IntegrationStore, newClientSecret, type Principal } from "./store";

export const DEFAULT_ACCOUNT_ID = "5f0c2f8e-7a31-4d1b-9e44-0123456789ab";

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  accountId?: string;
  /** The accepted bearer token; default a random "dapi..." one. Basic and M2M credentials are always random. */
  token?: string;
  /** Write fastify's JSON request log to this file (appended). */
  logFile?: string;
  /** Or to this stream (main.ts uses stderr). */
  logStream?: NodeJS.WritableStream;
}

export type DatabricksEmulator = Control & {
  url: string;
  accountId: string;
  /** The first accepted bearer token. */
  token: string;
  credentials: Credentials;
  close(): Promise<void>;
};

/** Who shows up as created_by / creator_username. */
const PRINCIPAL: Principal = { id: 4851234567890123, userName: "admin@example.com" };

export async function startDatabricksEmulator(options: EmulatorOptions = {}): Promise<DatabricksEmulator> {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const tokens = [options.token ?? `dapi${randomBytes(16).toString("hex")}`];
  const credentials: Credentials = {
    tokens,
    basic: { username: PRINCIPAL.userName, password: randomBytes(12).toString("hex") },
    oauthClient: { clientId: randomUUID(), clientSecret: newClientSecret() },
  };

  const logStream = options.logFile ? fs.createWriteStream(options.logFile, { flags: "a" }) : options.logStream;
  const app = Fastify({ logger: logStream ? { level: "info", stream: logStream } : false });
  // An empty JSON body (a DELETE sent with a Content-Type, say) is no body, not a parse error; otherwise fastify's safe parser.
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (req, body, done) =>
    body === "" ? done(null, undefined) : parseJson(req, body as string, done),
  );
  const store = new IntegrationStore();
  const control = new Control(store);
  const auth = new Authenticator(credentials);
  const faulted = new WeakSet<FastifyRequest>();
  const isControl = (req: FastifyRequest) => pathOf(req) === CONTROL_PREFIX || pathOf(req).startsWith(`${CONTROL_PREFIX}/`);

  app.addHook("onRequest", async (req) => {
    if (isControl(req)) return;
    const fault = control.takeFault(req.method, pathOf(req));
    if (fault) {
      faulted.add(req);
      throw fault;
    }
    if (pathOf(req).startsWith("/api/")) auth.check(req.headers.authorization);
  });

  app.addHook("onSend", async (req, _reply, payload) => {
    if (!isControl(req)) await control.holdAnswer(req.method, pathOf(req));
    return payload;
  });

  app.addHook("onResponse", async (req, reply) => {
    if (isControl(req)) return;
    control.record({ method: req.method, path: pathOf(req), url: req.url, status: reply.statusCode, fault: faulted.has(req) });
  });

  app.setErrorHandler((err: FastifyError | ApiError, req, reply) => {
    const apiError = err instanceof ApiError ? err : fromFastifyError(err);
    if (apiError.statusCode >= 500 && !faulted.has(req)) req.log.error(err);
    return reply.code(apiError.statusCode).headers(apiError.headers).send(apiError.body);
  });

  app.setNotFoundHandler(async (req) => {
    throw endpointNotFound(req.method, pathOf(req));
  });

  registerApiRoutes(app, { accountId, principal: PRINCIPAL, store });
  registerOidcRoutes(app, accountId, auth);
  let url = "";
  const info = (): EmulatorInfo => ({
    url,
    accountId,
    token: tokens[0],
    basic: credentials.basic,
    oauthClient: credentials.oauthClient,
  });
  registerControlRoutes(app, control, info);

  const close = async () => {
    control.clearDelays(); // a held answer would keep close() waiting
    await app.close();
    // Only a file stream is ours to end; a caller's stream (stderr) stays open.
    if (options.logFile && logStream) await new Promise<void>((resolve) => logStream.end(resolve));
  };
  try {
    url = await app.listen({ host: "127.0.0.1", port: options.port ?? 0 });
  } catch (err) {
    await close();
    throw err;
  }

  return Object.assign(control, {
    url,
    accountId,
    token: tokens[0],
    credentials,
    close,
  });
}

/**
 * fastify's own 4xx errors are about the request body (bad JSON, empty JSON
 * body, unsupported content type): Databricks calls those MALFORMED_REQUEST.
 */
function fromFastifyError(err: FastifyError): ApiError {
  if (err.statusCode !== undefined && err.statusCode < 500) return malformedRequest(err.message);
  return new ApiError(500, "INTERNAL_ERROR", err.message);
}
