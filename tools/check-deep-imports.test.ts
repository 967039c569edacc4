import { rootImports } from "./check-deep-imports";

test.each([
  ['import { AwsProvider } from "@cdktf/provider-aws";', "imports @cdktf/provider-aws; use a deep import such as @cdktf/provider-aws/lib/provider"],
  ['import * as dbtcloud from "../.gen/providers/dbtcloud";', "imports ../.gen/providers/dbtcloud, every dbtcloud binding; use a deep import such as ../.gen/providers/dbtcloud/global-connection"],
  ['const d = require("./.gen/providers/dbtcloud/index");', "imports ./.gen/providers/dbtcloud/index, every dbtcloud binding; use a deep import such as ./.gen/providers/dbtcloud/global-connection"],
  ["import { x } from '../../.gen/providers/dbtcloud/lazy-index';", "use a deep import such as ../../.gen/providers/dbtcloud/global-connection"],
  ['import("./.gen/providers/dbtcloud/")', "imports ./.gen/providers/dbtcloud/, every dbtcloud binding"],
])("a package-root import is refused with the fix: %s", (line, message) => {
  expect(rootImports("lib/x.ts", `// first\n${line}\n`)).toEqual([expect.stringMatching(new RegExp(`^lib/x.ts:2: .*${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`))]);
});

test.each([
  'import { GlobalConnection } from "../.gen/providers/dbtcloud/global-connection";',
  'import { DbtcloudProvider } from "./.gen/providers/dbtcloud/provider";',
  'import { AwsProvider } from "@cdktf/provider-aws/lib/provider";',
  "export * as globalConnection from './global-connection';",
])("a deep import passes: %s", (line) => {
  expect(rootImports("lib/x.ts", line)).toEqual([]);
});
