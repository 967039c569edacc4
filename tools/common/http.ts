/** fastify pieces shared by the local API emulators. */
import * as fs from "node:fs";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { DelayQueue, FaultQueue, FaultStatus } from "./faults";
import { CONTROL_PREFIX } from "./control";
import type { RequestLog } from "./request-log";
import type { ContractChecker, Violation } from "../contracts/contract";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type Handler = (req: FastifyRequest, reply: FastifyReply) => unknown;

const METHODS: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** The request path without its query string. */
export const pathOf = (req: FastifyRequest) => req.url.replace(/\?.*/s, "");

/**
 * Registers one URL with its handlers and answers every other method with the
 * emulator's 405 error, so a wrong method on a known path is told apart from
 * an unknown path (404).
 */
export function resource(
  app: FastifyInstance,
  url: string,
  handlers: Partial<Record<Method, Handler>>,
  methodNotAllowed: (method: string, path: string, allowed: Method[]) => Error,
): void {
  const allowed = METHODS.filter((m) => handlers[m]);
  for (const method of METHODS) {
    const handler: Handler =
      handlers[method] ??
      ((req) => {
        throw methodNotAllowed(req.method, pathOf(req), allowed);
      });
    app.route({ method, url, handler: async (req, reply) => handler(req, reply) });
  }
}

export interface LogOptions {
  /** Write fastify's JSON request log to this file (appended). */
  logFile?: string;
  /** Or to this stream (main.ts uses stderr). */
  logStream?: NodeJS.WritableStream;
}

/**
 * A fastify app whose JSON parser reads an empty body (a DELETE sent with a
 * Content-Type, say) as no body rather than a parse error, and `listen` that
 * binds 127.0.0.1 only and closes the log file it opened.
 */
export function createEmulatorApp(options: LogOptions) {
  const logStream = options.logFile ? fs.createWriteStream(options.logFile, { flags: "a" }) : options.logStream;
  const app = Fastify({ logger: logStream ? { level: "info", stream: logStream } : false });
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (req, body, done) => (body === "" ? done(null, undefined) : parseJson(req, body as string, done)));

  const close = async () => {
    await app.close();
    // Only a file stream is ours to end; a caller's stream (stderr) stays open.
    if (options.logFile && logStream) await new Promise<void>((resolve) => logStream.end(resolve));
  };
  const listen = async (port = 0): Promise<string> => {
    try {
      return await app.listen({ host: "127.0.0.1", port });
    } catch (err) {
      await close();
      throw err;
    }
  };
  return { app, listen, close };
}

/** What an emulator's error handler sends: its own API's error body. */
export interface EmulatorError {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * The hooks every emulator needs. For every call outside /_emulator: an
 * injected fault first (answered with `faultError(status)`, before the call or, for an
 * `afterHandling` fault, instead of the answer of the call carried out), then
 * `authenticate`, and one request log entry when the response is sent. Every
 * error, an unknown path's included (`notFound`), is sent as `toApiError`
 * makes it; a 5xx that no fault injected is logged. With a `contract`, every such exchange is
 * checked against it as it is answered: violations go into its request log entry and the
 * emulator's log (see tools/contracts/).
 */
export function installEmulatorHooks(
  app: FastifyInstance,
  opts: {
    control: { faults: FaultQueue; delays: DelayQueue; log: RequestLog };
    faultError: (status: FaultStatus) => Error;
    authenticate: (req: FastifyRequest) => void;
    toApiError: (err: Error) => EmulatorError;
    notFound: (req: FastifyRequest) => Error;
    contract?: ContractChecker;
  },
): void {
  const { faults, delays, log } = opts.control;
  const faulted = new WeakSet<FastifyRequest>();
  // Faults that answer after the call was carried out (an answer lost on the way back).
  const lostAnswers = new WeakMap<FastifyRequest, EmulatorError>();
  const violations = new WeakMap<FastifyRequest, Violation[]>();
  const isControl = (req: FastifyRequest) => pathOf(req) === CONTROL_PREFIX || pathOf(req).startsWith(`${CONTROL_PREFIX}/`);

  app.addHook("onRequest", async (req) => {
    if (isControl(req)) return;
    const fault = faults.take(req.method, pathOf(req));
    if (fault) {
      faulted.add(req);
      if (!fault.afterHandling) throw opts.faultError(fault.status);
      lostAnswers.set(req, opts.toApiError(opts.faultError(fault.status)));
    }
    opts.authenticate(req);
  });

  app.addHook("onSend", async (req, reply, payload) => {
    if (isControl(req)) return payload;
    await delays.hold(req.method, pathOf(req));
    const lost = lostAnswers.get(req);
    let answer = payload;
    if (lost) {
      reply.code(lost.statusCode).headers(lost.headers).header("content-type", "application/json; charset=utf-8");
      answer = JSON.stringify(lost.body);
    }
    if (opts.contract) {
      const found = opts.contract.check({
        method: req.method,
        path: pathOf(req),
        query: req.query as Record<string, string | string[] | undefined>,
        requestBody: req.body,
        status: reply.statusCode,
        responseBody: typeof answer === "string" && answer !== "" ? JSON.parse(answer) : undefined,
      });
      if (found.length > 0) {
        violations.set(req, found);
        req.log.error({ contractViolations: found }, "contract violation");
      }
    }
    return answer;
  });

  // A held answer would keep close() waiting.
  app.addHook("preClose", async () => delays.clear());

  app.addHook("onResponse", async (req, reply) => {
    if (isControl(req)) return;
    const found = violations.get(req);
    log.record({ method: req.method, path: pathOf(req), url: req.url, status: reply.statusCode, fault: faulted.has(req), ...(found ? { contractViolations: found } : {}) });
  });

  app.setErrorHandler((err: Error, req, reply) => {
    const apiError = opts.toApiError(err);
    if (apiError.statusCode >= 500 && !faulted.has(req)) req.log.error(err);
    return reply.code(apiError.statusCode).headers(apiError.headers).send(apiError.body);
  });

  app.setNotFoundHandler(async (req) => {
    throw opts.notFound(req);
  });
}
