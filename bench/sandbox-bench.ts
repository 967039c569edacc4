/**
 * Plan and apply against the local sandbox emulators, ours (the app's synth + terraform)
 * beside the plain-HCL baseline (bench/hcl). One sandbox serves every variant and size, each
 * in its own working folder and state; names are tagged apart so the emulators never see a
 * clash. Every variant is applied once from empty (those applies are the apply rows), then
 * the plans are timed, ours and HCL interleaved so a change of machine load hits both.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { missingPieces, type Lookup } from "../tools/providers";
import type { Log } from "../tools/providers/cache";
import { Sandbox } from "../tools/sandbox/sandbox";
import { synthWithAppChecked } from "./app";
import { generateConfig } from "./config";
import { writeHclWorkdir } from "./hcl";
import { run, stats, type Sample, type Stats } from "./measure";

export type Variant = "ours" | "hcl";

export interface SandboxBenchOptions {
  planSizes: number[];
  applySize?: number;
  runs: number;
  /** Extra arguments for every `terraform plan` (both variants), e.g. -parallelism=20. */
  planArgs: string[];
  /** Extra environment for every terraform command (both variants), e.g. GOGC=400 or DATABRICKS_RATE_LIMIT=100. */
  tfEnv: Record<string, string>;
  warmup: boolean;
  log: Log;
  keep: boolean;
}

export interface PlanResult {
  size: number;
  /** ours: app synth + terraform plan, per run. */
  ours: { total: Stats; synth: Stats; plan: Stats; rss?: Stats; exitCodes: number[] };
  hcl: { plan: Stats; rss?: Stats; exitCodes: number[] };
}

export interface ApplyResult {
  size: number;
  variant: Variant;
  /** For ours, the app synth before it; the apply itself in `apply`. */
  synthMs?: number;
  applyMs: number;
  peakRssKb?: number;
}

export interface SandboxBenchResult {
  plans: PlanResult[];
  applies: ApplyResult[];
}

/** Why plan/apply cannot run here, or undefined when terraform and the pinned providers are at hand. */
export function sandboxSkipReason(lookup: Lookup): string | undefined {
  const missing = missingPieces(lookup);
  if (missing.length === 0) return undefined;
  return `${missing.map(({ piece }) => piece).join(", ")} not available offline (npm run providers -- --check)`;
}

interface Workdir {
  variant: Variant;
  size: number;
  dir: string;
  /** Where terraform runs: the synthesized stack for ours, the .tf folder for HCL. */
  tfDir: string;
  configFile?: string;
  outdir?: string;
}

export async function runSandboxBench(options: SandboxBenchOptions): Promise<SandboxBenchResult> {
  const { log } = options;
  const root = mkdtempSync(join(tmpdir(), "dbt-oauth-bench-"));
  log(`sandbox bench: working in ${root}`);
  // Terraform starts its own providers here, as on a user's machine: that start-up is part of what a plan costs.
  const sandbox = await Sandbox.start({
    log,
    workDir: join(root, "sandbox"),
    config: generateConfig({ count: 1, tag: "boot", recoveryWindowDays: 7, connections: false }),
    reattachProviders: false,
  });
  const env = { ...sandbox.env, ...options.tfEnv };

  /** Which emulator stopped answering, to explain a failed terraform command. */
  const emulatorsDown = async (): Promise<string> => {
    const down: string[] = [];
    for (const [name, url] of [
      ["moto", `${sandbox.moto.url}/moto-api/`],
      ["databricks emulator", `${sandbox.databricks.url}/_emulator/integrations`],
    ] as const) {
      try {
        await fetch(url, { signal: AbortSignal.timeout(3000) });
      } catch {
        down.push(`${name} (${url}) does not answer`);
      }
    }
    return down.length ? `\n${down.join("; ")}` : "";
  };

  const terraform = async (w: Workdir, args: string[], allowed: number[] = [0]): Promise<Sample> => {
    const sample = await run(sandbox.tools.terraformBinary, args, { cwd: w.tfDir, env });
    writeFileSync(join(w.dir, "terraform.log"), `\n$ terraform ${args.join(" ")}  (exit ${sample.code}, ${sample.wallMs.toFixed(0)} ms)\n${sample.stdout}${sample.stderr}`, {
      flag: "a",
    });
    if (!allowed.includes(sample.code)) {
      const hint = await emulatorsDown();
      throw new Error(`${w.variant} ${w.size}: terraform ${args.join(" ")} exited ${sample.code}${hint}:\n${(sample.stderr || sample.stdout).slice(-4000)}`);
    }
    return sample;
  };

  const synth = (w: Workdir) => synthWithAppChecked(w.configFile!, w.outdir!);

  const prepare = (variant: Variant, size: number): Workdir => {
    const tag = `${variant}${size}`;
    const dir = join(root, tag);
    mkdirSync(dir, { recursive: true });
    const config = generateConfig({
      count: size,
      tag,
      accountId: sandbox.databricks.accountId,
      recoveryWindowDays: 7,
      backend: { type: "local", path: join(dir, "terraform.tfstate") },
      sandbox: { databricksUrl: sandbox.databricks.url, awsUrl: sandbox.aws.url },
      connections: false,
    });
    if (variant === "hcl") {
      const tfDir = join(dir, "hcl");
      writeHclWorkdir(tfDir, config, {
        databricks_account_id: sandbox.databricks.accountId,
        databricks_url: sandbox.databricks.url,
        aws_region: config.aws.region,
        default_tags: { ...(config.aws.defaultTags ?? {}) },
      });
      return { variant, size, dir, tfDir };
    }
    const configFile = join(dir, "config.json");
    writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
    const outdir = join(dir, "cdktf.out");
    return { variant, size, dir, configFile, outdir, tfDir: join(outdir, "stacks", config.stackName!) };
  };

  const PLAN = ["plan", "-input=false", "-no-color", "-detailed-exitcode", ...options.planArgs];
  const applies: ApplyResult[] = [];
  const plans: PlanResult[] = [];
  try {
    const sizes = [...new Set([...options.planSizes, ...(options.applySize ? [options.applySize] : [])])].sort((a, b) => a - b);
    const dirs = new Map<string, Workdir>();
    for (const size of sizes) {
      for (const variant of ["ours", "hcl"] as Variant[]) {
        const w = prepare(variant, size);
        dirs.set(`${variant}${size}`, w);
        const synthSample = variant === "ours" ? await synth(w) : undefined;
        log(`${variant} ${size}: terraform init`);
        await terraform(w, ["init", "-input=false", "-no-color"]);
        log(`${variant} ${size}: terraform apply from empty`);
        const applied = await terraform(w, ["apply", "-auto-approve", "-input=false", "-no-color"]);
        applies.push({ size, variant, synthMs: synthSample?.wallMs, applyMs: applied.wallMs, peakRssKb: applied.peakRssKb });
        log(`${variant} ${size}: applied in ${(applied.wallMs / 1000).toFixed(1)} s`);
      }
    }

    for (const size of options.planSizes) {
      const ours = dirs.get(`ours${size}`)!;
      const hcl = dirs.get(`hcl${size}`)!;
      const oursRun = async () => {
        const s = await synth(ours);
        const p = await terraform(ours, PLAN, [0, 2]);
        return { s, p };
      };
      const hclRun = () => terraform(hcl, PLAN, [0, 2]);
      if (options.warmup) {
        await oursRun();
        await hclRun();
      }
      const o = { total: [] as number[], synth: [] as number[], plan: [] as number[], rss: [] as number[], codes: [] as number[] };
      const h = { plan: [] as number[], rss: [] as number[], codes: [] as number[] };
      for (let i = 0; i < options.runs; i++) {
        // Alternate which goes first, so neither always runs right after the other's provider exits.
        const order = i % 2 === 0 ? ["ours", "hcl"] : ["hcl", "ours"];
        for (const which of order) {
          if (which === "ours") {
            const { s, p } = await oursRun();
            o.total.push(s.wallMs + p.wallMs);
            o.synth.push(s.wallMs);
            o.plan.push(p.wallMs);
            if (s.peakRssKb && p.peakRssKb) o.rss.push(Math.max(s.peakRssKb, p.peakRssKb));
            o.codes.push(p.code);
          } else {
            const p = await hclRun();
            h.plan.push(p.wallMs);
            if (p.peakRssKb) h.rss.push(p.peakRssKb);
            h.codes.push(p.code);
          }
        }
      }
      const result: PlanResult = {
        size,
        ours: { total: stats(o.total), synth: stats(o.synth), plan: stats(o.plan), rss: o.rss.length ? stats(o.rss) : undefined, exitCodes: o.codes },
        hcl: { plan: stats(h.plan), rss: h.rss.length ? stats(h.rss) : undefined, exitCodes: h.codes },
      };
      plans.push(result);
      log(
        `plan ${size}: ours ${(result.ours.total.median / 1000).toFixed(2)} s (synth ${(result.ours.synth.median / 1000).toFixed(2)} + plan ${(result.ours.plan.median / 1000).toFixed(2)}), HCL ${(result.hcl.plan.median / 1000).toFixed(2)} s`,
      );
    }
    return { plans, applies };
  } finally {
    await sandbox.stop({ keepWorkDir: options.keep });
    if (!options.keep) rmSync(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  }
}
