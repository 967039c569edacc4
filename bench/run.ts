/**
 * npm run bench [-- --runs N] [-- --quick] [-- --only synth,cli,unit,plan,apply]
 *               [-- --plan-args "-parallelism=20"] [-- --tf-env GOGC=100,DATABRICKS_RATE_LIMIT=15]
 *               [-- --keep] [-- --write | --no-write]
 *
 * Prints one Markdown table: per row the median of N runs after one warm-up, min/max, wall
 * time and peak RSS where meaningful, and the growth per integration between sizes. A full
 * run (no --quick, no --only) also writes the table into BENCHMARKS.md, with the command
 * and the date; --write/--no-write override that. Progress goes to stderr.
 *
 * Plan and apply rows need terraform and the pinned providers offline (npm run providers --
 * --check); without them they are printed as "skipped: <reason>".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { findProviders, isFound } from "../tools/providers";
import { appCommand, PROJECT_ROOT, synthWithAppChecked } from "./app";
import { generateConfig } from "./config";
import { formatLoad, machine, repeat, rssSource, runChecked, type Machine, type Stats } from "./measure";
import { runSandboxBench, sandboxSkipReason, type SandboxBenchResult } from "./sandbox-bench";

const GROUPS = ["synth", "cli", "unit", "plan", "apply"] as const;
type Group = (typeof GROUPS)[number];

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

interface Row {
  group: Group;
  what: string;
  size?: number;
  runs?: number;
  wall?: Stats;
  rss?: Stats;
  /** Milliseconds added per integration since the previous size of the same series. */
  perIntegrationMs?: number;
  target?: { text: string; pass: boolean };
  notes: string[];
  skipped?: string;
}

const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
const mib = (kb: number) => `${Math.round(kb / 1024)} MiB`;

function targetMax(ms: number, limitMs: number): { text: string; pass: boolean } {
  return { text: `≤ ${seconds(limitMs)}`, pass: ms <= limitMs };
}

/**
 * Fills perIntegrationMs along a series (one measurement at growing sizes) and says whether it
 * grows worse than linearly: the cost per added integration from the middle to the largest size
 * against the one from the smallest to the middle, each with its noise (half the min-max spread
 * of both medians, per added integration). Fixed costs make the small-size step noisy, so a
 * verdict of superlinear needs the late step clearly above the early one: 1.5x the early step's
 * upper bound, and 2 ms more per integration.
 */
function growth(series: Row[]): string | undefined {
  const measured = series.filter((r) => r.wall && r.size !== undefined);
  for (let i = 1; i < measured.length; i++) {
    const [a, b] = [measured[i - 1]!, measured[i]!];
    b.perIntegrationMs = (b.wall!.median - a.wall!.median) / (b.size! - a.size!);
  }
  const [small, middle, large] = measured.slice(-3);
  if (!small || !middle || !large) return undefined;
  const noise = (a: Row, b: Row) => ((a.wall!.max - a.wall!.min) / 2 + (b.wall!.max - b.wall!.min) / 2) / (b.size! - a.size!);
  const early = middle.perIntegrationMs!;
  const late = large.perIntegrationMs!;
  const earlyNoise = noise(small, middle);
  const lateNoise = noise(middle, large);
  const superlinear = late - lateNoise > Math.max(1.5 * (early + earlyNoise), early + 2);
  const perIntegration = (r: Row) => `${(r.wall!.median / r.size!).toFixed(1)} ms`;
  const signed = (ms: number) => `${ms < 0 ? "−" : "+"}${Math.abs(ms).toFixed(1)} ms`;
  return (
    `${small.what}: ${signed(early)} (±${earlyNoise.toFixed(1)}) per integration from ${small.size} to ${middle.size}, ` +
    `${signed(late)} (±${lateNoise.toFixed(1)}) from ${middle.size} to ${large.size}; ` +
    `${large.size}x the integrations cost ${(large.wall!.median / small.wall!.median).toFixed(1)}x the time ` +
    `(time per integration ${perIntegration(middle)} at ${middle.size}, ${perIntegration(large)} at ${large.size}): ` +
    `${superlinear ? "**superlinear**" : "linear or better"}`
  );
}

async function benchAppSynth(sizes: number[], runs: number, warmup: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const dir = mkdtempSync(join(os.tmpdir(), "bench-synth-"));
  try {
    for (const size of sizes) {
      const configFile = join(dir, `config-${size}.json`);
      writeFileSync(configFile, JSON.stringify(generateConfig({ count: size, tag: `s${size}` })));
      const outdir = join(dir, `out-${size}`);
      log(`app synth, ${size} integration(s): ${runs} run(s)`);
      const { wall, rss } = await repeat(runs, () => synthWithAppChecked(configFile, outdir), { warmup });
      const synthesized = JSON.parse(readFileSync(join(outdir, "stacks", `bench-s${size}`, "cdk.tf.json"), "utf8")) as { resource: Record<string, Record<string, unknown>> };
      const resources = Object.values(synthesized.resource).reduce((n, byName) => n + Object.keys(byName).length, 0);
      const row: Row = { group: "synth", what: "app synth (cdktf.json `app`)", size, runs, wall, rss, notes: [`${resources} resources`] };
      if (size === 1) {
        const time = targetMax(wall.median, 500);
        const memory = rss ? rss.median <= 120 * 1024 : false;
        row.target = { text: `≤ 0.50 s, ≤ 120 MiB`, pass: time.pass && memory };
      } else if (size === 100) row.target = targetMax(wall.median, 1000);
      rows.push(row);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

async function benchCliSynth(sizes: number[], runs: number, warmup: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const dir = mkdtempSync(join(os.tmpdir(), "bench-cli-"));
  try {
    for (const size of sizes) {
      const configFile = join(dir, `config-${size}.json`);
      writeFileSync(configFile, JSON.stringify(generateConfig({ count: size, tag: `s${size}` })));
      log(`npm run synth, ${size} integration(s): ${runs} run(s)`);
      // --output (for the cdktf CLI) and CDKTF_OUTDIR (for a script that runs the app itself) keep the
      // project's own cdktf.out untouched; everything else as a user runs it.
      const outdir = join(dir, `out-${size}`);
      const env = { ...process.env, DBT_OAUTH_CONFIG: configFile, CDKTF_OUTDIR: outdir };
      const once = () => runChecked("npm run synth", "npm", ["run", "--silent", "synth", "--", "--output", outdir], { cwd: PROJECT_ROOT, env });
      const { wall, rss } = await repeat(runs, once, { warmup });
      rows.push({
        group: "cli",
        what: "`npm run synth`",
        size,
        runs,
        wall,
        rss,
        target: size === 1 ? targetMax(wall.median, 3000) : undefined,
        notes: [`script: \`${synthScript()}\``],
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

function synthScript(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.synth ?? "(none)";
}

async function benchUnit(runs: number, warmup: boolean): Promise<Row> {
  log(`unit tests: ${runs} run(s)`);
  let tests = "";
  const once = async () => {
    const sample = await runChecked("unit tests", "npx", ["jest", "--selectProjects", "unit"], { cwd: PROJECT_ROOT, env: { ...process.env, CI: "true" } });
    tests = /^Tests:\s+(.+)$/m.exec(sample.stderr)?.[1]?.trim() ?? tests;
    return sample;
  };
  const { wall, rss } = await repeat(runs, once, { warmup });
  return {
    group: "unit",
    what: "unit tests (`npx jest --selectProjects unit`)",
    runs,
    wall,
    rss,
    target: targetMax(wall.median, 20_000),
    notes: [...(tests ? [`tests: ${tests}`] : []), ...(warmup ? ["after a warm-up run (jest and ts-jest caches warm)"] : [])],
  };
}

function sandboxRows(result: SandboxBenchResult, runs: number, planArgs: string[], applySize?: number): { rows: Row[]; notes: string[] } {
  const rows: Row[] = [];
  const ours: Row[] = [];
  const hcl: Row[] = [];
  const args = planArgs.length ? ` ${planArgs.join(" ")}` : "";
  for (const p of result.plans) {
    const ratio = p.ours.total.median / p.hcl.plan.median;
    const planOnly = p.ours.plan.median / p.hcl.plan.median;
    const unstable = [...p.ours.exitCodes, ...p.hcl.exitCodes].some((c) => c !== 0);
    const row: Row = {
      group: "plan",
      what: `plan, ours: app synth + \`terraform plan${args}\``,
      size: p.size,
      runs,
      wall: p.ours.total,
      rss: p.ours.rss,
      notes: [
        `synth ${seconds(p.ours.synth.median)} + plan ${seconds(p.ours.plan.median)}`,
        `**ours/HCL ${ratio.toFixed(2)}x** (plan alone ${planOnly.toFixed(2)}x)`,
        ...(unstable ? ["NOT STABLE: a plan after apply showed changes"] : []),
      ],
    };
    if (p.size >= 10) row.target = { text: "≤ 1.20x HCL", pass: ratio <= 1.2 };
    ours.push(row);
    hcl.push({ group: "plan", what: `plan, plain HCL (bench/hcl): \`terraform plan${args}\``, size: p.size, runs, wall: p.hcl.plan, rss: p.hcl.rss, notes: [] });
  }
  const notes = [growth(ours), growth(hcl)].filter((n): n is string => !!n);
  // hcl gets a row beside each of ours, so the two are the same length.
  for (const [i, row] of ours.entries()) rows.push(row, hcl[i]!);
  for (const a of result.applies.filter((x) => x.size === applySize)) {
    const wall: Stats = { runs: 1, median: a.applyMs + (a.synthMs ?? 0), min: a.applyMs + (a.synthMs ?? 0), max: a.applyMs + (a.synthMs ?? 0) };
    const rss = a.peakRssKb ? { runs: 1, median: a.peakRssKb, min: a.peakRssKb, max: a.peakRssKb } : undefined;
    rows.push({
      group: "apply",
      what: a.variant === "ours" ? "apply from empty, ours: app synth + `terraform apply`" : "apply from empty, plain HCL: `terraform apply`",
      size: a.size,
      runs: 1,
      wall,
      rss,
      notes: ["one run, no warm-up", ...(a.synthMs !== undefined ? [`synth ${seconds(a.synthMs)} + apply ${seconds(a.applyMs)}`] : [])],
    });
  }
  return { rows, notes };
}

function renderTable(rows: Row[]): string {
  const header = "| # | benchmark | integrations | runs | median | min | max | Δ per integration | peak RSS (median) | target | notes |";
  const rule = "|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|";
  const numbers: Record<Group, number> = { synth: 1, cli: 2, unit: 3, plan: 4, apply: 5 };
  const lines = rows.map((r) => {
    if (r.skipped) return `| ${numbers[r.group]} | ${r.what} | ${r.size ?? ""} | | | | | | | | ${r.skipped.startsWith("FAILED") ? r.skipped : `skipped: ${r.skipped}`} |`;
    const w = r.wall!;
    const target = r.target ? `${r.target.text} ${r.target.pass ? "✅" : "❌"}` : "";
    const per = r.perIntegrationMs !== undefined ? `${r.perIntegrationMs.toFixed(1)} ms` : "";
    const rss = r.rss ? mib(r.rss.median) : "";
    const single = w.runs === 1;
    return `| ${numbers[r.group]} | ${r.what} | ${r.size ?? ""} | ${w.runs} | ${seconds(w.median)} | ${single ? "" : seconds(w.min)} | ${single ? "" : seconds(w.max)} | ${per} | ${rss} | ${target} | ${r.notes.join("; ")} |`;
  });
  return [header, rule, ...lines].join("\n");
}

function renderReport(m: Machine, rows: Row[], growthNotes: string[], command: string, started: Date, durationMs: number): string {
  const misses = rows.filter((r) => r.target && !r.target.pass);
  const skipped = rows.filter((r) => r.skipped).length;
  return [
    `Command: \`${command}\`  `,
    `Date: ${started.toISOString().replace(/\.\d+Z$/, "Z")} (took ${seconds(durationMs)})  `,
    `Machine: ${m.cores} cores, ${m.memoryGiB} GiB, ${m.cpuModel}; ${m.os}; Node ${m.node}; terraform ${m.terraform}  `,
    `Load average (1/5/15 min): ${formatLoad(m.loadStart)} at the start, ${formatLoad(m.loadEnd ?? [])} at the end  `,
    `App command (cdktf.json): \`${appCommand().text}\`  `,
    `Wall time: this process's monotonic clock around each command. Peak RSS: ${rssSource()}.`,
    "",
    renderTable(rows),
    "",
    "Each row: the median of its runs after one unmeasured warm-up (apply: a single run). Δ per integration: the",
    "change of the median from the previous size of the same row, divided by the added integrations (at small",
    "sizes fixed costs and noise dominate it; the growth lines give its uncertainty).",
    ...(growthNotes.length ? ["", "Growth (nothing may grow worse than linearly):", ...growthNotes.map((n) => `- ${n}`)] : []),
    "",
    (misses.length === 0 ? "Targets: all measured ones met." : `Targets missed: ${misses.map((r) => `${r.what}${r.size !== undefined ? ` (${r.size})` : ""}`).join("; ")}.`) +
      (skipped > 0 ? ` ${skipped} row(s) not measured (see their notes).` : ""),
  ].join("\n");
}

const BEGIN = "<!-- bench:begin (written by npm run bench; edit outside these markers) -->";
const END = "<!-- bench:end -->";

function writeBenchmarksMd(report: string): string {
  const file = join(PROJECT_ROOT, "BENCHMARKS.md");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    text = `# Benchmarks\n\n## Latest run\n\n${BEGIN}\n${END}\n`;
  }
  const block = `${BEGIN}\n${report}\n${END}`;
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  text = start >= 0 && end > start ? text.slice(0, start) + block + text.slice(end + END.length) : `${text.trimEnd()}\n\n## Latest run\n\n${block}\n`;
  writeFileSync(file, text);
  return file;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: "string" },
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      "plan-args": { type: "string", default: "" },
      "tf-env": { type: "string", default: "" },
      keep: { type: "boolean", default: false },
      write: { type: "boolean" },
      "no-write": { type: "boolean" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      `${readFileSync(__filename, "utf8")
        .split("*/")[0]!
        .replace(/^\/\*\*?|^ \* ?/gm, "")}\n`,
    );
    return 0;
  }
  const only = values.only
    ? values.only
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [...GROUPS];
  const unknown = only.filter((g) => !(GROUPS as readonly string[]).includes(g));
  if (unknown.length) throw new Error(`--only: unknown ${unknown.join(", ")}; choose from ${GROUPS.join(", ")}`);
  const runs = values.runs !== undefined ? Number(values.runs) : values.quick ? 1 : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1 (got ${values.runs})`);
  const quick = values.quick!;
  const warmup = !quick;
  const planArgs = values["plan-args"]!.split(/\s+/).filter(Boolean);
  const tfEnv: Record<string, string> = {};
  for (const pair of values["tf-env"]!.split(",").filter(Boolean)) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new Error(`--tf-env: expected KEY=VALUE[,KEY=VALUE...] (got "${pair}")`);
    tfEnv[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const command = ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" ");
  const write = values["no-write"] ? false : (values.write ?? (!quick && !values.only));

  const started = new Date();
  const tools = findProviders();
  const m = machine(isFound(tools.terraform) ? tools.terraform.version : "not found");
  log(`${command}: ${m.cores} cores, load ${formatLoad(m.loadStart)}`);
  const rows: Row[] = [];
  const growthNotes: string[] = [];
  let failed = false;
  const want = (g: Group) => only.includes(g);

  if (want("synth")) {
    const synthRows = await benchAppSynth(quick ? [1, 10] : [1, 10, 100], runs, warmup);
    rows.push(...synthRows);
    const note = growth(synthRows);
    if (note) growthNotes.push(note);
  }
  if (want("cli")) rows.push(...(await benchCliSynth(quick ? [1] : [1, 100], runs, warmup)));
  if (want("unit")) rows.push(await benchUnit(runs, warmup));
  if (want("plan") || want("apply")) {
    const planSizes = want("plan") ? (quick ? [1] : [1, 10, 100]) : [];
    const applySize = want("apply") ? (quick ? 10 : 100) : undefined;
    const reason = sandboxSkipReason(tools);
    if (reason) {
      log(`plan/apply skipped: ${reason}`);
      for (const size of planSizes) rows.push({ group: "plan", what: "plan, ours vs plain HCL", size, notes: [], skipped: reason });
      if (applySize) rows.push({ group: "apply", what: "apply from empty", size: applySize, notes: [], skipped: reason });
    } else {
      try {
        const result = await runSandboxBench({ planSizes, applySize, runs, planArgs, tfEnv, warmup, log, keep: values.keep! });
        const sandbox = sandboxRows(result, runs, planArgs, applySize);
        const envNote = `terraform env ${Object.entries(tfEnv)
          .map(([k, v]) => `${k}=${v}`)
          .join(" ")}`;
        if (Object.keys(tfEnv).length) for (const row of sandbox.rows) row.notes.push(envNote);
        rows.push(...sandbox.rows);
        growthNotes.push(...sandbox.notes);
      } catch (error) {
        // Print what was measured; the failure is a row of its own, and the exit code says it.
        const message = error instanceof Error ? error.message : String(error);
        log(`plan/apply failed: ${message}`);
        failed = true;
        rows.push({ group: want("plan") ? "plan" : "apply", what: "plan/apply against the sandbox", notes: [], skipped: `FAILED: ${message.split("\n")[0]}` });
      }
    }
  }
  m.loadEnd = os.loadavg();
  const report = renderReport(m, rows, growthNotes, command, started, Date.now() - started.getTime());
  process.stdout.write(`${report}\n`);
  if (write && !failed) log(`wrote ${writeBenchmarksMd(report)}`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
