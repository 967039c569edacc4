/**
 * node -r tsx/cjs tools/sandbox/record-plan-fixtures.ts
 *
 * Records real `terraform show -json` plans from the sandbox (create, no-op, drift
 * recreate, the two rotation steps for prod with its managed connection and emea without
 * one, destroy) as the plan summary's test fixtures. `terraform show -json`
 * prints sensitive values in clear, so every secret value is replaced before writing.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Sandbox } from "./sandbox";

export const FIXTURES_DIR = join(__dirname, "..", "..", "__tests__", "cli", "fixtures");
export const REDACTED = "REDACTED-BY-RECORDER";

const SECRET_KEYS = new Set(["client_secret", "secret_string", "secret_binary", "wo_secret_string"]);

/** Replaces the values of secret-bearing keys anywhere in a plan, and JSON documents that embed them. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, SECRET_KEYS.has(key) && typeof inner === "string" ? REDACTED : redact(inner)]));
  }
  return value;
}

async function main(): Promise<void> {
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const sandbox = await Sandbox.start({ log });
  const record = async (name: string, args: string[] = []) => {
    const result = await sandbox.terraform(["plan", "-no-color", "-out=fixture.tfplan", ...args]);
    const shown = await sandbox.terraform(["show", "-json", "fixture.tfplan"]);
    const json = redact(JSON.parse(shown.stdout));
    writeFileSync(join(FIXTURES_DIR, `plan-${name}.json`), `${JSON.stringify(json, null, 1)}\n`);
    log(`recorded plan-${name}.json (${result.stdout.match(/Plan: .*|No changes\./)?.[0] ?? ""})`);
    return shown;
  };
  try {
    mkdirSync(FIXTURES_DIR, { recursive: true });
    await sandbox.init();
    await record("create");
    await sandbox.apply();
    await record("no-op");
    const prod = sandbox.databricks.integrations().find((i) => i.name === "dbt-cloud-prod")!;
    sandbox.databricks.deleteIntegration(prod.integration_id);
    await record("drift-recreate");
    await sandbox.apply();
    const rotate = (rotation: { current?: string; pending?: string }) =>
      sandbox.synth({ ...sandbox.currentConfig, integrations: sandbox.currentConfig.integrations.map((i) => ({ ...i, rotation })) });
    rotate({ pending: "r2" });
    await record("rotation-start");
    await sandbox.apply();
    rotate({ current: "r2" });
    await record("rotation-finish");
    await sandbox.apply();
    await record("destroy", ["-destroy"]);
  } finally {
    await sandbox.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
