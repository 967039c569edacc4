/**
 * Fails when any source file imports a provider binding's package root: that one
 * import loads every binding of the provider and multiplies synth and test time.
 * - `@cdktf/provider-aws` or `@cdktf/provider-databricks` without `/lib/...`: ~3-4 s and
 *   ~540 MB per process;
 * - the dbtcloud bindings `cdktf get` writes to `.gen/providers/dbtcloud`, as the folder
 *   or its `index` / `lazy-index`: 1.6 s more than the two deep imports the app needs
 *   (tsx, measured), and 2.4 MB of bundle instead of 0.13 MB.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const IMPORT = String.raw`(?:from\s+|require\(\s*|import\(\s*)`;
const PACKAGE_ROOT = new RegExp(String.raw`${IMPORT}["'](@cdktf\/provider-(?:aws|databricks))["']`, "g");
const GEN_ROOT = new RegExp(String.raw`${IMPORT}["']((?:[^"']*\/)?\.gen\/providers\/dbtcloud(?:\/(?:index|lazy-index)(?:\.[jt]s)?)?\/?)["']`, "g");

/** "file:line: ..." for each package-root import in `text`. */
export function rootImports(file: string, text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(PACKAGE_ROOT)) found.push(`${file}:${index + 1}: imports ${match[1]}; use a deep import such as ${match[1]}/lib/provider`);
    for (const match of line.matchAll(GEN_ROOT)) {
      // Group 1 is not optional in GEN_ROOT, so every match has it.
      const folder = match[1]!.replace(/\/(?:index|lazy-index)(?:\.[jt]s)?$|\/$/, "");
      found.push(`${file}:${index + 1}: imports ${match[1]}, every dbtcloud binding; use a deep import such as ${folder}/global-connection`);
    }
  });
  return found;
}

if (require.main === module) {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.js", "*.mjs", "*.cjs"], { encoding: "utf8" })
    .split("\n")
    // The checker's own test and the Biome rule's test hold such imports as data.
    .filter((file) => file && file !== "tools/check-deep-imports.test.ts" && file !== "tools/lint-rules.test.ts");
  const offenders = files.flatMap((file) => rootImports(file, readFileSync(file, "utf8")));
  if (offenders.length > 0) {
    console.error(offenders.join("\n"));
    process.exit(1);
  }
  console.log(`deep imports only: ${files.length} files checked`);
}
