/**
 * npm run ci:config
 *
 * The workflows' first check: the config validates, and it is usable from CI (state in
 * S3, since a runner's local state is lost with it; Databricks through GitHub OIDC). Prints
 * `stack=<stackName>`, and appends it to $GITHUB_OUTPUT when set (problems go to stdout as
 * ::error annotations). With STACK_NAME set (the deploy concurrency group), the config's
 * stackName must match it.
 */
import { ConfigError } from "../lib/config/config-error";
import { configPathFromEnv, loadConfigFile } from "../lib/config/load-config";
import type { AppConfig } from "../lib/config/model";
import { annotateErrors, setStepOutputs } from "./github-actions";

export function ciConfigProblems(config: AppConfig, expectedStack?: string): string[] {
  const problems: string[] = [];
  if (expectedStack && config.stackName !== expectedStack) {
    problems.push(
      `stackName is "${config.stackName}" but the workflows serialize deploys of "${expectedStack}": set the repository variable DBT_OAUTH_STACK_NAME to "${config.stackName}"`,
    );
  }
  if (config.backend.type !== "s3") problems.push('backend.type must be "s3" in CI: local state is lost with the runner (see docs/github-actions.md)');
  if (config.databricks.authMethod !== "github-oidc") problems.push('databricks.auth.method must be "github-oidc" in CI (see docs/github-actions.md)');
  if (config.sandbox) problems.push("sandbox must not be set in CI: it points the providers at local emulators");
  return problems;
}

if (require.main === module) {
  const file = configPathFromEnv();
  try {
    const { config } = loadConfigFile(file);
    const problems = ciConfigProblems(config, process.env.STACK_NAME);
    annotateErrors(file, problems);
    if (problems.length > 0) process.exit(1);
    console.log(`stack=${config.stackName}`);
    setStepOutputs({ stack: config.stackName });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    annotateErrors(file, error);
    process.exit(1);
  }
}
