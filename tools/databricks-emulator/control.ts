/**
 * Test controls: out-of-band changes, injected faults and the request log.
 * The same Control object serves in-process callers and the unauthenticated
 * HTTP routes under /_emulator (for a test driving the emulator from another
 * process); the HTTP routes only translate, they hold no logic.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { ApiError, injectedFault, invalidParameter } from "./errors";
import { resource } from "./http";
import type { CustomAppIntegration, IntegrationStore, StoredIntegration } from "./store";
import { parse, parseControlPatch, type ControlPatch } from "./validation";

export const CONTROL_PREFIX = "/_emulator";

export interface FaultSpec {
  /** 500 fails the call for good; 429 (with Retry-After: 1) and 503 are what the SDK retries. */
  status: 429 | 500 | 503;
  /** How many matching calls fail, default 1. */
  count?: number;
  /** Only calls with this HTTP method (any case). */
  method?: string;
  /** Only calls whose path matches this regular expression (a string is compiled as one). */
  path?: string | RegExp;
}

export interface DelaySpec {
  /** How long the answer is held, in milliseconds. */
  ms: number;
  /** How many matching calls are delayed, default 1. */
  count?: number;
  method?: string;
  path?: string | RegExp;
}

export interface PendingFault {
  status: 429 | 500 | 503;
  remaining: number;
  method?: string;
  path?: string;
}

export interface RequestLogEntry {
  /** 1, 2, 3... in order of completion. */
  seq: number;
  /** ISO 8601, when the response was sent. */
  time: string;
  method: string;
  /** Without the query string. */
  path: string;
  /** With the query string. */
  url: string;
  status: number;
  /** Whether an injected fault answered this call. */
  fault: boolean;
}

const callMatch = {
  count: z.int("must be an integer").positive("must be positive").optional(),
  method: z.string("must be a string").optional(),
  path: z.union([z.string(), z.instanceof(RegExp)], "must be a regular expression").optional(),
};

const faultSpecSchema = z.object({
  status: z.union([z.literal(429), z.literal(500), z.literal(503)], "must be 429, 500 or 503"),
  ...callMatch,
}, "request body must be a JSON object");

const delaySpecSchema = z.object({
  ms: z.int("must be an integer").positive("must be positive").max(600_000, "must be at most 600000 (10 minutes)"),
  ...callMatch,
}, "request body must be a JSON object");

interface Matching {
  remaining: number;
  method?: string;
  regex?: RegExp;
}

function compilePath(path: string | RegExp | undefined): RegExp | undefined {
  try {
    return path === undefined ? undefined : new RegExp(path);
  } catch (e) {
    throw invalidParameter(`path: ${(e as Error).message}`);
  }
}

/** The first queued entry that matches the call, used up by one (dropped when none is left). */
function takeMatching<T extends Matching>(queue: T[], method: string, path: string): T | undefined {
  const entry = queue.find((e) => (!e.method || e.method === method) && (!e.regex || e.regex.test(path)));
  if (entry && --entry.remaining === 0) queue.splice(queue.indexOf(entry), 1);
  return entry;
}

export class Control {
  private faultQueue: (PendingFault & { regex?: RegExp })[] = [];
  private delayQueue: (Matching & { ms: number })[] = [];
  /** Aborted to release every answer still held (clearDelays, reset, close). */
  private held = new AbortController();
  private log: RequestLogEntry[] = [];

  constructor(readonly store: IntegrationStore) {}

  /** Every integration, with the client_secret it was issued: test assertions only. */
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

  /** Queue a fault; faults are consumed first-in first-out by the calls they match. */
  injectFault(spec: FaultSpec): void {
    const { status, count = 1, method, path } = parse(faultSpecSchema, spec);
    const regex = compilePath(path);
    this.faultQueue.push({ status, remaining: count, method: method?.toUpperCase(), path: regex?.source, regex });
  }

  pendingFaults(): PendingFault[] {
    return this.faultQueue.map(({ regex: _regex, ...f }) => ({ ...f }));
  }

  clearFaults(): void {
    this.faultQueue = [];
  }

  /**
   * Holds the answers of the next matching calls for `ms`. The call itself is carried out
   * first, so a client that gives up (or is killed) meanwhile leaves its change behind, as
   * with a slow network: a create whose answer, and client secret, never arrived.
   */
  delayAnswers(spec: DelaySpec): void {
    const { ms, count = 1, method, path } = parse(delaySpecSchema, spec);
    this.delayQueue.push({ ms, remaining: count, method: method?.toUpperCase(), regex: compilePath(path) });
  }

  /** Drops pending delays and sends every held answer now. */
  clearDelays(): void {
    this.delayQueue = [];
    this.held.abort();
    this.held = new AbortController();
  }

  requests(): RequestLogEntry[] {
    return this.log.map((e) => ({ ...e }));
  }

  clearRequests(): void {
    this.log = [];
  }

  /** Back to an empty account; credentials and the port stay. */
  reset(): void {
    this.store.clear();
    this.clearFaults();
    this.clearDelays();
    this.clearRequests();
  }

  /** For the server: the error to answer this call with, if a fault matches it. */
  takeFault(method: string, path: string): ApiError | undefined {
    const fault = takeMatching(this.faultQueue, method, path);
    return fault && injectedFault(fault.status);
  }

  /** For the server: waits out the delay queued for this call, if any (cut short by clearDelays). */
  async holdAnswer(method: string, path: string): Promise<void> {
    const delay = takeMatching(this.delayQueue, method, path);
    if (!delay) return;
    await sleep(delay.ms, undefined, { signal: this.held.signal }).catch(() => {});
  }

  /** For the server: one completed API call. */
  record(entry: Omit<RequestLogEntry, "seq" | "time">): void {
    this.log.push({ seq: this.log.length + 1, time: new Date().toISOString(), ...entry });
  }
}

/** What GET /_emulator answers: everything a test in another process needs to connect. */
export interface EmulatorInfo {
  url: string;
  accountId: string;
  token: string;
  basic: { username: string; password: string };
  oauthClient: { clientId: string; clientSecret: string };
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
  resource(app, `${P}/faults`, {
    GET: () => control.pendingFaults(),
    POST: (req) => {
      control.injectFault(req.body as FaultSpec);
      return control.pendingFaults();
    },
    DELETE: () => {
      control.clearFaults();
      return {};
    },
  });
  resource(app, `${P}/delays`, {
    POST: (req) => {
      control.delayAnswers(req.body as DelaySpec);
      return {};
    },
    DELETE: () => {
      control.clearDelays();
      return {};
    },
  });
  resource(app, `${P}/requests`, {
    GET: () => control.requests(),
    DELETE: () => {
      control.clearRequests();
      return {};
    },
  });
  resource(app, `${P}/reset`, {
    POST: () => {
      control.reset();
      return {};
    },
  });
}
