/**
 * Writes dbt-databricks-oauth.schema.json from the zod definition, so editors complete
 * and check the config with exactly the rules the synth applies. A unit test fails when
 * the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { configJsonSchemaText, CONFIG_SCHEMA_FILE } from "../lib/config/json-schema";

writeFileSync(CONFIG_SCHEMA_FILE, configJsonSchemaText());
console.log(`wrote ${CONFIG_SCHEMA_FILE}`);
