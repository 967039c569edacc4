/** Rotation and the end of what the app manages: nothing to rotate once retired; a released connection is pasted by hand. */
import { ConfigError } from "../../lib/config/config-error";
import { parseConfig } from "../../lib/config/load-config";
import { dbtCloudInstructions, rotationStatus, startRotation } from "../../cli/rotate";
import { configInput, integrationInput, MANAGED_DBT_CLOUD, twoIntegrationsConfigText } from "../support/config";

const released = integrationInput({ dbtCloud: { ...MANAGED_DBT_CLOUD, connection: { ...MANAGED_DBT_CLOUD.connection!, release: true } } });

test("a retired integration cannot start a rotation", () => {
  expect(() => startRotation(twoIntegrationsConfigText({ retired: true }), "c.json", "emea", "2026-12")).toThrow(ConfigError);
  expect(() => startRotation(twoIntegrationsConfigText({ retired: true }), "c.json", "emea", "2026-12")).toThrow(/integrations\[id=emea\]\.retired: the integration is retired/);
});

test("status leaves retired integrations out", () => {
  const { config } = parseConfig(JSON.parse(twoIntegrationsConfigText({ retired: true })));
  expect(rotationStatus(config, {}, new Date()).map((s) => s.integration)).toEqual(["prod"]);
});

test("a released connection no longer gets the client from this app: status and step 2 say paste by hand", () => {
  const { config } = parseConfig(configInput({ integrations: [released] }));
  const [spec] = config.integrations;
  expect(rotationStatus(config, {}, new Date())[0]!.dbtCloud).toBe("not managed: pasted by hand");
  expect(dbtCloudInstructions(spec!, "us-east-1")).toMatch(/^dbt Cloud's connection is not managed here/);
});
