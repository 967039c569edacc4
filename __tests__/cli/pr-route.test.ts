/**
 * Given main's config and a pull request's, when the PR is routed: only a PR that changes the
 * config file alone, and sends no credential anywhere new, is planned unattended with main's
 * code; everything else waits for a reviewer of the `plan` environment.
 */
import { routePullRequest } from "../../cli/pr-route";
import { ConfigError } from "../../lib/config/config-error";
import { parseConfig } from "../../lib/config/load-config";
import type { ConfigInput } from "../../lib/config/schema";
import { configInput, integrationInput } from "../support/config";

const CONFIG = "dbt-databricks-oauth.json";
const S3 = { type: "s3", bucket: "acme-terraform-state", key: "dbt-databricks-oauth.tfstate" } as const;
const base = configInput({ backend: S3 });
const load = (input: ConfigInput) => parseConfig(input).config;
const route = (head: ConfigInput, changedFiles = [CONFIG]) => routePullRequest({ changedFiles, configPath: CONFIG, base: load(base), head: load(head) });

describe("routePullRequest", () => {
  it("plans a rotation or a new integration on dbt's domains unattended: only the config changes, and no destination", () => {
    const head = {
      ...base,
      integrations: [
        integrationInput({ rotation: { current: "r1", pending: "r2" } }),
        integrationInput({ id: "emea", name: "dbt-emea", dbtCloud: { region: "eu1", accountPrefix: "cd456" } }),
      ],
    };

    expect(route(head).route).toBe("config");
  });

  it("sends any other changed file to the reviewed plan, naming the files", () => {
    const decision = route(base, [CONFIG, "lib/providers.ts", ".github/workflows/plan.yml"]);

    expect(decision).toEqual({ route: "code", reasons: [`changes files other than ${CONFIG}: lib/providers.ts, .github/workflows/plan.yml`] });
  });

  it.each([
    ["another state bucket", { ...base, backend: { ...S3, bucket: "someone-elses-bucket" } }, "state backend"],
    ["another Databricks account console", { ...base, databricks: { ...base.databricks, host: "https://accounts.azuredatabricks.net" as const } }, "databricks account"],
    [
      "a custom dbt Cloud host",
      { ...base, integrations: [integrationInput({ dbtCloud: { accessUrl: "https://dbt.elsewhere.example", customHost: true } })] },
      "adds custom dbt Cloud host dbt.elsewhere.example",
    ],
    ["a sandbox section", { ...base, sandbox: { databricksUrl: "http://127.0.0.1:1", awsUrl: "http://127.0.0.1:2" } }, "adds sandbox"],
  ])("sends a config-only PR that names %s to the reviewed plan", (_, head, reason) => {
    const decision = route(head as ConfigInput);

    expect(decision.route).toBe("code");
    expect(decision.reasons.join("\n")).toContain(reason);
    expect(decision.reasons.join("\n")).toContain("where credentials are sent changes");
  });

  it("routes a config that does not load to the config plan, whose config check names the problems before any credential", () => {
    const broken = new ConfigError(CONFIG, [{ path: "aws.region", message: "unknown AWS region" }]);

    expect(routePullRequest({ changedFiles: [CONFIG], configPath: CONFIG, base: load(base), head: broken }).route).toBe("config");
    expect(routePullRequest({ changedFiles: [CONFIG], configPath: CONFIG, base: broken, head: load(base) }).route).toBe("code");
  });
});
