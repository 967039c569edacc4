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
const PLANS = ["create", "no-op", "drift-recreate", "rotation-start", "rotation-finish", "destroy"];

describe("plan summary", () => {
  it.each(PLANS)("never prints a secret value (%s)", (name) => {
    // Every plan after the first carried secrets that the recorder replaced.
    if (name !== "create") expect(readFileSync(fixture(name), "utf8")).toContain("REDACTED-BY-RECORDER");
    expect(summaryOf(name)).not.toContain("REDACTED-BY-RECORDER");
  });

  it.each(PLANS)("holds no dbt Cloud token: the variable is ephemeral, so Terraform keeps it out of saved plans (%s)", (name) => {
    const plan = JSON.parse(readFileSync(fixture(name), "utf8")) as { variables?: Record<string, { value?: unknown }> };
    expect(plan.variables?.dbt_cloud_token?.value).toBeUndefined();
    expect(readFileSync(fixture(name), "utf8")).not.toMatch(/dbtc_[A-Za-z0-9_-]{8,}/);
  });

  it("summarizes a first apply: everything added; the managed connection gets the client, the other needs pasting", () => {
    const summary = summaryOf("create");
    expect(summary).toMatch(/^### Plan: 7 to add, 0 to change, 0 to replace, 0 to destroy\n/);
    expect(summary).toContain("| `databricks_custom_app_integration.prod` | create | new in the configuration |");
    expect(summary).toContain("| `dbtcloud_global_connection.prod` | create | new in the configuration |");
    expect(summary).toContain("gives it to dbt Cloud's connection `Databricks (prod)`, created with it: nothing to paste by hand.");
    expect(summary).toContain(
      "dbt Cloud gets: connection `Databricks (prod)` (`dbtcloud_global_connection.prod`) → the new client (its ID is known after apply) at `dbc-a1b2c3d4-e5f6.cloud.databricks.com`",
    );
    expect(summary).toContain(
      "from Secrets Manager secret `dbt-cloud/databricks-oauth/emea` into dbt Cloud: dbt Cloud → Settings → Projects → the project → Connection → OAuth Client ID / OAuth Client Secret.",
    );
    const prodCallout = summary.split("\n").find((line) => line.startsWith("> `databricks_custom_app_integration.prod`"));
    expect(prodCallout).not.toMatch(/copy|Settings →/);
    expect(summary).toContain("  - `secret_string`: (sensitive)");
    expect(summary).toContain("  - `client_id`: (known after apply)");
  });

  it("says there is nothing to do when nothing changes", () => {
    const summary = summaryOf("no-op");
    expect(summary).toMatch(/^### No changes\n/);
    expect(summary).not.toContain("| Resource |");
    expect(summary).not.toContain("[!");
  });

  it("explains a recreate after an out-of-band delete: nothing better is possible, dbt Cloud switched in the same apply, how long sign-in may fail", () => {
    const summary = summaryOf("drift-recreate");
    expect(summary).toContain("| `databricks_custom_app_integration.prod` | create | deleted outside Terraform |");
    expect(summary).toContain("| `aws_secretsmanager_secret_version.prod` | replace | `secret_string` forces replacement |");
    expect(summary).toContain("| `dbtcloud_global_connection.prod` | update in place |");
    expect(summary).toContain("> [!WARNING]\n> `databricks_custom_app_integration.prod` was deleted outside Terraform, so its client no longer exists");
    expect(summary).toContain("Nothing better than a new client is possible.");
    expect(summary).toContain("gives it to dbt Cloud's connection `Databricks (prod)`: nothing to paste by hand.");
    expect(summary).toContain("Sign-in may still fail until Databricks has propagated the new client (up to 30 minutes");
    expect(summary).toContain("  - `secret_string`: (sensitive) → (sensitive)");
  });

  it("step 1 of a rotation: new clients stored as AWSPENDING, dbt Cloud untouched, how to finish", () => {
    const summary = summaryOf("rotation-start");
    expect(summary).toMatch(/^### Plan: 4 to add, 0 to change, 0 to replace, 0 to destroy\n/);
    expect(summary).not.toContain("dbtcloud_global_connection");
    expect(summary).toContain("`databricks_custom_app_integration.prod_r2` is a new client for a rotation (step 1): its client ID and secret are stored as `AWSPENDING`");
    expect(summary).toContain("finish with `npm run rotate -- finish prod`");
    expect(summary).not.toContain("[!IMPORTANT]");
  });

  it("step 2 of a rotation: dbt Cloud gets the new client by ID before the old one goes; without a managed connection, what to paste first", () => {
    const summary = summaryOf("rotation-finish");
    expect(summary).toMatch(/^### Plan: 0 to add, 3 to change, 0 to replace, 4 to destroy\n/);
    expect(summary).toContain("| `aws_secretsmanager_secret_version.prod_r2` | update in place | `version_stages` changed |");
    expect(summary).toContain("| `databricks_custom_app_integration.prod` | delete | removed from the configuration |");
    expect(summary).toMatch(/dbt Cloud gets: connection `Databricks \(prod\)` \(`dbtcloud_global_connection.prod`\) → client `[0-9a-f-]{36}`/);
    expect(summary).toContain(
      "`databricks_custom_app_integration.prod`, the previous client, is deleted after dbt Cloud's connection `Databricks (prod)` has moved to the current client",
    );
    expect(summary).toContain(
      "> [!IMPORTANT]\n> `databricks_custom_app_integration.emea`, the previous client, is deleted by this apply. dbt Cloud must already hold the current client",
    );
  });

  it("counts a destroy without asking anyone to copy a secret", () => {
    const summary = summaryOf("destroy");
    expect(summary).toMatch(/^### Plan: 0 to add, 0 to change, 0 to replace, 7 to destroy\n/);
    expect(summary).toContain("| `databricks_custom_app_integration.prod_r2` | delete |");
    expect(summary).not.toContain("[!");
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

  describe("a change of the host a token or the client is sent to", () => {
    type Rc = { type: string; name: string; change: { actions: string[]; before: Record<string, unknown>; after: Record<string, unknown> } };
    /** The recorded no-op plan, with one resource's `after` changed as an edited config would. */
    function noOpWith(type: string, name: string, edit: (after: Record<string, unknown>) => void) {
      const plan = JSON.parse(readFileSync(fixture("no-op"), "utf8")) as { resource_changes: Rc[] };
      const rc = plan.resource_changes.find((c) => c.type === type && c.name === name)!;
      rc.change.after = structuredClone(rc.change.before);
      edit(rc.change.after);
      rc.change.actions = ["update"];
      return summarizePlan(parsePlan(plan));
    }

    it("flags redirect URLs (and so the dbt Cloud API host) moving to another host, before the table", () => {
      const summary = noOpWith("databricks_custom_app_integration", "prod", (after) => {
        after.redirect_urls = ["https://dbt.elsewhere.example", "https://dbt.elsewhere.example/callback", "https://dbt.elsewhere.example/complete/databricks"];
      });

      expect(summary).toContain(
        "> **Host change:** `databricks_custom_app_integration.prod` now sends sign-ins back to `dbt.elsewhere.example` instead of `ab123.us1.dbt.com`: the dbt Cloud access URL changed.",
      );
      expect(summary).toContain("this plan's dbt Cloud API hosts: `127.0.0.1:42803`");
      expect(summary.indexOf("Host change")).toBeLessThan(summary.indexOf("| Resource |"));
    });

    it("flags a managed connection moving to another workspace host", () => {
      const summary = noOpWith("dbtcloud_global_connection", "prod", (after) => {
        (after.databricks as Record<string, unknown>).host = "dbc-other.cloud.databricks.com";
      });

      expect(summary).toContain(
        "> **Host change:** `dbtcloud_global_connection.prod` points dbt Cloud at workspace `dbc-other.cloud.databricks.com` instead of `dbc-a1b2c3d4-e5f6.cloud.databricks.com`",
      );
    });

    it("says nothing when the hosts stay: an update of the token lifetimes or a rotation", () => {
      const summary = noOpWith("databricks_custom_app_integration", "prod", (after) => {
        after.token_access_policy = [{ access_token_ttl_in_minutes: 30, refresh_token_ttl_in_minutes: 10080 }];
      });

      expect(summary).not.toContain("Host change");
      for (const name of PLANS) expect(summaryOf(name)).not.toContain("Host change");
    });
  });

  describe("input that is not a plan", () => {
    it("rejects the app's config file with a clear error", () => {
      expect(() => summarizePlanFile(resolve("dbt-databricks-oauth.json"))).toThrow(NotAPlanError);
      expect(() => summarizePlanFile(resolve("dbt-databricks-oauth.json"))).toThrow(
        /is not the JSON of a Terraform plan \(expected the output of `terraform show -json <planfile>`; problem at format_version\)/,
      );
    });
  });
});
