/**
 * Test controls: out-of-band changes, OAuth propagation and sign-in checks,
 * plus the injected faults and request log every emulator has
 * (tools/common/control.ts). The same Control object serves in-process callers
 * and the unauthenticated HTTP routes under /_emulator (for a test driving the
 * emulator from another process); the HTTP routes only translate.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { CONTROL_PREFIX, EmulatorControl } from "../common/control";
import { invalidParameter } from "./errors";
import { resource } from "./http";
import { SignInChecker, type ClientCheck } from "./sign-in";
import type { CustomAppIntegration, IntegrationStore, StoredIntegration } from "./store";
import { parse, parseControlPatch, type ControlPatch } from "./validation";

export { CONTROL_PREFIX } from "../common/control";
export type { FaultSpec, PendingFault } from "../common/faults";
export type { RequestLogEntry } from "../common/request-log";

const propagationSchema = z.object({ seconds: z.number("must be a number").nonnegative("must not be negative") }, "request body must be a JSON object");

export class Control extends EmulatorControl {
  readonly signIn: SignInChecker;

  constructor(
    readonly store: IntegrationStore,
    propagationSeconds = 0,
  ) {
    super(invalidParameter);
    this.signIn = new SignInChecker(store, propagationSeconds);
  }

  /** Every integration, with the client_secret it was issued and when it authenticates from: test assertions only. */
  integrations(): StoredIntegration[] {
    return this.store.all();
  }

  /** As if someone deleted it in the account console. */
  deleteIntegration(integrationId: string): void {
    this.store.delete(integrationId);
  }

  /** As if someone edited it in the account console: the same rules as PATCH, and the name may change too. */
  modifyIntegration(integrationId: string, patch: ControlPatch): CustomAppIntegration {
    return this.store.update(integrationId, parseControlPatch(patch));
  }

  get propagationSeconds(): number {
    return this.signIn.propagationSeconds;
  }

  /** How long the client of an integration created from now on needs before it authenticates. */
  setPropagationSeconds(seconds: number): void {
    this.signIn.propagationSeconds = parse(propagationSchema, { seconds }).seconds;
  }

  /** Every sign-in attempt with an app client at the token endpoint, in order. */
  clientChecks(): ClientCheck[] {
    return this.signIn.all();
  }

  clearClientChecks(): void {
    this.signIn.clear();
  }

  protected clearStore(): void {
    this.store.clear();
    this.clearClientChecks();
  }
}

/** What GET /_emulator answers: everything a test in another process needs to connect. */
export interface EmulatorInfo {
  url: string;
  accountId: string;
  token: string;
  basic: { username: string; password: string };
  oauthClient: { clientId: string; clientSecret: string };
  /** Workspace host → the local URL of its OIDC endpoints. */
  workspaces: Record<string, string>;
}

export function registerControlRoutes(app: FastifyInstance, control: Control, info: () => EmulatorInfo): void {
  const id = (req: FastifyRequest) => (req.params as { integrationId: string }).integrationId;
  const P = CONTROL_PREFIX;

  resource(app, P, { GET: () => info() });
  resource(app, `${P}/integrations`, { GET: () => control.integrations() });
  resource(app, `${P}/integrations/:integrationId`, {
    PATCH: (req) => control.modifyIntegration(id(req), req.body as ControlPatch),
    DELETE: (req) => {
      control.deleteIntegration(id(req));
      return {};
    },
  });
  resource(app, `${P}/propagation`, {
    GET: () => ({ seconds: control.propagationSeconds }),
    PUT: (req) => {
      control.setPropagationSeconds(parse(propagationSchema, req.body).seconds);
      return { seconds: control.propagationSeconds };
    },
  });
  resource(app, `${P}/client-checks`, {
    GET: () => control.clientChecks(),
    DELETE: () => {
      control.clearClientChecks();
      return {};
    },
  });
  control.registerCommonRoutes(app, resource);
}
