/** `npm run plan:summary` as a workflow step runs it: a process with an exit code and Markdown on stdout. */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tempDir } from "../support/temp-dir";

const PROJECT_ROOT = resolve(__dirname, "..", "..");
const cli = (file: string) => spawnSync(process.execPath, ["-r", "tsx/cjs", "cli/plan-summary.ts", file], { cwd: PROJECT_ROOT, encoding: "utf8" });

let dir: string;
beforeAll(() => {
  dir = tempDir("plan-summary-");
});

describe("npm run plan:summary", () => {
  it("exits 1 with the reason for a file that is not a plan", () => {
    const bad = join(dir, "not-a-plan.txt");
    writeFileSync(bad, "Plan: 1 to add");

    const failed = cli(bad);

    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^error: .*not-a-plan\.txt cannot be read as JSON/);
  });

  it("exits 0 with Markdown for a plan", () => {
    const ok = cli(join(__dirname, "fixtures", "plan-no-op.json"));

    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^### No changes/);
  });
});
