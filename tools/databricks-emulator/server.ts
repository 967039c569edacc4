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
import type { FastifyError } from "fastify";
import { registerContractCheck } from "../contracts/registry";
import { oauth2Contract } from "./contract";
import { createEmulatorApp, installEmulatorHooks, pathOf, type LogOptions } from "../common/http";
import { registerApiRoutes } from "./api";
import { Authenticator, registerOidcRoutes, type Credentials } from "./auth";
import type { Federation } from "./federation";
import { Control, registerControlRoutes, type EmulatorInfo } from "./control";
import { ApiError, endpointNotFound, injectedFault, malformedRequest } from "./errors";
import { IntegrationStore, newClientSecret, type Principal } from "./store";
import { startWorkspaceOidc, type WorkspaceOidc } from "./workspace";

export const DEFAULT_ACCOUNT_ID = "5f0c2f8e-7a31-4d1b-9e44-0123456789ab";

export interface EmulatorOptions extends LogOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * Check every API exchange against the published contract (contract/, default true): a
   * violation is logged and kept (contractViolations()), and the test hooks fail on it.
   */
  checkContract?: boolean;
  accountId?: string;
  /** The accepted bearer token; default a random "dapi..." one. Basic and M2M credentials are always random. */
  token?: string;
  /** Seconds after its creation before an integration's client can sign in (default 0; settable at runtime). */
  propagationSeconds?: number;
  /** Workspace hosts (e.g. dbc-a1b2c3d4-e5f6.cloud.databricks.com) whose OIDC endpoints to serve, each on its own port. */
  workspaceHosts?: readonly string[];
}

export type DatabricksEmulator = Control & {
  url: string;
  accountId: string;
  /** The first accepted bearer token. */
  token: string;
  credentials: Credentials;
  /** github-oidc: which GitHub tokens the service principals may exchange (federation.ts). */
  federation: Federation;
  /** Each served workspace host → its local URL (what `sandbox.workspaces` maps it to). */
  workspaces: Record<string, string>;
  /** Serves one more workspace host (idempotent); resolves with its URL. */
  addWorkspace(host: string): Promise<string>;
  close(): Promise<void>;
};

/** Who shows up as created_by / creator_username. */
const PRINCIPAL: Principal = { id: 4851234567890123, userName: "admin@example.com" };

export async function startDatabricksEmulator(options: EmulatorOptions = {}): Promise<DatabricksEmulator> {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const token = options.token ?? `dapi${randomBytes(16).toString("hex")}`;
  const credentials: Credentials = {
    tokens: [token],
    basic: { username: PRINCIPAL.userName, password: randomBytes(12).toString("hex") },
    oauthClient: { clientId: randomUUID(), clientSecret: newClientSecret() },
  };

  const { app, listen, close } = createEmulatorApp(options);
  const store = new IntegrationStore();
  const control = new Control(store);
  if (options.propagationSeconds !== undefined) control.setPropagationSeconds(options.propagationSeconds);
  const auth = new Authenticator(credentials, accountId);
  installEmulatorHooks(app, {
    control,
    faultError: injectedFault,
    authenticate: (req) => {
      if (pathOf(req).startsWith("/api/")) auth.check(req.headers.authorization);
    },
    toApiError: (err) => (err instanceof ApiError ? err : fromFastifyError(err as FastifyError)),
    contract: options.checkContract === false ? undefined : oauth2Contract(),
    notFound: (req) => endpointNotFound(req.method, pathOf(req)),
  });

  registerApiRoutes(app, { accountId, principal: PRINCIPAL, store, propagationSeconds: () => control.propagationSeconds });
  registerOidcRoutes(app, accountId, auth, control.signIn);
  const served = new Map<string, WorkspaceOidc>();
  const workspaces = () => Object.fromEntries([...served].map(([host, ws]) => [host, ws.url]));
  const addWorkspace = async (host: string) => {
    const existing = served.get(host);
    if (existing) return existing.url;
    const started = await startWorkspaceOidc(host, control.signIn, options);
    served.set(host, started);
    return started.url;
  };
  let url = "";
  const info = (): EmulatorInfo => ({
    url,
    accountId,
    token,
    basic: credentials.basic,
    oauthClient: credentials.oauthClient,
    workspaces: workspaces(),
  });
  registerControlRoutes(app, control, info);

  url = await listen(options.port);
  try {
    for (const host of options.workspaceHosts ?? []) await addWorkspace(host);
  } catch (error) {
    await Promise.all([...served.values()].map((ws) => ws.close()));
    await close();
    throw error;
  }
  if (options.checkContract !== false) registerContractCheck(`Databricks emulator ${url}`, () => control.contractViolations());

  // A getter, so hosts added later show too (Object.assign would copy a snapshot).
  Object.defineProperty(control, "workspaces", { get: workspaces, enumerable: true });
  return Object.assign(control as Control & Pick<DatabricksEmulator, "workspaces">, {
    url,
    accountId,
    token,
    credentials,
    federation: auth.federation,
    addWorkspace,
    close: async () => {
      await Promise.all([...served.values()].map((ws) => ws.close()));
      await close();
    },
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
