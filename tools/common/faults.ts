/**
 * Injected faults, shared by the local API emulators: a first-in first-out
 * queue of specs, each failing the next `count` calls it matches. Each
 * emulator turns the status into its own API's error body.
 */
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

const faultSpecSchema = z.object({
  status: z.union([z.literal(429), z.literal(500), z.literal(503)], "must be 429, 500 or 503"),
  count: z.int("must be an integer").positive("must be positive").optional(),
  method: z.string("must be a string").optional(),
  path: z.union([z.string(), z.instanceof(RegExp)], "must be a regular expression").optional(),
  afterHandling: z.boolean("must be true or false").optional(),
}, "request body must be a JSON object");

export class FaultQueue {
  private queue: (PendingFault & { regex?: RegExp })[] = [];

  /** `invalid` builds the emulator's own 400 error for a bad spec. */
  constructor(private readonly invalid: (message: string) => Error) {}

  add(spec: FaultSpec): void {
    const { status, count = 1, method, path, afterHandling = false } = parseOrThrow(faultSpecSchema, spec, this.invalid);
    let regex: RegExp | undefined;
    try {
      regex = path === undefined ? undefined : new RegExp(path);
    } catch (e) {
      throw this.invalid(`path: ${(e as Error).message}`);
    }
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
    const fault = this.queue.find((f) => (!f.method || f.method === method) && (!f.regex || f.regex.test(path)));
    if (!fault) return undefined;
    if (--fault.remaining === 0) this.queue.splice(this.queue.indexOf(fault), 1);
    return { status: fault.status, afterHandling: fault.afterHandling };
  }
}
