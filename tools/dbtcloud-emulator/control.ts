/**
 * Test controls: reading a connection's whole stored config (OAuth client
 * included, which the API never returns), out-of-band changes, plus the
 * injected faults and request log every emulator has (tools/common/control.ts).
 * In process these are methods; over HTTP, unauthenticated routes under /_emulator.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { CONTROL_PREFIX, EmulatorControl } from "../common/control";
import { resource } from "./api";
import { badRequest, notFound } from "./errors";
import type { Connection, ConnectionStore, StoredConnection } from "./store";
import { parsePatch, type ConnectionPatch } from "./validation";

export class Control extends EmulatorControl {
  constructor(readonly store: ConnectionStore) {
    super(badRequest);
  }

  /** Every connection with its whole config, client_id and client_secret included: test assertions only. */
  connections(): StoredConnection[] {
    return this.store.all();
  }

  /** One connection with its whole config; throws a 404 error when there is none. */
  connection(id: number): StoredConnection {
    const found = this.store.all().find((c) => c.id === id);
    if (!found) throw notFound(`connection ${id} does not exist`);
    return found;
  }

  /** As if someone deleted it in dbt Cloud. */
  deleteConnection(id: number): void {
    this.store.delete(id);
  }

  /** As if someone edited it in dbt Cloud: the same body and rules as PATCH. */
  modifyConnection(id: number, patch: ConnectionPatch): Connection {
    return this.store.update(id, parsePatch(patch));
  }

  protected clearStore(): void {
    this.store.clear();
  }
}

/** What GET /_emulator answers: everything a test in another process needs to connect. */
export interface EmulatorInfo {
  url: string;
  /** The provider's host_url. */
  hostUrl: string;
  accountId: number;
  token: string;
}

export function registerControlRoutes(app: FastifyInstance, control: Control, info: () => EmulatorInfo): void {
  const id = (req: FastifyRequest) => Number((req.params as { connectionId: string }).connectionId);
  const P = CONTROL_PREFIX;

  resource(app, P, { GET: () => info() });
  resource(app, `${P}/connections`, { GET: () => control.connections() });
  resource(app, `${P}/connections/:connectionId`, {
    GET: (req) => control.connection(id(req)),
    PATCH: (req) => control.modifyConnection(id(req), req.body as ConnectionPatch),
    DELETE: (req) => {
      control.deleteConnection(id(req));
      return {};
    },
  });
  control.registerCommonRoutes(app, resource);
}
