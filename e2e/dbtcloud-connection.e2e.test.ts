/**
 * The dbt Cloud connection as code, with the real terraform, providers and emulators: an
 * existing connection adopted by import, then a connection deleted or changed in dbt Cloud is
 * recreated or set back, always holding the integration's current client.
 */
import { readFileSync } from "node:fs";
import type { ConfigInput } from "../lib/config/schema";
import { Sandbox, SANDBOX_CONFIG_FILE, type PlanResult } from "../tools/sandbox/sandbox";
import { onlyConnection } from "./connections";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;
jest.setTimeout(300_000);

function actionsOf(plan: PlanResult): Record<string, string> {
  return Object.fromEntries(plan.json.resource_changes.filter((rc) => rc.change.actions.join() !== "no-op").map((rc) => [rc.address, rc.change.actions.join("+")]));
}

describeE2E("the dbt Cloud connection managed as code", () => {
  let sandbox: Sandbox;
  let adopted: number;
  const base = JSON.parse(readFileSync(SANDBOX_CONFIG_FILE, "utf8")) as ConfigInput;
  const prod = () => base.integrations.find((i) => i.id === "prod")!;
  const current = () => sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-prod")!;
  const only = () => onlyConnection(sandbox);

  beforeAll(async () => {
    sandbox = await Sandbox.start({ log: sandboxLog, config: { ...base, integrations: [prod()] } });
    // A connection someone made by hand in dbt Cloud, with a client pasted long ago.
    adopted = sandbox.dbtCloud.store.create({
      name: "Databricks (made by hand)",
      adapter_version: "databricks_v0",
      config: { host: "dbc-old.cloud.databricks.com", http_path: "/sql/1.0/warehouses/old", client_id: "pasted-by-hand", client_secret: "pasted-by-hand" },
    }).id;
    const connection = { ...prod().dbtCloud.connection!, adopt: adopted };
    sandbox.updateIntegration("prod", { dbtCloud: { ...prod().dbtCloud, connection } });
    await sandbox.init();
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  test("adopt: the first apply imports the existing connection and gives it the config's settings and the current client", async () => {
    const plan = await sandbox.plan();
    const connection = plan.json.resource_changes.find((rc) => rc.address === "dbtcloud_global_connection.prod")!;
    expect(connection.change.actions).toEqual(["update"]);
    expect((connection as { change: { importing?: { id: string } } }).change.importing).toEqual({ id: String(adopted) });
    await sandbox.applyPlan();

    expect(only()).toMatchObject({
      id: adopted,
      name: "Databricks (prod)",
      config: {
        host: "dbc-a1b2c3d4-e5f6.cloud.databricks.com",
        http_path: "/sql/1.0/warehouses/abc123def456",
        catalog: "analytics",
        client_id: current().client_id,
        client_secret: current().client_secret,
      },
    });
    expect(await sandbox.planExitCode()).toBe(0);
  });

  test("changed in dbt Cloud (host, HTTP path): the plan sets it back in place, the client stays the current one", async () => {
    sandbox.dbtCloud.modifyConnection(adopted, { config: { host: "someone-else.cloud.databricks.com", http_path: "/sql/1.0/warehouses/elsewhere" } });
    const plan = await sandbox.plan();
    expect(actionsOf(plan)).toEqual({ "dbtcloud_global_connection.prod": "update" });
    await sandbox.applyPlan();
    expect(only()).toMatchObject({ id: adopted, config: { host: "dbc-a1b2c3d4-e5f6.cloud.databricks.com", client_id: current().client_id } });
  });

  test("deleted in dbt Cloud, adopt still in the config: the plan recreates it with the current client instead of importing the deleted one", async () => {
    sandbox.dbtCloud.deleteConnection(adopted);
    const plan = await sandbox.plan();
    expect(actionsOf(plan)).toEqual({ "dbtcloud_global_connection.prod": "create" });
    await sandbox.applyPlan();
    const recreated = only();
    expect(recreated.id).not.toBe(adopted);
    expect(recreated.config).toMatchObject({ client_id: current().client_id, client_secret: current().client_secret });
    expect(await sandbox.planExitCode()).toBe(0);
  });
});
