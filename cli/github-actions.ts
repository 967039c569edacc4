/**
 * The two GitHub Actions workflow commands the CLIs use: error annotations and step outputs.
 * In a terminal the annotations are plain readable lines and there is no GITHUB_OUTPUT.
 */
import { appendFileSync } from "node:fs";
import { ConfigError } from "../lib/config/config-error";

/** One `::error file=...::` line per problem; a ConfigError gives one per config problem. */
export function annotateErrors(file: string, problems: readonly string[] | ConfigError): void {
  const messages = problems instanceof ConfigError ? problems.problems.map((p) => `${p.path ? `${p.path}: ` : ""}${p.message}`) : problems;
  for (const message of messages) console.log(`::error file=${file}::${message}`);
}

/** Appends `key=value` lines to $GITHUB_OUTPUT when a workflow step runs this. */
export function setStepOutputs(outputs: Record<string, string>, env: NodeJS.ProcessEnv = process.env): void {
  if (!env.GITHUB_OUTPUT) return;
  appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([key, value]) => `${key}=${value.replace(/\s+/g, " ")}\n`).join(""));
}
