/**
 * Every emulator started in this process (this test file, under jest) that checks its
 * exchanges against a contract, so one hook can fail a test file on any drift without each
 * test asking (e2e/contracts.setup.ts, tools/contracts/tools.setup.ts).
 */
import type { Violation } from "./contract";

interface Checked {
  name: string;
  violations: () => Violation[];
  /** How many of its violations were already reported. */
  reported: number;
}

const checked: Checked[] = [];

export function registerContractCheck(name: string, violations: () => Violation[]): void {
  checked.push({ name, violations, reported: 0 });
}

export type Side = Violation["side"];

/** The violations not reported yet (of one side, or both), each prefixed by its emulator; marks them reported. */
export function takeContractViolations(sides: Side[] = ["request", "response"]): string[] {
  const lines: string[] = [];
  for (const entry of checked) {
    const all = entry.violations();
    for (const v of all.slice(entry.reported)) {
      if (sides.includes(v.side)) lines.push(`${entry.name}: ${formatViolation(v)}`);
    }
    entry.reported = all.length;
  }
  return lines;
}

export function formatViolation(v: Violation): string {
  const who = v.side === "request" ? "the request broke the contract" : "the emulator's answer broke the contract";
  return `${v.method} ${v.path} (${v.operation}) -> ${v.status}: ${who}: ${v.problems.join("; ")}`;
}

/** Throws listing every violation not reported yet: what the test hooks call. */
export function assertNoContractViolations(sides?: Side[]): void {
  const lines = takeContractViolations(sides);
  if (lines.length > 0) {
    throw new Error(`Contract drift (${lines.length}); fix the emulator, or the caller, or (with the source's evidence) the contract fixture:\n  - ${lines.join("\n  - ")}`);
  }
}
