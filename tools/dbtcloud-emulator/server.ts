/**
 * A local stand-in for the dbt Cloud Admin API's global connections
 * (Databricks adapter), faithful enough for the real dbt-labs/dbtcloud
 * provider v1.12.5 to run against it with `host_url = <url>/api`.
 *
 * Order of checks for every call outside /_emulator: injected fault, then the
 * token (everything under /api), then the account in the path, then routing
 * and body validation. Every error is the dbt Cloud envelope
 * `{"status": {"code", "is_success": false, "user_message", "developer_message"}, "data": null}`.
 */
import { randomBytes } from "node:crypto";
import type { FastifyError } from "fastify";
import { registerContractCheck } from "../contracts/registry";
import { adminApiContract } from "./contract";
import { createEmulatorApp, installEmulatorHooks, pathOf, type LogOptions } from "../common/http";
import { API_PREFIX, registerApiRoutes, type Account } from "./api";
import { Control, registerControlRoutes, type EmulatorInfo } from "./control";
import { badRequest, DbtApiError, injectedFault, notFound, unauthorized } from "./errors";
import { ConnectionStore } from "./store";

export const DEFAULT_ACCOUNT_ID = 70403103932890;

export interface EmulatorOptions extends LogOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * Check every API exchange against the published contract (contract/, default true): a
   * violation is logged and kept (contractViolations()), and the test hooks fail on it.
   */
  checkContract?: boolean;
  accountId?: number;
  /** The accepted service token; default a random "dbtc_..." one. */
  token?: string;
}

export type DbtCloudEmulator = Control & {
  /** http://127.0.0.1:PORT */
  url: string;
  /** What the provider's host_url must be: `${url}/api`. */
  hostUrl: string;
  accountId: number;
  token: string;
  close(): Promise<void>;
};

export async function startDbtCloudEmulator(options: EmulatorOptions = {}): Promise<DbtCloudEmulator> {
  const account: Account = { id: options.accountId ?? DEFAULT_ACCOUNT_ID, name: "Emulated dbt Cloud account" };
  const token = options.token ?? `dbtc_${randomBytes(24).toString("base64url")}`;

  const { app, listen, close } = createEmulatorApp(options);
  let url = "";
  const store = new ConnectionStore(account.id, () => `${url}/complete/databricks`);
  const control = new Control(store);
  installEmulatorHooks(app, {
    control,
    faultError: injectedFault,
    authenticate: (req) => {
      if (pathOf(req).startsWith(`${API_PREFIX}/`) && !hasToken(req.headers.authorization, token)) throw unauthorized();
    },
    toApiError: (err) => (err instanceof DbtApiError ? err : fromFastifyError(err as FastifyError)),
    contract: options.checkContract === false ? undefined : adminApiContract(),
    notFound: (req) => notFound(`no route for ${req.method} ${pathOf(req)}`),
  });

  registerApiRoutes(app, { account, store });
  const info = (): EmulatorInfo => ({ url, hostUrl: `${url}${API_PREFIX}`, accountId: account.id, token });
  registerControlRoutes(app, control, info);

  url = await listen(options.port);
  if (options.checkContract !== false) registerContractCheck(`dbt Cloud emulator ${url}`, () => control.contractViolations());
  return Object.assign(control, { url, hostUrl: `${url}${API_PREFIX}`, accountId: account.id, token, close });
}

/** The provider sends `Authorization: Token <token>` (client.go setRequestHeaders); dbt Cloud also takes `Bearer`. */
function hasToken(header: string | undefined, token: string): boolean {
  const m = /^(token|bearer)\s+(\S+)\s*$/i.exec(header ?? "");
  return m !== null && m[2] === token;
}

/** fastify's own 4xx errors are about the request body (bad JSON, unsupported content type). */
function fromFastifyError(err: FastifyError): DbtApiError {
  if (err.statusCode !== undefined && err.statusCode < 500) return badRequest(err.message);
  return new DbtApiError(500, "Internal error.", err.message);
}
