/**
 * The account API for OAuth custom app integrations, at the paths the Go SDK
 * builds (databricks-sdk-go v0.93.0 service/oauth2/impl.go,
 * customAppIntegrationImpl): create = POST, list = GET on the collection;
 * get = GET, update = PATCH, delete = DELETE on /{integration_id}.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { invalidParameter, permissionDenied } from "./errors";
import { resource } from "./http";
import type { Principal, IntegrationStore } from "./store";
import { parseCreate, parseUpdate } from "./validation";

export const API_ROUTE = "/api/2.0/accounts/:accountId/oauth2/custom-app-integrations";

/** Neither the page size default nor its cap is published; 100 is a guess, larger requests are clamped. */
export const MAX_PAGE_SIZE = 100;

interface ApiContext {
  accountId: string;
  principal: Principal;
  store: IntegrationStore;
  /** The propagation delay in force now. */
  propagationSeconds: () => number;
}

type Params = { accountId: string; integrationId?: string };
type ListQuery = { page_size?: string; page_token?: string; include_creator_username?: string };

export function registerApiRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.register(async (api) => {
    /**
     * A valid credential aimed at another account's path. This cannot be a
     * 404: the provider treats any 404 on read as "deleted out of band" and
     * silently drops the resource from state (common/resource.go), so a
     * mistyped account_id would make every plan recreate everything. The
     * caller is authenticated but not allowed in that account: 403
     * PERMISSION_DENIED, which fails the run loudly.
     */
    api.addHook("onRequest", async (req) => {
      const { accountId } = req.params as Params;
      if (accountId !== ctx.accountId) {
        throw permissionDenied(`The caller is not authorized to access account '${accountId}'`);
      }
    });

    resource(api, API_ROUTE, {
      POST: (req) => ctx.store.create(parseCreate(req.body), ctx.principal, new Date(), ctx.propagationSeconds()),
      GET: (req) => {
        const q = req.query as ListQuery;
        return ctx.store.list({
          pageSize: pageSize(q.page_size),
          pageToken: q.page_token || undefined,
          includeCreatorUsername: q.include_creator_username === "true",
        });
      },
    });

    resource(api, `${API_ROUTE}/:integrationId`, {
      GET: (req) => ctx.store.get(integrationId(req)),
      // UpdateCustomAppIntegration and DeleteCustomAppIntegration have no response type in the SDK; Databricks answers {}.
      PATCH: (req) => {
        ctx.store.update(integrationId(req), parseUpdate(req.body));
        return {};
      },
      DELETE: (req) => {
        ctx.store.delete(integrationId(req));
        return {};
      },
    });
  });
}

const integrationId = (req: FastifyRequest) => (req.params as Params).integrationId!;

/** page_size 0 or absent means "server default", as for any proto int field. */
function pageSize(raw: string | undefined): number {
  if (raw === undefined || raw === "") return MAX_PAGE_SIZE;
  if (!/^\d+$/.test(raw)) throw invalidParameter("page_size: must be a non-negative integer");
  const n = Number(raw);
  return n === 0 ? MAX_PAGE_SIZE : Math.min(n, MAX_PAGE_SIZE);
}
