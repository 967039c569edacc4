/** The plan summary of the end of what the app manages: a retirement opens with what breaks. */
import { parsePlan, summarizePlan } from "../../cli/plan-summary";

const NO_CONFIG = "delete_because_no_resource_config";
const connection = (actions: string[]) => ({
  address: "dbtcloud_global_connection.prod",
  type: "dbtcloud_global_connection",
  name: "prod",
  change: {
    actions,
    before: { id: 42, name: "Databricks (prod)", databricks: { client_id: "c-prod", client_secret: "s3cr3t" } },
    before_sensitive: { databricks: { client_secret: true } },
  },
  // Recorded from the sandbox: Terraform 1.11 gives a forget the same reason as a delete.
  action_reason: NO_CONFIG,
});
const retirement = (id: string, host: string, recoveryWindowDays: number) => [
  {
    address: `databricks_custom_app_integration.${id}`,
    type: "databricks_custom_app_integration",
    name: id,
    change: {
      actions: ["delete"],
      before: { name: `dbt-cloud-${id}`, client_id: `c-${id}`, client_secret: "s3cr3t", redirect_urls: [host, `${host}/callback`] },
      before_sensitive: { client_secret: true },
    },
    action_reason: NO_CONFIG,
  },
  {
    address: `aws_secretsmanager_secret.${id}`,
    type: "aws_secretsmanager_secret",
    name: id,
    change: {
      actions: ["delete"],
      before: {
        name: `dbt-cloud/databricks-oauth/${id}`,
        arn: `arn:aws:secretsmanager:eu-central-1:123456789012:secret:dbt-cloud/databricks-oauth/${id}-AbCdEf`,
        recovery_window_in_days: recoveryWindowDays,
      },
    },
    action_reason: NO_CONFIG,
  },
];
const summaryOf = (...resource_changes: unknown[]) => summarizePlan(parsePlan({ format_version: "1.2", resource_changes }));

describe("the plan summary of a retirement", () => {
  test("opens, before the table, with the host that loses sign-in, the client, the connection's fate and the secret's restore", () => {
    const summary = summaryOf(...retirement("prod", "https://ab123.us1.dbt.com", 30), connection(["forget"]));
    const [headline, callout, table] = summary.split("\n\n");
    expect(headline).toBe("### Plan: 0 to add, 0 to change, 0 to replace, 2 to destroy, 1 to forget");
    expect(callout).toBe(
      [
        "> [!CAUTION]",
        '> **Retiring integration `prod`** (`"retired": true`). When this plan is applied:',
        "> - **dbt Cloud at `https://ab123.us1.dbt.com` loses Databricks sign-in for every developer**: client `dbt-cloud-prod` (client ID `c-prod`) is deleted from the Databricks account; a deleted client cannot be restored.",
        '> - dbt Cloud connection `Databricks (prod)` (id 42, `dbtcloud_global_connection.prod`) is **released**: it stays in dbt Cloud exactly as it is, and Terraform forgets it. Manage it again with `"adopt": 42` in `dbtCloud.connection`.',
        "> - Secrets Manager secret `dbt-cloud/databricks-oauth/prod` is scheduled for deletion: recoverable with every version for **30 days** (`recoveryWindowDays`), with `aws secretsmanager restore-secret --secret-id dbt-cloud/databricks-oauth/prod --region eu-central-1`.",
      ].join("\n"),
    );
    expect(table).toMatch(/^\| Resource \| Action \| Why \|/);
    expect(summary).toContain("| `dbtcloud_global_connection.prod` | forget (stays where it is) | released (`removed`, `destroy = false`): Terraform forgets it |");
    // Not mistaken for rotation step 2's "previous client".
    expect(summary).not.toContain("the previous client");
    expect(summary).not.toContain("s3cr3t");
  });

  test("a deleted connection, and a secret without a recovery window, say so", () => {
    const summary = summaryOf(...retirement("prod", "https://ab123.us1.dbt.com", 0), connection(["delete"]));
    expect(summary).toContain("is **deleted in dbt Cloud**: the projects and environments that use it lose their connection.");
    expect(summary).toContain("is **deleted at once, without recovery** (`forceDeleteWithoutRecovery`)");
  });

  test("without a managed connection: the connection in dbt Cloud stays and fails sign-in", () => {
    expect(summaryOf(...retirement("emea", "https://cd456.eu1.dbt.com", 7))).toContain(
      "> - No dbt Cloud connection is managed here: the connection that holds the client stays in dbt Cloud, and fails sign-in.",
    );
  });

  test("a connection released from an integration that stays: a note on pasting clients by hand from now on", () => {
    const summary = summaryOf(connection(["forget"]));
    expect(summary).toContain("> [!NOTE]\n> dbt Cloud connection `Databricks (prod)` (id 42, `dbtcloud_global_connection.prod`) is **released**");
    expect(summary).toContain("Integration `prod` stays; from now on its clients are not given to dbt Cloud by this app");
    expect(summary).not.toContain("Retiring");
  });

  test("terraform destroy (no 'removed from the configuration' reason) is no retirement", () => {
    const destroy = retirement("prod", "https://ab123.us1.dbt.com", 7).map(({ action_reason: _reason, ...rc }) => rc);
    expect(summaryOf(...destroy)).not.toContain("Retiring");
  });
});
