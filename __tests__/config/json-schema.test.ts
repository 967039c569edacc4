import { readFileSync } from "node:fs";
import { CONFIG_SCHEMA_FILE, configJsonSchemaText } from "../../lib/config/json-schema";

describe("the published JSON Schema", () => {
  it("is the one generated from the zod definition (run `npm run schema` after changing it)", () => {
    expect(readFileSync(CONFIG_SCHEMA_FILE, "utf8")).toBe(configJsonSchemaText());
  });

  it("rejects unknown keys and documents the enumerations editors complete", () => {
    const schema = JSON.parse(configJsonSchemaText());
    expect(schema.additionalProperties).toBe(false);
    const integration = schema.properties.integrations.items;
    expect(integration.additionalProperties).toBe(false);
    expect(integration.properties.dbtCloud.properties.region.enum).toContain("us1");
    expect(integration.properties.scopes.items.enum).toEqual(["sql", "offline_access", "all-apis"]);
  });
});
