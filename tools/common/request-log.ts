/** The request log of a local API emulator: one entry per completed non-control call. */
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
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];

  record(entry: Omit<RequestLogEntry, "seq" | "globalSeq" | "time">): void {
    this.entries.push({ seq: this.entries.length + 1, globalSeq: nextGlobalSeq(), time: new Date().toISOString(), ...entry });
  }

  all(): RequestLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries = [];
  }
}
