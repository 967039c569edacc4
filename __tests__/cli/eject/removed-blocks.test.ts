/**
 * eject of a config in the middle of a release and a retirement: the app's own synthesized
 * stack, converted with the real providers' schemas, holds the `removed` block of the released
 * connection as Terraform's native syntax (a bare address, a lifecycle block), parsed back by
 * HashiCorp's HCL parser. e2e/retire-release.e2e.test.ts plans it against real state.
 */
import { parse } from "@cdktf/hcl2json";
import schemas from "../fixtures/eject-provider-schemas.json";
import { type Json, type ProvidersSchema, terraformJsonToHcl } from "../../../cli/eject/terraform-json-to-hcl";
import { configInput, integrationInput, MANAGED_DBT_CLOUD, synthesize } from "../../support/config";

test("a released connection is written as a native removed block with destroy = false; the retired integration is absent", async () => {
  const stack = synthesize(
    configInput({
      integrations: [
        integrationInput({ dbtCloud: { ...MANAGED_DBT_CLOUD, connection: { ...MANAGED_DBT_CLOUD.connection!, release: true } } }),
        integrationInput({ id: "emea", name: "dbt-cloud-emea", dbtCloud: { region: "eu1", accountPrefix: "cd456" }, retired: true }),
      ],
    }),
  );
  const files = await terraformJsonToHcl(stack as unknown as { [key: string]: Json }, schemas as ProvidersSchema);
  expect(files["main.tf"]).toContain("removed {\n  from = dbtcloud_global_connection.prod\n  lifecycle {\n    destroy = false\n  }\n}");
  expect(files["main.tf"]).not.toContain("emea");
  const hcl = (await parse("main.tf", files["main.tf"]!)) as { removed: unknown };
  expect(hcl.removed).toEqual([{ from: "${dbtcloud_global_connection.prod}", lifecycle: [{ destroy: false }] }]);
});
