/**
 * Wiring only: read and validate the config (nothing is built when it is invalid), print
 * its warnings, build the stack, synthesize.
 */
import { App } from "cdktf";
import { ConfigError } from "./lib/config/config-error";
import { configPathFromEnv, loadConfigFile } from "./lib/config/load-config";
import { DbtDatabricksOAuthStack } from "./lib/dbt-databricks-oauth-stack";

function main(): void {
  const { config, warnings } = loadConfigFile(configPathFromEnv());
  for (const warning of warnings) console.error(`warning: ${warning}`);
  const app = new App();
  new DbtDatabricksOAuthStack(app, config);
  app.synth();
}

try {
  main();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
