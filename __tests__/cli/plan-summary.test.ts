/**
 * Given real `terraform show -json` plans recorded from the sandbox
 * (tools/sandbox/record-plan-fixtures.ts, secrets replaced by REDACTED-BY-RECORDER),
 * when summarized, then a reviewer reads what changes, why, and what to do next.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { NotAPlanError, parsePlan, render, summarizePlan, summarizePlanFile } from "../../cli/plan-summary";

const FIXTURES = join(__dirname, "fixtures");
const fixture = (name: string) => join(FIXTURES, `plan-${name}.json`);
const summaryOf = (name: string) => summarizePlanFile(fixture(name));
const PLANS = ["create", "no-op", "drift-recreate", "rotation", "destroy"];

describe("plan summary", () => {
  it.each(PLANS)("never prints a secret value (%s)", (name) => {
    // A first plan has no secret yet; every later one carried secrets that the recorder replaced.
    expect(readFileSync(fixture(name), "utf8").includes("REDACTED-BY-RECORDER")).toBe(name !== "create");
    expect(summaryOf(name)).not.toContain("REDACTED-BY-RECORDER");
  });

  it("summarizes a first apply: everything added, a callout per new client secret naming its secret", () => {
    const summary = summaryOf("create");
    expect(summary).toMatch(/^### Plan: 8 to add, 0 to change, 0 to replace, 0 to destroy\n/);
    expect(summary).toContain("| `databricks_custom_app_integration.prod` | create | new in the configuration |");
    expect(summary).toContain("`databricks_custom_app_integration.prod` gets a new client ID and secret");
    expect(summary).toContain("from Secrets Manager secret `dbt-cloud/databricks-oauth/prod`");
    expect(summary).toContain("from Secrets Manager secret `dbt-cloud/databricks-oauth/emea`");
    expect(summary).toContain("  - `secret_string`: (sensitive)");
    expect(summary).toContain("  - `client_id`: (known after apply)");
  });

  it("says there is nothing to do when nothing changes", () => {
    const summary = summaryOf("no-op");
    expect(summary).toMatch(/^### No changes\n/);
    expect(summary).not.toContain("| Resource |");
    expect(summary).not.toContain("[!IMPORTANT]");
  });

  it("explains a recreate after an out-of-band delete, and the secret version it replaces", () => {
    const summary = summaryOf("drift-recreate");
    expect(summary).toMatch(/^### Plan: 1 to add, 0 to change, 1 to replace, 0 to destroy\n/);
    expect(summary).toContain("| `databricks_custom_app_integration.prod` | create | deleted outside Terraform |");
    expect(summary).toContain("| `aws_secretsmanager_secret_version.prod` | replace | `secret_string` forces replacement |");
    expect(summary).toContain("Secrets Manager secret `dbt-cloud/databricks-oauth/prod`");
    expect(summary).toContain("  - `secret_string`: (sensitive) → (sensitive)");
  });

  it("attributes a rotation to the rotation token and shows the new name", () => {
    const summary = summaryOf("rotation");
    expect(summary).toMatch(/^### Plan: 0 to add, 1 to change, 2 to replace, 0 to destroy\n/);
    expect(summary).toContain("| `databricks_custom_app_integration.prod` | replace | rotation token changed (`replace_triggered_by`) |");
    expect(summary).toContain('  - `name`: `"dbt-cloud-prod"` → `"dbt-cloud-prod-r2"`');
    expect(summary).toContain("  - `client_secret`: (sensitive) → (sensitive)");
    expect(summary).toContain("gets a new client ID and secret");
  });

  it("counts a destroy without asking anyone to copy a secret", () => {
    const summary = summaryOf("destroy");
    expect(summary).toMatch(/^### Plan: 0 to add, 0 to change, 0 to replace, 8 to destroy\n/);
    expect(summary).toContain("| `databricks_custom_app_integration.prod` | delete |");
    expect(summary).not.toContain("[!IMPORTANT]");
  });

  it("masks nested sensitive values and names unknown ones", () => {
    expect(render({ a: "x", b: ["y", "z"] }, { b: [false, true] }, {})).toBe('`{"a":"x","b":["y","(sensitive)"]}`');
    expect(render("anything", true, false)).toBe("(sensitive)");
    expect(render(undefined, false, true)).toBe("(known after apply)");
    expect(render([{ s: "v" }], [{ s: true }], [])).toBe('`[{"s":"(sensitive)"}]`');
  });

  it("counts reads separately and reports the reason Terraform gives", () => {
    const plan = parsePlan({
      format_version: "1.2",
      resource_changes: [
        { address: "data.x.y", type: "x", name: "y", change: { actions: ["read"] }, action_reason: "read_because_config_unknown" },
        { address: "a.b", type: "a", name: "b", change: { actions: ["delete"] }, action_reason: "delete_because_no_resource_config" },
      ],
    });
    const summary = summarizePlan(plan);
    expect(summary).toMatch(/^### Plan: 0 to add, 0 to change, 0 to replace, 1 to destroy, 1 to read\n/);
    expect(summary).toContain("| `a.b` | delete | removed from the configuration |");
  });

  describe("input that is not a plan", () => {
    it("rejects the app's config file with a clear error", () => {
      expect(() => summarizePlanFile(resolve("dbt-databricks-oauth.json"))).toThrow(NotAPlanError);
      expect(() => summarizePlanFile(resolve("dbt-databricks-oauth.json"))).toThrow(/is not the JSON of a Terraform plan \(expected the output of `terraform show -json <planfile>`; problem at format_version\)/);
    });
  });
});
