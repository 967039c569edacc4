/**
 * The long-lived providers the sandbox reattaches terraform to: each pinned binary starts in
 * debug mode with the arguments DEBUG_ARGS gives it, stops cleanly, and none outlives the
 * process that started it, even one killed with SIGKILL. Needs the pinned providers offline
 * (`npm run providers`); where one is missing its test is skipped, and the e2e gate says why.
 */
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findProviders, isFound, providerPin, type ProviderName } from "../providers";
import { tempDir } from "../../__tests__/support/temp-dir";
import { DEBUG_ARGS, reattachFor, startProviderServers, type ReattachConfig } from "./provider-servers";

jest.setTimeout(180_000);

const lookup = findProviders();
const binary = (name: ProviderName) => {
  const found = lookup.providers[name];
  return isFound(found) ? found.path : undefined;
};
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function gone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return !alive(pid);
}

describe.each(["aws", "databricks", "dbtcloud"] as ProviderName[])("the pinned %s provider", (name) => {
  const path = binary(name);
  (path ? test : test.skip)("starts in debug mode, prints where terraform reaches it, and stops on stop() leaving no process or socket", async () => {
    const dir = tempDir("provider-servers-");
    const { source } = providerPin(name);
    expect(DEBUG_ARGS[source]).toBeDefined();
    const servers = await startProviderServers({ binaries: { [source]: path! }, env: process.env, logFile: join(dir, "providers.log") });
    const config = servers.configs[source]!;
    expect(config).toMatchObject({ Protocol: "grpc", Test: true, Addr: { Network: "unix" } });
    expect(alive(config.Pid)).toBe(true);
    expect(existsSync(config.Addr.String)).toBe(true);

    await servers.stop();
    expect(alive(config.Pid)).toBe(false);
    expect(existsSync(config.Addr.String)).toBe(false);
  });
});

const dbtcloud = binary("dbtcloud");
(dbtcloud ? test : test.skip)("a process killed with SIGKILL takes its providers with it", async () => {
  const dir = tempDir("provider-servers-");
  const { source } = providerPin("dbtcloud");
  // A node process that starts the provider, prints its pid and waits to be killed.
  const script = `require("./tools/sandbox/provider-servers").startProviderServers({ binaries: { ${JSON.stringify(source)}: ${JSON.stringify(dbtcloud)} }, env: process.env, logFile: ${JSON.stringify(join(dir, "providers.log"))} }).then((s) => { console.log(JSON.stringify(s.configs)); setInterval(() => {}, 1000); });`;
  const child = spawn(process.execPath, ["-r", "tsx/cjs", "-e", script], { cwd: join(__dirname, "..", ".."), stdio: ["ignore", "pipe", "inherit"] });
  const configs = await new Promise<Record<string, ReattachConfig>>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve(JSON.parse(out.slice(0, out.indexOf("\n"))));
    });
    child.once("exit", () => reject(new Error(`exited before printing: ${out}`)));
  });
  const pid = configs[source]!.Pid;
  expect(alive(pid)).toBe(true);

  child.kill("SIGKILL");
  expect(await gone(pid, 15_000)).toBe(true);
});

test("a binary that exits without a reattach line is an error naming the provider", async () => {
  const dir = tempDir("provider-servers-");
  await expect(startProviderServers({ binaries: { "registry.terraform.io/hashicorp/aws": "/bin/false" }, env: process.env, logFile: join(dir, "providers.log") })).rejects.toThrow(
    /registry.terraform.io\/hashicorp\/aws exited \(code \d+\) before printing its TF_REATTACH_PROVIDERS line/,
  );
});

test("reattachFor leaves out a provider the configuration declares more than once (aliases)", async () => {
  const dir = tempDir("provider-servers-");
  const config = (pid: number): ReattachConfig => ({ Protocol: "grpc", ProtocolVersion: 5, Pid: pid, Test: true, Addr: { Network: "unix", String: `/tmp/plugin${pid}` } });
  const configs = { "registry.terraform.io/hashicorp/aws": config(1), "registry.terraform.io/dbt-labs/dbtcloud": config(2) };
  const stack = join(dir, "cdk.tf.json");

  writeFileSync(stack, JSON.stringify({ provider: { aws: [{ region: "us-east-1" }], dbtcloud: [{ alias: "a" }] } }));
  expect(Object.keys(JSON.parse(reattachFor(configs, stack)!))).toEqual(["registry.terraform.io/hashicorp/aws", "registry.terraform.io/dbt-labs/dbtcloud"]);

  writeFileSync(stack, JSON.stringify({ provider: { aws: [{ region: "us-east-1" }], dbtcloud: [{ alias: "a" }, { alias: "b" }] } }));
  expect(Object.keys(JSON.parse(reattachFor(configs, stack)!))).toEqual(["registry.terraform.io/hashicorp/aws"]);

  writeFileSync(stack, JSON.stringify({ provider: { aws: [{ alias: "x" }, { alias: "y" }], dbtcloud: [{ alias: "a" }, { alias: "b" }] } }));
  expect(reattachFor(configs, stack)).toBeUndefined();
});
