/** The shared fastify helpers, with this API's 405 error. */
import type { FastifyInstance } from "fastify";
import { resource as sharedResource, type Handler, type Method } from "../common/http";
import { methodNotAllowed } from "./errors";

export { pathOf } from "../common/http";

export const resource = (app: FastifyInstance, url: string, handlers: Partial<Record<Method, Handler>>) => sharedResource(app, url, handlers, methodNotAllowed);
