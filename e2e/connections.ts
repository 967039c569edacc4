/** The dbt Cloud side of an e2e test: the emulator's connections. */
import type { Sandbox } from "../tools/sandbox/sandbox";

/** The one connection the emulator holds; fails the test when there are none or several. */
export function onlyConnection(sandbox: Sandbox) {
  const all = sandbox.dbtCloud.connections();
  expect(all).toHaveLength(1);
  return all[0]!;
}
