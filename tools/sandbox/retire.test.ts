import { readFileSync } from "node:fs";
import type { ConfigInput } from "../../lib/config/schema";
import { retiredConfig } from "./retire";
import { SANDBOX_CONFIG_FILE, SandboxError } from "./sandbox";

const config = JSON.parse(readFileSync(SANDBOX_CONFIG_FILE, "utf8")) as ConfigInput;

test("--retire marks the integration retired and releases its managed connection, leaving the others as they are", () => {
  const retired = retiredConfig(config, ["prod"]);
  const [prod, emea] = retired.integrations;
  expect(prod).toMatchObject({ id: "prod", retired: true, dbtCloud: { connection: { name: "Databricks (prod)", release: true } } });
  expect(emea).toBe(config.integrations[1]);
  expect(retiredConfig(config, ["emea"]).integrations[1]).toEqual({ ...config.integrations[1], retired: true });
});

test("--retire of an id the config does not have names what it has", () => {
  expect(() => retiredConfig(config, ["apac"])).toThrow(new SandboxError('--retire: no integration "apac" in the config (it has prod, emea)'));
});
