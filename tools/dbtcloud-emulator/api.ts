/**
 * The Admin API routes the provider calls for `dbtcloud_global_connection`,
 * under the `/api` prefix every dbt Cloud access URL has (the provider's
 * `host_url` is `https://ACCESS_URL/api`). Paths end in "/": the provider
 * builds every URL with a trailing slash (pkg/dbt_cloud/client.go
 * `BuildAPIURL`, global_connection.go); the path without it is a 404, like any
 * other unknown path.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { resource as sharedResource, type Handler, type Method } from "../common/http";
import { badRequest, forbiddenAccount, methodNotAllowed, notFound, type ResponseStatus } from "./errors";
import type { ConnectionStore } from "./store";
import { parseCreate, parsePatch } from "./validation";

export const API_PREFIX = "/api";
export const ACCOUNTS_ROUTE = `${API_PREFIX}/v2/accounts/`;
export const CONNECTIONS_ROUTE = `${API_PREFIX}/v3/accounts/:accountId/connections/`;

/** The list's page size when none is asked for, and its cap (dbt Cloud documents limit as at most 100). */
export const MAX_LIMIT = 100;

export const resource = (app: FastifyInstance, url: string, handlers: Partial<Record<Method, Handler>>) => sharedResource(app, url, handlers, methodNotAllowed);

export interface Account {
  id: number;
  name: string;
}

const success = (code = 200): ResponseStatus => ({ code, is_success: true, user_message: "Success!", developer_message: "" });

type Params = { accountId: string; connectionId?: string };

export function registerApiRoutes(app: FastifyInstance, ctx: { account: Account; store: ConnectionStore }): void {
  // The provider's configure step: it looks for its account_id among the token's accounts (client.go NewClient).
  resource(app, ACCOUNTS_ROUTE, {
    GET: () => ({ status: success(), data: [accountData(ctx.account)] }),
  });

  app.register(async (v3) => {
    v3.addHook("onRequest", async (req) => {
      const { accountId } = req.params as Params;
      if (accountId !== String(ctx.account.id)) throw forbiddenAccount(accountId);
    });

    resource(v3, CONNECTIONS_ROUTE, {
      GET: (req) => list(ctx.store, req.query as { limit?: string; offset?: string }),
      POST: (req, reply: FastifyReply) => {
        const body = parseCreate(req.body);
        checkAccountId(body.account_id, ctx.account.id);
        reply.code(201);
        return { status: success(201), data: ctx.store.create(body) };
      },
    });

    resource(v3, `${CONNECTIONS_ROUTE}:connectionId/`, {
      GET: (req) => ({ status: success(), data: ctx.store.get(connectionId(req)) }),
      PATCH: (req) => {
        const id = connectionId(req);
        const patch = parsePatch(req.body);
        checkAccountId(patch.account_id, ctx.account.id);
        return { status: success(), data: ctx.store.update(id, patch) };
      },
      DELETE: (req) => ({ status: success(), data: ctx.store.delete(connectionId(req)) }),
    });
  });
}

function connectionId(req: FastifyRequest): number {
  const raw = (req.params as Params).connectionId!;
  if (!/^\d+$/.test(raw)) throw notFound(`connection id '${raw}' is not a number`);
  return Number(raw);
}

function checkAccountId(bodyAccountId: number | undefined, accountId: number): void {
  if (bodyAccountId !== undefined && bodyAccountId !== accountId) {
    throw badRequest(`account_id: ${bodyAccountId} does not match the account in the path (${accountId})`);
  }
}

function list(store: ConnectionStore, query: { limit?: string; offset?: string }) {
  const limit = Math.min(nonNegative("limit", query.limit) || MAX_LIMIT, MAX_LIMIT);
  const offset = nonNegative("offset", query.offset);
  const all = store.list();
  const page = all.slice(offset, offset + limit).map((c) => ({ ...c, environment__count: 0 }));
  return {
    status: success(),
    data: page,
    extra: { filters: { limit, offset }, pagination: { count: page.length, total_count: all.length } },
  };
}

function nonNegative(name: string, raw: string | undefined): number {
  if (raw === undefined || raw === "") return 0;
  if (!/^\d+$/.test(raw)) throw badRequest(`${name}: must be a non-negative integer`);
  return Number(raw);
}

/** A subset of the account fields the provider's AuthResponseData reads; it only uses `id`. */
function accountData(account: Account) {
  return {
    id: account.id,
    name: account.name,
    state: 1,
    plan: "enterprise",
    locked: false,
    pending_cancel: false,
    developer_seats: 10,
    read_only_seats: 10,
    run_slots: 5,
    created_at: "2024-01-01T00:00:00.000000+00:00",
    updated_at: "2024-01-01T00:00:00.000000+00:00",
  };
}
