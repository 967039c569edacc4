/**
 * The in-memory model of one account's custom app integrations. Shapes follow
 * databricks-sdk-go v0.93.0 service/oauth2/model.go:
 * CreateCustomAppIntegrationOutput, GetCustomAppIntegrationOutput and
 * GetCustomAppIntegrationsOutput.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { invalidParameter, resourceAlreadyExists, resourceDoesNotExist } from "./errors";
import { checkUserAuthorizedScopes, effectivePolicy, type ControlPatch, type CreateRequest, type TokenAccessPolicy } from "./validation";

/** GetCustomAppIntegrationOutput: what GET and list return. Never carries the secret. */
export interface CustomAppIntegration {
  integration_id: string;
  client_id: string;
  name: string;
  confidential: boolean;
  redirect_urls: string[];
  scopes: string[];
  token_access_policy: TokenAccessPolicy;
  user_authorized_scopes: string[];
  /** RFC 3339. */
  create_time: string;
  /** The creating principal's numeric id (int64 in the SDK). */
  created_by: number;
  creator_username: string;
}

/** What the emulator keeps: the API object plus the secret it issued (for test assertions only). */
export interface StoredIntegration extends CustomAppIntegration {
  client_secret?: string;
  /** RFC 3339: from when its client can sign in (create_time plus the propagation delay in force at creation). */
  authenticates_from: string;
}

/** What the token endpoint knows about a client ID. */
export type ClientLookup = { state: "live"; integration: StoredIntegration } | { state: "deleted" } | { state: "unknown" };

/** CreateCustomAppIntegrationOutput: the only response that ever carries client_secret. */
export interface CreateOutput {
  integration_id: string;
  client_id: string;
  client_secret?: string;
}

export interface ListPage {
  apps: CustomAppIntegration[];
  next_page_token?: string;
}

export interface Principal {
  id: number;
  userName: string;
}

/** Databricks OAuth secrets look like "dose" + 64 hex characters. */
export const newClientSecret = () => `dose${randomBytes(32).toString("hex")}`;

const notFound = (id: string) => resourceDoesNotExist(`Custom app integration with integration_id '${id}' does not exist`);

/**
 * Page tokens are opaque to clients; inside they are the sequence number of
 * the last item returned, so a page boundary survives creates and deletes in
 * between (each item is still listed once, in creation order).
 */
const encodeToken = (seq: number) => Buffer.from(`after:${seq}`).toString("base64url");
function decodeToken(token: string): number {
  const m = /^after:(\d+)$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!m) throw invalidParameter("page_token: invalid page token");
  return Number(m[1]);
}

export class IntegrationStore {
  /** Insertion order is creation order, which is the stable list order. */
  private readonly items = new Map<string, { seq: number; value: StoredIntegration }>();
  private lastSeq = 0;
  /** Client IDs of deleted integrations, so a sign-in with one is told apart from a made-up ID. */
  private readonly deletedClientIds = new Set<string>();

  /** `propagationSeconds`: how long after creation its client starts to authenticate. */
  create(req: CreateRequest, creator: Principal, now = new Date(), propagationSeconds = 0): CreateOutput {
    const confidential = req.confidential ?? false;
    const scopes = req.scopes ?? [];
    const userAuthorizedScopes = req.user_authorized_scopes ?? [];
    checkUserAuthorizedScopes(scopes, userAuthorizedScopes);
    const policy = effectivePolicy(req.token_access_policy);
    this.assertNameFree(req.name);

    const value: StoredIntegration = {
      integration_id: randomUUID(),
      client_id: randomUUID(),
      name: req.name,
      confidential,
      redirect_urls: req.redirect_urls ?? [],
      scopes,
      token_access_policy: policy,
      user_authorized_scopes: userAuthorizedScopes,
      create_time: now.toISOString(),
      created_by: creator.id,
      creator_username: creator.userName,
      authenticates_from: new Date(now.getTime() + propagationSeconds * 1000).toISOString(),
      // The SDK: "If this is a confidential OAuth app client-secret will be generated."
      ...(confidential ? { client_secret: newClientSecret() } : {}),
    };
    this.items.set(value.integration_id, { seq: ++this.lastSeq, value });
    const { integration_id, client_id, client_secret } = value;
    return client_secret === undefined ? { integration_id, client_id } : { integration_id, client_id, client_secret };
  }

  get(id: string): CustomAppIntegration {
    return withoutSecret(this.find(id));
  }

  list(opts: { pageSize: number; pageToken?: string; includeCreatorUsername: boolean }): ListPage {
    const after = opts.pageToken ? decodeToken(opts.pageToken) : 0;
    const rest = [...this.items.values()].filter((e) => e.seq > after);
    const page = rest.slice(0, opts.pageSize);
    const apps = page.map(({ value }) => {
      const app = withoutSecret(value);
      if (opts.includeCreatorUsername) return app;
      const { creator_username: _omitted, ...withoutCreator } = app;
      return withoutCreator as CustomAppIntegration;
    });
    // The token resumes after the page's last item (pageSize is at least 1: the API maps 0 to the maximum).
    const last = page.at(-1);
    const more = rest.length > page.length;
    return more && last ? { apps, next_page_token: encodeToken(last.seq) } : { apps };
  }

  /**
   * PATCH semantics: a field present in the request replaces the stored value
   * wholesale ("this will fully replace the existing values instead of
   * appending", SDK model.go on scopes); an absent field is left alone. The Go
   * SDK's UpdateCustomAppIntegration has plain `omitempty` tags and no
   * ForceSendFields, so it never sends empty lists or unchanged-looking zero
   * values. A new token_access_policy replaces the old one, defaults filled in.
   */
  update(id: string, patch: ControlPatch): CustomAppIntegration {
    const current = this.find(id);
    const next: StoredIntegration = {
      ...current,
      name: patch.name ?? current.name,
      redirect_urls: patch.redirect_urls ?? current.redirect_urls,
      scopes: patch.scopes ?? current.scopes,
      user_authorized_scopes: patch.user_authorized_scopes ?? current.user_authorized_scopes,
      token_access_policy: patch.token_access_policy ? effectivePolicy(patch.token_access_policy) : current.token_access_policy,
    };
    checkUserAuthorizedScopes(next.scopes, next.user_authorized_scopes);
    if (next.name !== current.name) this.assertNameFree(next.name);
    this.items.get(id)!.value = next;
    return withoutSecret(next);
  }

  delete(id: string): void {
    this.deletedClientIds.add(this.find(id).client_id);
    this.items.delete(id);
  }

  findClient(clientId: string): ClientLookup {
    for (const { value } of this.items.values()) if (value.client_id === clientId) return { state: "live", integration: structuredClone(value) };
    return this.deletedClientIds.has(clientId) ? { state: "deleted" } : { state: "unknown" };
  }

  /** Everything, secrets included, in creation order: test tooling only. */
  all(): StoredIntegration[] {
    return [...this.items.values()].map(({ value }) => structuredClone(value));
  }

  clear(): void {
    this.items.clear();
    this.deletedClientIds.clear();
  }

  private find(id: string): StoredIntegration {
    const entry = this.items.get(id);
    if (!entry) throw notFound(id);
    return entry.value;
  }

  /**
   * Whether the real API allows two integrations with one name is not
   * published (facts.md section 4). The emulator takes the stricter view so
   * that tests prove a create-before-destroy replacement uses a new name.
   */
  private assertNameFree(name: string): void {
    for (const { value } of this.items.values()) {
      if (value.name === name) {
        throw resourceAlreadyExists(`A custom app integration named '${name}' already exists (integration_id '${value.integration_id}')`);
      }
    }
  }
}

function withoutSecret(i: StoredIntegration): CustomAppIntegration {
  const { client_secret: _secret, authenticates_from: _from, ...rest } = structuredClone(i);
  return rest;
}
