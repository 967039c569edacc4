/**
 * A workspace's OIDC endpoints, where dbt Cloud signs developers in (facts.md section 8):
 * discovery at `/oidc/.well-known/oauth-authorization-server`, `/oidc/v1/authorize` and
 * `/oidc/v1/token`. Each emulated workspace host gets its own listener on 127.0.0.1, so
 * its paths are exactly the real ones and its issuer (codes, refresh tokens) is its own;
 * the sandbox config maps the host to that URL (`sandbox.workspaces`).
 *
 * Every workspace accepts the account's custom app integrations, each once its propagation
 * delay has passed (one SignInChecker for the account and all its workspaces).
 */
import type { FastifyError } from "fastify";
import { createEmulatorApp, type LogOptions } from "../common/http";
import { acceptForms, authorize, type Issuer, oauthError, userGrantToken } from "./oauth";
import { IssuedGrants, type SignInChecker } from "./sign-in";

export interface WorkspaceOidc {
  host: string;
  /** http://127.0.0.1:PORT, standing in for https://{host}. */
  url: string;
  close(): Promise<void>;
}

export async function startWorkspaceOidc(host: string, signIn: SignInChecker, options: LogOptions = {}): Promise<WorkspaceOidc> {
  const { app, listen, close } = createEmulatorApp(options);
  const issuer: Issuer = { signIn, grants: new IssuedGrants(), workspace: host };
  acceptForms(app);

  app.get("/oidc/.well-known/oauth-authorization-server", async (req) => {
    const base = `${req.protocol}://${req.host}/oidc`;
    return {
      issuer: base,
      authorization_endpoint: `${base}/v1/authorize`,
      token_endpoint: `${base}/v1/token`,
      response_types_supported: ["code"],
      grant_types_supported: ["authorization_code", "refresh_token"],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      code_challenge_methods_supported: ["S256"],
      scopes_supported: ["all-apis", "sql", "offline_access", "openid", "email", "profile"],
    };
  });
  app.get("/oidc/v1/authorize", async (req, reply) => authorize(req, reply, issuer));
  app.post("/oidc/v1/token", async (req, reply) => userGrantToken(req, reply, issuer));

  // A body that is not a form (or not parseable) is a malformed token request, in OAuth's words.
  app.setErrorHandler((err: FastifyError, _req, reply) =>
    err.statusCode !== undefined && err.statusCode < 500 ? oauthError(reply, 400, "invalid_request", err.message) : oauthError(reply, 500, "server_error", err.message),
  );
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error_code: "ENDPOINT_NOT_FOUND", message: `No API found for '${req.method} ${req.url.replace(/\?.*/s, "")}'` }));

  const url = await listen(0);
  return { host, url, close };
}
