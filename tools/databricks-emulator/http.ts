/** Small fastify helpers shared by the API, OIDC and control routes. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { methodNotAllowed } from "./errors";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Handler = (req: FastifyRequest, reply: FastifyReply) => unknown;

const METHODS: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** The request path without its query string. */
export const pathOf = (req: FastifyRequest) => req.url.split("?", 1)[0];

/**
 * Registers one URL with its handlers and answers every other method with 405,
 * so a wrong method on a known path is told apart from an unknown path (404).
 */
export function resource(app: FastifyInstance, url: string, handlers: Partial<Record<Method, Handler>>): void {
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
