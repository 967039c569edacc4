/**
 * A rotation started from the legacy string form, with the real terraform and providers: the
 * state is laid out as the legacy form kept it (the current client under the address without a
 * token, `databricks_custom_app_integration.prod`, named `dbt-cloud-prod-r1`), the config says
 * `"rotation": "r1"`, and `npm run rotate -- start prod r2` edits it. The plan must move the
 * live client and its secret version to their `_r1` addresses (lib/config/model.ts `movedFrom`)
 * and create only the new client: a wrong moved block would replace the client dbt Cloud holds.
 */
import { readFileSync } from "node:fs";
import { startRotation } from "../cli/rotate";
import type { ConfigInput } from "../lib/config/schema";
import { Sandbox, SANDBOX_CONFIG_FILE } from "../tools/sandbox/sandbox";
import { e2eGate, keepOnFailure, sandboxLog } from "./gate";

const gate = e2eGate();
const describeE2E = gate.run ? describe : describe.skip;
jest.setTimeout(300_000);

describeE2E("a rotation started from the legacy string form", () => {
  let sandbox: Sandbox;
  const base = JSON.parse(readFileSync(SANDBOX_CONFIG_FILE, "utf8")) as ConfigInput;
  const { connection: _managed, ...dbtCloud } = base.integrations.find((i) => i.id === "prod")!.dbtCloud;
  const legacy: ConfigInput = { ...base, integrations: [{ ...base.integrations.find((i) => i.id === "prod")!, dbtCloud, rotation: "r1" }] };

  beforeAll(async () => {
    sandbox = await Sandbox.start({ log: sandboxLog, config: legacy });
    await sandbox.init();
    await sandbox.apply();
    // The legacy form's layout: the current client at the address without a token.
    await sandbox.terraform(["state", "mv", "databricks_custom_app_integration.prod_r1", "databricks_custom_app_integration.prod"]);
    await sandbox.terraform(["state", "mv", "aws_secretsmanager_secret_version.prod_r1", "aws_secretsmanager_secret_version.prod"]);
  });

  afterAll(async () => {
    await sandbox?.stop(keepOnFailure());
  });

  test("rotate start: the live client and its secret version are moved to prod_r1, not replaced, and only the new client r2 is created", async () => {
    const live = sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-prod-r1")!;
    const started = startRotation(`${JSON.stringify(legacy, null, 2)}\n`, "legacy.json", "prod", "r2");
    sandbox.synth(JSON.parse(started.text) as ConfigInput);

    const plan = await sandbox.plan();
    const changes = plan.json.resource_changes.map((rc) => ({
      address: rc.address,
      from: (rc as { previous_address?: string }).previous_address,
      actions: rc.change.actions.join("+"),
    }));
    expect(changes.filter((c) => c.actions !== "no-op" || c.from)).toEqual(
      expect.arrayContaining([
        { address: "databricks_custom_app_integration.prod_r1", from: "databricks_custom_app_integration.prod", actions: "no-op" },
        { address: "aws_secretsmanager_secret_version.prod_r1", from: "aws_secretsmanager_secret_version.prod", actions: "no-op" },
        { address: "databricks_custom_app_integration.prod_r2", from: undefined, actions: "create" },
        { address: "aws_secretsmanager_secret_version.prod_r2", from: undefined, actions: "create" },
      ]),
    );
    expect(changes.filter((c) => /delete/.test(c.actions))).toEqual([]);

    await sandbox.applyPlan();
    // The client dbt Cloud holds is the same one, with the same ID.
    expect(sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-prod-r1")?.integration_id).toBe(live.integration_id);
  });
});
