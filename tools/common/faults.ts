/**
 * Injected faults, shared by the local API emulators: a first-in first-out
 * queue of specs, each failing the next `count` calls it matches. Each
 * emulator turns the status into its own API's error body.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { parseOrThrow } from "./parse";

export type FaultStatus = 429 | 500 | 503;

export interface FaultSpec {
  /** 500 is final for the Databricks SDK but retried by the dbtcloud provider; 429 and 503 are retried by both. */
  status: FaultStatus;
  /** How many matching calls fail, default 1. */
  count?: number;
  /** Only calls with this HTTP method (any case). */
  method?: string;
  /** Only calls whose path matches this regular expression (a string is compiled as one). */
  path?: string | RegExp;
  /**
   * Carry the call out, then answer with the fault instead of its result: an answer lost on
   * the way back (a gateway timeout after the backend committed), so the caller cannot know
   * the call took effect. Default false: the fault answers before anything happens.
   */
  afterHandling?: boolean;
}

export interface PendingFault {
  status: FaultStatus;
  remaining: number;
  method?: string;
  path?: string;
  afterHandling: boolean;
}

export interface DelaySpec {
  /** How long the answer is held, in milliseconds. */
  ms: number;
  /** How many matching calls are delayed, default 1. */
  count?: number;
  /** Only calls with this HTTP method (any case). */
  method?: string;
  /** Only calls whose path matches this regular expression (a string is compiled as one). */
  path?: string | RegExp;
}

const callMatch = {
  count: z.int("must be an integer").positive("must be positive").optional(),
  method: z.string("must be a string").optional(),
  path: z.union([z.string(), z.instanceof(RegExp)], "must be a regular expression").optional(),
};

const faultSpecSchema = z.object(
  {
    status: z.union([z.literal(429), z.literal(500), z.literal(503)], "must be 429, 500 or 503"),
    ...callMatch,
    afterHandling: z.boolean("must be true or false").optional(),
  },
  "request body must be a JSON object",
);

const delaySpecSchema = z.object(
  {
    ms: z.int("must be an integer").positive("must be positive").max(600_000, "must be at most 600000 (10 minutes)"),
    ...callMatch,
  },
  "request body must be a JSON object",
);

interface Matching {
  remaining: number;
  method?: string;
  regex?: RegExp;
}

function compilePath(path: string | RegExp | undefined, invalid: (message: string) => Error): RegExp | undefined {
  try {
    return path === undefined ? undefined : new RegExp(path);
  } catch (e) {
    throw invalid(`path: ${(e as Error).message}`);
  }
}

/** The first queued entry that matches the call, used up by one (dropped when none is left). */
function takeMatching<T extends Matching>(queue: T[], method: string, path: string): T | undefined {
  const entry = queue.find((e) => (!e.method || e.method === method) && (!e.regex || e.regex.test(path)));
  if (entry && --entry.remaining === 0) queue.splice(queue.indexOf(entry), 1);
  return entry;
}

export class FaultQueue {
  private queue: (PendingFault & { regex?: RegExp })[] = [];

  /** `invalid` builds the emulator's own 400 error for a bad spec. */
  constructor(private readonly invalid: (message: string) => Error) {}

  add(spec: FaultSpec): void {
    const { status, count = 1, method, path, afterHandling = false } = parseOrThrow(faultSpecSchema, spec, this.invalid);
    const regex = compilePath(path, this.invalid);
    this.queue.push({ status, remaining: count, method: method?.toUpperCase(), path: regex?.source, afterHandling, regex });
  }

  pending(): PendingFault[] {
    return this.queue.map(({ regex: _regex, ...f }) => ({ ...f }));
  }

  clear(): void {
    this.queue = [];
  }

  /** The fault to answer this call with, if a queued one matches it (and that fault is used up by one). */
  take(method: string, path: string): { status: FaultStatus; afterHandling: boolean } | undefined {
    const fault = takeMatching(this.queue, method, path);
    return fault && { status: fault.status, afterHandling: fault.afterHandling };
  }
}

/**
 * Answers held back: the call itself is carried out first, so a client that gives up (or is
 * killed) meanwhile leaves its change behind, as with a slow network: a create whose answer,
 * and client secret, never arrived.
 */
export class DelayQueue {
  private queue: (Matching & { ms: number })[] = [];
  /** Aborted to release every answer still held (clear, reset, close). */
  private held = new AbortController();

  constructor(private readonly invalid: (message: string) => Error) {}

  add(spec: DelaySpec): void {
    const { ms, count = 1, method, path } = parseOrThrow(delaySpecSchema, spec, this.invalid);
    this.queue.push({ ms, remaining: count, method: method?.toUpperCase(), regex: compilePath(path, this.invalid) });
  }

  /** Drops pending delays and sends every held answer now. */
  clear(): void {
    this.queue = [];
    this.held.abort();
    this.held = new AbortController();
  }

  /** Waits out the delay queued for this call, if any (cut short by clear). */
  async hold(method: string, path: string): Promise<void> {
    const delay = takeMatching(this.queue, method, path);
    if (delay) await sleep(delay.ms, undefined, { signal: this.held.signal }).catch(() => {});
  }
}
