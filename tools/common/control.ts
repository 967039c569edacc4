/**
 * The test controls every local API emulator has: injected faults and the
 * request log, in process and over unauthenticated HTTP routes under
 * /_emulator. Each emulator extends this with its own out-of-band changes.
 */
import type { FastifyInstance } from "fastify";
import { DelayQueue, FaultQueue, type DelaySpec, type FaultSpec, type PendingFault } from "./faults";
import type { Handler, Method } from "./http";
import { RequestLog, type RequestLogEntry } from "./request-log";
import type { Violation } from "../contracts/contract";

export const CONTROL_PREFIX = "/_emulator";

export type Route = (app: FastifyInstance, url: string, handlers: Partial<Record<Method, Handler>>) => void;

export abstract class EmulatorControl {
  readonly faults: FaultQueue;
  readonly delays: DelayQueue;
  readonly log = new RequestLog();

  constructor(invalid: (message: string) => Error) {
    this.faults = new FaultQueue(invalid);
    this.delays = new DelayQueue(invalid);
  }

  /** Queue a fault; faults are consumed first-in first-out by the calls they match. */
  injectFault(spec: FaultSpec): void {
    this.faults.add(spec);
  }

  pendingFaults(): PendingFault[] {
    return this.faults.pending();
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Holds the answers of the next matching calls for `ms`, after carrying the calls out. */
  delayAnswers(spec: DelaySpec): void {
    this.delays.add(spec);
  }

  /** Drops pending delays and sends every held answer now. */
  clearDelays(): void {
    this.delays.clear();
  }

  requests(): RequestLogEntry[] {
    return this.log.all();
  }

  /** Every exchange that broke the emulator's contract (tools/contracts/), as its request log holds them. */
  contractViolations(): Violation[] {
    return this.log.contractViolations();
  }

  clearRequests(): void {
    this.log.clear();
  }

  /** Back to an empty account; credentials and the port stay. */
  reset(): void {
    this.clearStore();
    this.clearFaults();
    this.clearDelays();
    this.clearRequests();
  }

  protected abstract clearStore(): void;

  /** /_emulator/faults, /_emulator/delays, /_emulator/requests and /_emulator/reset. */
  registerCommonRoutes(app: FastifyInstance, route: Route): void {
    const P = CONTROL_PREFIX;
    route(app, `${P}/faults`, {
      GET: () => this.pendingFaults(),
      POST: (req) => {
        this.injectFault(req.body as FaultSpec);
        return this.pendingFaults();
      },
      DELETE: () => {
        this.clearFaults();
        return {};
      },
    });
    route(app, `${P}/delays`, {
      POST: (req) => {
        this.delayAnswers(req.body as DelaySpec);
        return {};
      },
      DELETE: () => {
        this.clearDelays();
        return {};
      },
    });
    route(app, `${P}/requests`, {
      GET: () => this.requests(),
      DELETE: () => {
        this.clearRequests();
        return {};
      },
    });
    route(app, `${P}/reset`, {
      POST: () => {
        this.reset();
        return {};
      },
    });
  }
}
