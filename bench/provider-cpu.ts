/**
 * What one terraform command costs the long-lived providers of the e2e tests: a sandbox is
 * applied once, then each `terraform plan -detailed-exitcode` is timed (wall) together with
 * the CPU each attached provider used during it (/proc). With --perf, one more plan is
 * recorded by `perf record` on the aws provider's process (perf.data in the work folder):
 * the provider binary is stripped, but Go's pclntab names functions
 * (`go tool addr2line <binary>` on the addresses of `perf script`, +0x400000).
 *
 *   node -r tsx/cjs bench/provider-cpu.ts [--plans 5] [--perf] [--keep]
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Sandbox } from "../tools/sandbox/sandbox";

const { values } = parseArgs({ options: { plans: { type: "string", default: "5" }, perf: { type: "boolean", default: false }, keep: { type: "boolean", default: false } } });

async function main(): Promise<void> {
  const sandbox = await Sandbox.start({ log: (line) => process.stderr.write(`${line}\n`) });
  try {
    await sandbox.init();
    const timed = async (label: string, command: () => Promise<unknown>) => {
      const cpuBefore = sandbox.providerCpuSeconds();
      const started = performance.now();
      await command();
      const wall = (performance.now() - started) / 1000;
      const cpuAfter = sandbox.providerCpuSeconds();
      const cpu = Object.entries(cpuAfter).map(([address, seconds]) => `${address.split("/").pop()} ${(seconds - (cpuBefore[address] ?? 0)).toFixed(2)} s`);
      console.log(`${label.padEnd(8)} wall ${wall.toFixed(2)} s   provider CPU: ${cpu.join(", ")}`);
    };
    await timed("apply", () => sandbox.apply());
    for (let i = 1; i <= Number(values.plans); i++) await timed(`plan ${i}`, () => sandbox.planExitCode());
    if (values.perf) {
      const pid = sandbox.providerPid("registry.terraform.io/hashicorp/aws");
      const output = join(sandbox.workDir, "perf.data");
      const perf = spawn("perf", ["record", "-F", "999", "-g", "-p", String(pid), "-o", output], { stdio: "inherit" });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await timed("plan perf", () => sandbox.planExitCode());
      perf.kill("SIGINT");
      await new Promise((resolve) => perf.once("close", resolve));
      console.log(`perf data: ${output}`);
    }
  } finally {
    await sandbox.stop({ keepWorkDir: values.keep || values.perf });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
