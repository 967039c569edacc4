/**
 * The two GitHub Actions workflow commands the CLIs use, error annotations and step outputs,
 * through @actions/core: it escapes `%`, newlines, `:` and `,` in annotation properties and
 * writes multi-line outputs with a delimiter, which hand-written `::error` lines get wrong.
 * Outside a workflow the annotations are plain lines on stdout and there is no GITHUB_OUTPUT.
 */
import { error as annotateError, setOutput } from "@actions/core";
import { ConfigError } from "../lib/config/config-error";

/** One error annotation per problem, on the config file; a ConfigError gives one per config problem. */
export function annotateErrors(file: string, problems: readonly string[] | ConfigError): void {
  const messages = problems instanceof ConfigError ? problems.problems.map((p) => `${p.path ? `${p.path}: ` : ""}${p.message}`) : problems;
  for (const message of messages) annotateError(message, { file });
}

/** Sets the step's outputs when a workflow step runs this (GITHUB_OUTPUT is set), else nothing. */
export function setStepOutputs(outputs: Record<string, string>): void {
  if (!process.env.GITHUB_OUTPUT) return;
  for (const [key, value] of Object.entries(outputs)) setOutput(key, value);
}
