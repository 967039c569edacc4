/**
 * The in-memory model of one account's global connections (Databricks
 * adapter only). Shapes follow terraform-provider-dbtcloud v1.12.5
 * pkg/dbt_cloud/global_connection.go (`GlobalConnectionCommon`,
 * `globalConnectionPayload`, `DatabricksConfig`) and global_connections.go
 * (`GlobalConnectionSummary`, the list).
 */
import type { ConnectionPatch, NewConnection } from "./validation";
import { notFound } from "./errors";

export const DATABRICKS_ADAPTER = "databricks_v0";

/** Whatever the API answers about a connection: never client_id or client_secret. */
export interface Connection {
  id: number;
  account_id: number;
  name: string;
  adapter_version: string;
  /** 1 active (dbt Cloud's state convention; deleted connections are gone from the API). */
  state: 1;
  is_ssh_tunnel_enabled: boolean;
  private_link_endpoint_id: string | null;
  oauth_configuration_id: number | null;
  created_at: string;
  updated_at: string;
  /** Required by the published spec: where dbt Cloud's OAuth sign-in comes back to (ACCESS_URL/complete/databricks). */
  oauth_redirect_uri: string;
  config: { host: string; http_path: string; catalog: string | null };
}

/** What the emulator keeps: the whole config, OAuth client included (test assertions only). */
export interface StoredConnection extends Omit<Connection, "config"> {
  config: { host: string; http_path: string; catalog: string | null; client_id: string | null; client_secret: string | null };
}

export class ConnectionStore {
  private readonly items = new Map<number, StoredConnection>();
  private lastId = 0;

  constructor(
    private readonly accountId: number,
    /** The access URL's redirect for Databricks sign-in; a function, as the URL is known once the emulator listens. */
    private readonly oauthRedirectUri: () => string = () => "",
  ) {}

  create(req: NewConnection, now = new Date()): Connection {
    const time = now.toISOString();
    const value: StoredConnection = {
      id: ++this.lastId,
      account_id: this.accountId,
      name: req.name,
      adapter_version: req.adapter_version,
      state: 1,
      is_ssh_tunnel_enabled: false,
      private_link_endpoint_id: req.private_link_endpoint_id ?? null,
      oauth_configuration_id: req.oauth_configuration_id ?? null,
      created_at: time,
      updated_at: time,
      oauth_redirect_uri: this.oauthRedirectUri(),
      config: {
        host: req.config.host,
        http_path: req.config.http_path,
        catalog: req.config.catalog ?? null,
        client_id: req.config.client_id ?? null,
        client_secret: req.config.client_secret ?? null,
      },
    };
    this.items.set(value.id, value);
    return toApi(value);
  }

  get(id: number): Connection {
    return toApi(this.find(id));
  }

  list(): Connection[] {
    return [...this.items.values()].map(toApi);
  }

  /**
   * PATCH: a field present replaces the stored value, `null` clears a nullable
   * one, an absent field stays. The provider sends only what changed
   * (resource.go Update) and `null` to clear catalog, client_id or client_secret.
   */
  update(id: number, patch: ConnectionPatch, now = new Date()): Connection {
    const current = this.find(id);
    const next: StoredConnection = {
      ...current,
      name: patch.name ?? current.name,
      is_ssh_tunnel_enabled: patch.is_ssh_tunnel_enabled ?? current.is_ssh_tunnel_enabled,
      private_link_endpoint_id: patch.private_link_endpoint_id === undefined ? current.private_link_endpoint_id : patch.private_link_endpoint_id,
      oauth_configuration_id: patch.oauth_configuration_id === undefined ? current.oauth_configuration_id : patch.oauth_configuration_id,
      updated_at: now.toISOString(),
      config: { ...current.config },
    };
    const config = patch.config ?? {};
    if (config.host !== undefined) next.config.host = config.host;
    if (config.http_path !== undefined) next.config.http_path = config.http_path;
    for (const key of ["catalog", "client_id", "client_secret"] as const) if (config[key] !== undefined) next.config[key] = config[key];
    this.items.set(id, next);
    return toApi(next);
  }

  delete(id: number): Connection {
    const gone = this.find(id);
    this.items.delete(id);
    return toApi(gone);
  }

  /** Everything, OAuth client included: test tooling only. */
  all(): StoredConnection[] {
    return [...this.items.values()].map((c) => structuredClone(c));
  }

  clear(): void {
    this.items.clear();
  }

  private find(id: number): StoredConnection {
    const value = this.items.get(id);
    if (!value) throw notFound(`connection ${id} does not exist in account ${this.accountId}`);
    return value;
  }
}

/** The API never returns the OAuth client: the provider's Read says so and does not read it (common.go readGeneric). */
function toApi(c: StoredConnection): Connection {
  const { client_id: _id, client_secret: _secret, ...config } = c.config;
  return { ...structuredClone(c), config };
}
