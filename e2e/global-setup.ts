/**
 * Once per run of the e2e project: says on stderr why the end-to-end tests skip, if they do
 * (jest swallows console output of skipped files, and each file printing it would say it ten times).
 */
import { e2eGate } from "./gate";

export default function sayWhyE2eSkips(): void {
  const gate = e2eGate();
  if (!gate.run) process.stderr.write(`\nend-to-end tests skipped: ${gate.reason}\n`);
}
