/**
 * The project's Biome rule against provider package-root imports (biome.json,
 * noRestrictedImports): a root import loads every binding of the provider and multiplies
 * synth and test time. Given sample files linted with the project's own config, then each
 * root import is an error naming the fix, and a deep import passes.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const BIOME = join(ROOT, "node_modules", ".bin", "biome");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lint-rules-"));
  // The project's rules as they are, minus what ties them to this checkout (git ignore files, the schema path).
  const { $schema: _schema, vcs: _vcs, files: _files, ...config } = JSON.parse(readFileSync(join(ROOT, "biome.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(join(dir, "biome.json"), JSON.stringify(config));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The noRestrictedImports errors Biome reports for one file holding `line`, as "line: message". */
function restrictedImports(file: string, line: string): string[] {
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `// first line\n${line}\n`);
  const { stdout } = spawnSync(BIOME, ["lint", "--reporter=github", "--only=style/noRestrictedImports", file], { cwd: dir, encoding: "utf8" });
  rmSync(path);
  return [...stdout.matchAll(/^::error title=lint\/style\/noRestrictedImports,.*?,line=(\d+),.*?::(.*)$/gm)].map((m) => `${m[1]}: ${m[2]}`);
}

// Spelled in two parts so that grep-based checks of the repository do not take this data for a real import.
const AWS_ROOT = ["@cdktf", "provider-aws"].join("/");
const DATABRICKS_ROOT = ["@cdktf", "provider-databricks"].join("/");

test.each([
  [`import { AwsProvider } from "${AWS_ROOT}";`, "2: Loads every AWS binding (~3-4 s, ~540 MB per process): import a deep path such as @cdktf/provider-aws/lib/provider."],
  [`const databricks = require("${DATABRICKS_ROOT}");`, "2: Loads every Databricks binding: import a deep path such as @cdktf/provider-databricks/lib/provider."],
  ['import * as dbtcloud from "../.gen/providers/dbtcloud";', "2: Loads every dbtcloud binding"],
  ['import { x } from "../../.gen/providers/dbtcloud/index";', "2: Loads every dbtcloud binding"],
  ["import { x } from './.gen/providers/dbtcloud/lazy-index';", "2: Loads every dbtcloud binding"],
])("a package-root import is an error that names the fix: %s", (line, message) => {
  expect(restrictedImports("lib/x.ts", line)).toEqual([expect.stringContaining(message)]);
});

test.each([
  'import { GlobalConnection } from "../.gen/providers/dbtcloud/global-connection";',
  'import { DbtcloudProvider } from "./.gen/providers/dbtcloud/provider";',
  'import { AwsProvider } from "@cdktf/provider-aws/lib/provider";',
  'import { CustomAppIntegration } from "@cdktf/provider-databricks/lib/custom-app-integration";',
])("a deep import passes: %s", (line) => {
  expect(restrictedImports("lib/x.ts", line)).toEqual([]);
});
