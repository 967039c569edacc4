/**
 * Fails when any source file imports a provider package root (`@cdktf/provider-aws`
 * without `/lib/...`): that one import loads every binding of the provider, ~3-4 s and
 * ~540 MB per process, and multiplies synth and test time.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const ROOT_IMPORT = /(?:from\s+|require\(\s*|import\(\s*)["'](@cdktf\/provider-(?:aws|databricks))["']/g;

const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.js", "*.mjs", "*.cjs"], { encoding: "utf8" })
  .split("\n")
  .filter(Boolean);

const offenders: string[] = [];
for (const file of files) {
  const text = readFileSync(file, "utf8");
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(ROOT_IMPORT)) offenders.push(`${file}:${index + 1}: imports ${match[1]}; use a deep import such as ${match[1]}/lib/provider`);
  });
}

if (offenders.length > 0) {
  console.error(offenders.join("\n"));
  process.exit(1);
}
console.log(`deep imports only: ${files.length} files checked`);
