/**
 * Wiring only: read and validate the config (nothing is built when it is invalid), print
 * its warnings, build the stack, synthesize, say where it went.
 */
import { isAbsolute, join, relative } from "node:path";
import { App } from "cdktf";
import { ConfigError } from "./lib/config/config-error";
import { configPathFromEnv, loadConfigFile } from "./lib/config/load-config";
import { DbtDatabricksOAuthStack } from "./lib/dbt-databricks-oauth-stack";

function main(): void {
  const { config, warnings } = loadConfigFile(configPathFromEnv());
  for (const warning of warnings) console.error(`warning: ${warning}`);
  const app = new App();
  new DbtDatabricksOAuthStack(app, config.stackName, { config });
  app.synth();
  const count = config.integrations.length;
  console.log(`Synthesized ${config.stackName} (${count} integration${count === 1 ? "" : "s"}) into ${displayPath(join(app.outdir, "stacks", config.stackName))}`);
}

/** Relative to the working folder when inside it, as a user would type it. */
function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith("..") || isAbsolute(fromHere) ? path : fromHere;
}

try {
  main();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
