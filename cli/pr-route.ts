/**
 * npm run ci:route -- --changed FILE --base-config FILE --head-config FILE [--config-path PATH]
 *
 * How a pull request is planned (docs/github-actions.md, "Who can plan what"):
 * - `config`: it changes only the config file and sends no credential anywhere new, so
 *   plan-config.yml plans it unattended with `main`'s code, the PR's config taken as data;
 * - `code`: anything else (code, workflows, package files, or a config that names a new
 *   Databricks host, state backend or custom dbt Cloud host); plan.yml plans it with the
 *   branch's own code only after a reviewer approves the `plan` environment.
 * `--changed` is the file of changed paths, one a line (`git diff --name-only`). Prints
 * `route=<route>` and the reasons, and sets the step outputs `route` and `reasons`.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ConfigError } from "../lib/config/config-error";
import { configPathFromEnv, loadConfigFile } from "../lib/config/load-config";
import type { AppConfig } from "../lib/config/model";
import { setStepOutputs } from "./github-actions";

export type Route = "config" | "code";

export interface RouteDecision {
  readonly route: Route;
  readonly reasons: readonly string[];
}

/**
 * Everything in a config that decides where a plan job's credentials go: the Databricks
 * account (the plan principal's token), the state backend (the plan role reads it), the
 * sandbox endpoints, and a dbt Cloud host outside dbt's domains (the read-only dbt token).
 * A dbt Cloud host on dbt's domains is not listed: the token only ever reaches dbt Labs.
 */
export function credentialDestinations(config: AppConfig): string[] {
  const destinations = [
    `databricks account ${config.databricks.accountId} at ${config.databricks.host}`,
    `state backend ${JSON.stringify(config.backend)}`,
    ...(config.sandbox ? [`sandbox ${JSON.stringify(config.sandbox)}`] : []),
    ...config.integrations.flatMap(({ dbtCloud }) => (dbtCloud.kind === "access-url" && dbtCloud.customHost ? [`custom dbt Cloud host ${dbtCloud.host}`] : [])),
  ];
  return [...new Set(destinations)].sort();
}

export function routePullRequest(input: { changedFiles: readonly string[]; configPath: string; base: AppConfig | ConfigError; head: AppConfig | ConfigError }): RouteDecision {
  const others = input.changedFiles.filter((file) => file !== input.configPath);
  if (others.length > 0) {
    const listed = others.slice(0, 5).join(", ") + (others.length > 5 ? ` and ${others.length - 5} more` : "");
    return { route: "code", reasons: [`changes files other than ${input.configPath}: ${listed}`] };
  }
  if (input.base instanceof ConfigError) return { route: "code", reasons: [`the config on the base branch does not load, so nothing to compare with: ${input.base.message}`] };
  // The plan job's config check reports a broken config before any credential is issued.
  if (input.head instanceof ConfigError) return { route: "config", reasons: ["the config does not load: the plan job's config check names the problems"] };
  const before = credentialDestinations(input.base);
  const after = credentialDestinations(input.head);
  const reasons = [...after.filter((d) => !before.includes(d)).map((d) => `adds ${d}`), ...before.filter((d) => !after.includes(d)).map((d) => `removes ${d}`)];
  if (reasons.length > 0) return { route: "code", reasons: reasons.map((r) => `${r}: where credentials are sent changes`) };
  return { route: "config", reasons: [`changes only ${input.configPath}, and no credential is sent anywhere new`] };
}

function loadOrError(file: string): AppConfig | ConfigError {
  try {
    return loadConfigFile(file).config;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}

if (require.main === module) {
  const { values } = parseArgs({
    options: { changed: { type: "string" }, "base-config": { type: "string" }, "head-config": { type: "string" }, "config-path": { type: "string" } },
  });
  const missing = (["changed", "base-config", "head-config"] as const).filter((option) => !values[option]);
  if (missing.length > 0) {
    console.error(
      `ci:route needs ${missing.map((m) => `--${m}`).join(", ")}\nusage: npm run ci:route -- --changed FILE --base-config FILE --head-config FILE [--config-path PATH]`,
    );
    process.exit(1);
  }
  const decision = routePullRequest({
    changedFiles: readFileSync(values.changed!, "utf8").split("\n").filter(Boolean),
    configPath: values["config-path"] ?? configPathFromEnv(),
    base: loadOrError(values["base-config"]!),
    head: loadOrError(values["head-config"]!),
  });
  console.log(`route=${decision.route}`);
  for (const reason of decision.reasons) console.log(`- ${reason}`);
  setStepOutputs({ route: decision.route, reasons: decision.reasons.join("\n") });
}
