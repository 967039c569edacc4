/**
 * Given the real app synth and a stand-in terraform (TERRAFORM_BINARY_NAME) that answers with
 * plans recorded from the sandbox, when the drift check runs, then its exit code and summary
 * say what a scheduled job must act on. The real terraform run is e2e/drift-check.e2e.test.ts.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDriftCheck } from "../../cli/drift-check";
import { configInput, integrationInput } from "../support/config";
import { PROJECT_ROOT } from "../support/run-app";

const FIXTURES = join(__dirname, "fixtures");

/** Logs each call ("<cwd> <args>"), exits with $PLAN_EXIT for plan, prints $SHOW_JSON for show. */
const STAND_IN_TERRAFORM = `#!/bin/sh
echo "$(basename "$PWD") $*" >> "$CALLS"
case "$1" in
  plan) [ -n "$PLAN_ERROR" ] && { echo "$PLAN_ERROR" >&2; exit 1; }; : > plan.tfplan; exit "$PLAN_EXIT" ;;
  show) cat "$SHOW_JSON" ;;
  output) if [ -n "$OUTPUTS_JSON" ]; then echo "$OUTPUTS_JSON"; else echo '{}'; fi ;;
esac
`;

function driftCheck(plan: { exit?: number; fixture?: string; error?: string; outputs?: unknown }, config: unknown = configInput()) {
  const dir = mkdtempSync(join(tmpdir(), "drift-check-"));
  const terraform = join(dir, "terraform");
  writeFileSync(terraform, STAND_IN_TERRAFORM);
  chmodSync(terraform, 0o755);
  const configFile = join(dir, "config.json");
  writeFileSync(configFile, JSON.stringify(config));
  const outdir = join(dir, "cdktf.out");
  const calls = join(dir, "calls");
  writeFileSync(calls, "");
  const summaryFile = join(dir, "summary.md");
  // A stack folder from an earlier synth, which this one did not write.
  mkdirSync(join(outdir, "stacks", "renamed-long-ago"), { recursive: true });

  const code = runDriftCheck({
    projectDir: PROJECT_ROOT,
    outdir,
    summaryFile,
    env: {
      ...process.env,
      DBT_OAUTH_CONFIG: configFile,
      TERRAFORM_BINARY_NAME: terraform,
      CALLS: calls,
      PLAN_EXIT: String(plan.exit ?? 0),
      PLAN_ERROR: plan.error ?? "",
      SHOW_JSON: join(FIXTURES, `plan-${plan.fixture ?? "no-op"}.json`),
      OUTPUTS_JSON: plan.outputs ? JSON.stringify(plan.outputs) : "",
    },
    log: () => undefined,
  });
  return {
    code,
    summary: readFileSync(summaryFile, "utf8"),
    calls: readFileSync(calls, "utf8").trim().split("\n").filter(Boolean),
    stackDir: join(outdir, "stacks", "dbt-databricks-oauth"),
  };
}

describe("drift check", () => {
  it("exits 0 with 'no drift' when the plan is empty, checking only the stacks this synth wrote", () => {
    const { code, summary, calls, stackDir } = driftCheck({ exit: 0, fixture: "no-op" });

    expect(code).toBe(0);
    expect(summary).toMatch(/^## Drift check: no drift\n\n\*\*Stack `dbt-databricks-oauth`\*\*\n\n### No changes\n/);
    expect(calls).toEqual([
      "dbt-databricks-oauth init -input=false -no-color",
      "dbt-databricks-oauth plan -detailed-exitcode -lock=false -input=false -no-color -out=plan.tfplan",
      "dbt-databricks-oauth show -json plan.tfplan",
      "dbt-databricks-oauth output -json",
    ]);
    expect(readdirSync(stackDir).sort()).toEqual(["cdk.tf.json", "plan.tfplan"]);
  });

  it("exits 2 and explains the recreate when the integration was deleted out of band", () => {
    const { code, summary } = driftCheck({ exit: 2, fixture: "drift-recreate" });

    expect(code).toBe(2);
    expect(summary).toContain("## Drift check: drift or pending changes");
    expect(summary).toContain("| `databricks_custom_app_integration.prod` | create | deleted outside Terraform |");
  });

  it("reports when each client was issued and when the next rotation is due, from the deployed outputs", () => {
    const issued = new Date(Date.now() - 100 * 86_400_000).toISOString();
    const outputs = { prod_clients: { value: { r1: { client_id: "c-1", integration_id: "i-1", create_time: issued, stage: "AWSCURRENT" } } } };
    const { summary } = driftCheck({ exit: 0, outputs }, configInput({ integrations: [integrationInput({ rotation: { current: "r1", everyDays: 90 } })] }));

    expect(summary).toContain("#### OAuth clients");
    expect(summary).toContain(`| \`prod\` | \`r1\` c-1 | ${issued} | ${new Date(Date.parse(issued) + 90 * 86_400_000).toISOString()} **(due)** | none | not managed: pasted by hand |`);
  });

  it("exits 1 with terraform's error in the summary when the plan fails", () => {
    const { code, summary } = driftCheck({ error: "Error: 401 Unauthorized from the account API" });

    expect(code).toBe(1);
    expect(summary).toContain("## Drift check: the check failed");
    expect(summary).toContain("### terraform plan failed\n\n```\nError: 401 Unauthorized from the account API\n```");
  });

  it("exits 1 without running terraform when the config is invalid", () => {
    const { code, summary, calls } = driftCheck({ exit: 0 }, configInput({ integrations: [] }));

    expect(code).toBe(1);
    expect(summary).toContain("### synth failed");
    expect(summary).toContain("integrations: list at least one integration");
    expect(calls).toEqual([]);
  });
});

