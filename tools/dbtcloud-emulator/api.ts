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
    GET: () => ({
      status: success(),
      data: [accountData(ctx.account)],
      extra: { filters: {}, order_by: "id", pagination: { count: 1, total_count: 1 } },
    }),
  });

  app.register(async (v3) => {
    v3.addHook("onRequest", async (req) => {
      const { accountId } = req.params as Params;
      if (accountId !== String(ctx.account.id)) throw forbiddenAccount(accountId);
    });

    resource(v3, CONNECTIONS_ROUTE, {
      GET: (req) => list(ctx.store, req.query as { limit?: string; offset?: string }),
      // 200, as the published spec declares (openapi-v3.yaml); the provider takes any 2xx.
      POST: (req) => {
        const body = parseCreate(req.body);
        checkAccountId(body.account_id, ctx.account.id);
        return { status: success(), data: ctx.store.create(body) };
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
      // 204 without a body, as the published spec declares; the provider reads no body.
      DELETE: (req, reply: FastifyReply) => {
        ctx.store.delete(connectionId(req));
        return reply.code(204).send();
      },
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
  // The spec: a list item's config "will always be null in list responses".
  const page = all.slice(offset, offset + limit).map((c) => ({ ...c, config: null, environment__count: 0 }));
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

/**
 * The account as the published v2 spec's AccountResponse has it: every field it marks
 * required, with the spec's defaults; the provider itself reads only `id`. The spec marks none
 * of them nullable, so the lock and trial fields of this unlocked account carry values too.
 */
function accountData(account: Account) {
  const time = "2024-01-01T00:00:00.000000+00:00";
  return {
    id: account.id,
    name: account.name,
    state: 1,
    plan: "enterprise",
    locked: false,
    lock_reason: "",
    lock_cause: "other",
    unlocked_at: time,
    pending_cancel: false,
    developer_seats: 10,
    read_only_seats: 10,
    it_seats: 0,
    explorer_seats: 0,
    analyst_seats: 0,
    run_slots: 5,
    pod_memory_request_mebibytes: 600,
    develop_pod_memory_request_mebibytes: 0,
    run_duration_limit_seconds: 86400,
    queue_limit: 50,
    billing_email_address: "billing@example.com",
    enterprise_login_slug: "",
    business_critical: false,
    starter_repo_url: "",
    git_auth_level: "team",
    identifier: `act_${account.id}`,
    trial_end_date: time,
    static_subdomain: "",
    vanity_subdomain: "",
    run_locked_until: time,
    copilot_locked_until: time,
    agent_credit_locked: false,
    account_migration_events: [],
    groups: [],
    created_at: time,
    updated_at: time,
  };
}
