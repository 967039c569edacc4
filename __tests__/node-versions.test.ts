/**
 * One list of Node.js lines everywhere: package.json's engines admits them (and 20, past its
 * end of life, which these machines still ship), plan.yml's test matrix runs each supported
 * one, .nvmrc names the newest (every other workflow job and .ci/run's newest-line block run
 * it), and the README and docs/github-actions.md say the same. A new LTS line, or one that
 * reaches its end of life, is one edit in each; this test names the ones missed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

/** Lines engines still admits after their end of life (20: 2026-04-30), not tested in the matrix. */
const PAST_END_OF_LIFE = ["20"];

const engines = (JSON.parse(read("package.json")) as { engines: { node: string } }).engines.node;
const admitted = engines.split("||").map((range) => /^\s*\^(\d+)\.\d+\.\d+\s*$/.exec(range)?.[1] ?? `unreadable range "${range.trim()}"`);
const supported = admitted.filter((line) => !PAST_END_OF_LIFE.includes(line));
const newest = supported[supported.length - 1];
const matrix = /^\s+node: \[([^\]]*)\]/m
  .exec(read(".github/workflows/plan.yml"))?.[1]
  ?.split(",")
  .map((line) => line.trim().replace(/"/g, ""));
/** "22, 24 or 26" */
const spoken = (lines: string[], last: string) => `${lines.slice(0, -1).join(", ")} ${last} ${lines[lines.length - 1]}`;

describe("Node.js lines", () => {
  it("engines admits each line as ^MAJOR.MINOR.PATCH, LTS (even) lines only, oldest first", () => {
    expect(admitted.every((line) => /^\d+$/.test(line) && Number(line) % 2 === 0)).toBe(true);
    expect(admitted.map(Number)).toEqual(admitted.map(Number).sort((a, b) => a - b));
  });

  it("plan.yml's test job runs every supported line", () => {
    expect(matrix).toEqual(supported);
  });

  it(".nvmrc names the newest, and the shared setup action installs it unless a job asks for another line", () => {
    expect(read(".nvmrc").trim()).toBe(newest);
    const setup = read(".github/actions/setup/action.yml");
    expect(setup).toContain("node-version-file: ${{ inputs.node-version == '' && '.nvmrc' || '' }}");
    expect(setup).not.toMatch(/node-version: \d/);
  });

  it("the README's quick start names the supported lines and the ones past end of life", () => {
    const quickStart = read("README.md").split("## Quick start")[1]?.split("\n## ")[0] ?? "";
    expect(quickStart).toContain(`Node.js ${spoken(supported, "or")}`);
    for (const line of PAST_END_OF_LIFE) expect(quickStart).toMatch(new RegExp(`${line}\\.\\d+\\+ still works, but its life ended`));
  });

  it("docs/github-actions.md names .nvmrc's line and the test matrix", () => {
    const doc = read("docs/github-actions.md");
    expect(doc).toContain(`Node.js ${newest} (\`.nvmrc\`)`);
    expect(doc).toContain(`Node.js ${spoken(supported, "and")}`);
  });
});
