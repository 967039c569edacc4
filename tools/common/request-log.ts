/** The request log of a local API emulator: one entry per completed non-control call. */
import type { Violation } from "../contracts/contract";
import { nextGlobalSeq } from "./sequence";

export interface RequestLogEntry {
  /** 1, 2, 3... in order of completion, per emulator. */
  seq: number;
  /** In order of completion across every emulator in this process (see sequence.ts). */
  globalSeq: number;
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
  /** Where the request or the answer broke the emulator's contract (only when one did). */
  contractViolations?: Violation[];
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  /** Kept apart, and never cleared: a test clearing the log must not hide a drift from the contract hooks. */
  private violations: Violation[] = [];

  record(entry: Omit<RequestLogEntry, "seq" | "globalSeq" | "time">): void {
    this.entries.push({ seq: this.entries.length + 1, globalSeq: nextGlobalSeq(), time: new Date().toISOString(), ...entry });
    this.violations.push(...(entry.contractViolations ?? []));
  }

  all(): RequestLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  /** Every contract violation since the emulator started, oldest first (clear() keeps them). */
  contractViolations(): Violation[] {
    return [...this.violations];
  }

  clear(): void {
    this.entries = [];
  }
}
