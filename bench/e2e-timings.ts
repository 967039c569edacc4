/**
 * Tables for BENCHMARKS.md from a bench/e2e-files.sh run: per e2e file, the jest process's wall
 * and CPU time (GNU time: the whole tree, providers and moto included) and its terraform
 * commands by subcommand, with their wall and CPU time (bench/terraform-timing.sh: terraform
 * and the provider processes it started; providers terraform attached to are counted in the
 * file's total only).
 *   node -r tsx/cjs bench/e2e-timings.ts OUTDIR
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Command {
  subcommand: string;
  wallS: number;
  cpuS: number;
  code: number;
}

/** One line of terraform-timing.sh: start, subcommand, wall, user, sys, exit code, arguments. */
export function parseTimings(text: string): Command[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [, subcommand = "", wall = "0", user = "0", sys = "0", code = "0"] = line.split("\t");
      return { subcommand, wallS: Number(wall), cpuS: Number(user) + Number(sys), code: Number(code) };
    });
}

const ORDER = ["init", "plan", "show", "apply", "destroy", "output", "import", "force-unlock", "providers", "validate", "fmt", "version"];
const fixed = (n: number) => n.toFixed(1);

function byKind(commands: Command[]): Map<string, { count: number; wallS: number; cpuS: number }> {
  const kinds = new Map<string, { count: number; wallS: number; cpuS: number }>();
  for (const c of commands) {
    const k = kinds.get(c.subcommand) ?? { count: 0, wallS: 0, cpuS: 0 };
    kinds.set(c.subcommand, { count: k.count + 1, wallS: k.wallS + c.wallS, cpuS: k.cpuS + c.cpuS });
  }
  return new Map([...kinds].sort(([a], [b]) => ((ORDER.indexOf(a) + 99) % 99) - ((ORDER.indexOf(b) + 99) % 99)));
}

function main(dir: string): void {
  const files = readFileSync(join(dir, "files.tsv"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [name = "", code, loadBefore, loadAfter, time = ""] = line.split("\t");
      const [wall = "0", user = "0", sys = "0"] = time.split(" ");
      return { name, code: Number(code), loadBefore, loadAfter, wallS: Number(wall), cpuS: Number(user) + Number(sys) };
    });
  const all: Command[] = [];
  console.log("| e2e file | exit | wall s | CPU s | load 1/5/15 before → after | terraform commands | terraform wall s | terraform CPU s |");
  console.log("| --- | ---: | ---: | ---: | --- | --- | ---: | ---: |");
  for (const f of files) {
    const log = join(dir, `${f.name}.tf.tsv`);
    const commands = existsSync(log) ? parseTimings(readFileSync(log, "utf8")).filter((c) => c.subcommand !== "version") : [];
    all.push(...commands);
    const kinds = [...byKind(commands)].map(([k, v]) => `${v.count} ${k}`).join(", ");
    const sum = (key: "wallS" | "cpuS") => commands.reduce((s, c) => s + c[key], 0);
    console.log(
      `| ${f.name} | ${f.code} | ${fixed(f.wallS)} | ${fixed(f.cpuS)} | ${f.loadBefore} → ${f.loadAfter} | ${commands.length}: ${kinds} | ${fixed(sum("wallS"))} | ${fixed(sum("cpuS"))} |`,
    );
  }
  const total = (key: "wallS" | "cpuS") => files.reduce((s, f) => s + f[key], 0);
  console.log(
    `| **all** | | ${fixed(total("wallS"))} | ${fixed(total("cpuS"))} | | ${all.length} | ${fixed(all.reduce((s, c) => s + c.wallS, 0))} | ${fixed(all.reduce((s, c) => s + c.cpuS, 0))} |`,
  );
  console.log("\n| terraform command | count | wall s (mean) | CPU s (mean) | CPU s (sum) |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [k, v] of byKind(all)) console.log(`| ${k} | ${v.count} | ${fixed(v.wallS / v.count)} | ${(v.cpuS / v.count).toFixed(2)} | ${fixed(v.cpuS)} |`);
}

if (require.main === module) main(process.argv[2] ?? ".");
