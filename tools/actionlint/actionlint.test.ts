/**
 * `npm run lint:workflows`, proven both ways: the repository's workflows pass, and a
 * workflow with known mistakes fails with a message naming each one, so a green check
 * means something. The first run builds actionlint from the Go module proxy (half a
 * minute to a few minutes); later runs find it in the tooling cache.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ACTIONLINT_VERSION, ensureActionlint, workflowFiles } from "./actionlint";

const REPO = path.resolve(__dirname, "..", "..");
const MAIN = path.join(__dirname, "main.ts");
const BUILD_TIMEOUT_MS = 10 * 60_000;

function lintWorkflows(args: string[] = []) {
  const result = spawnSync(process.execPath, ["-r", "tsx/cjs", MAIN, ...args], {
    cwd: REPO,
    encoding: "utf8",
    timeout: BUILD_TIMEOUT_MS,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

let tmp: string;

beforeAll(async () => {
  // Build (or find) actionlint once, with its progress on stderr: a cold build takes a while.
  await ensureActionlint({ log: (m) => process.stderr.write(`[actionlint] ${m}\n`) });
}, BUILD_TIMEOUT_MS);

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "actionlint-test-"));
});

afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

test("the repository's workflows pass", () => {
  const names = workflowFiles(REPO).map((f) => path.basename(f));
  expect(names).toEqual(expect.arrayContaining(["deploy.yml", "drift.yml", "plan.yml", "rotate.yml"]));

  const { code, output } = lintWorkflows();
  if (code !== 0) throw new Error(`npm run lint:workflows failed (exit ${code}):\n${output}`);
  expect(output).toContain(`actionlint ${ACTIONLINT_VERSION}: ${names.length} workflow file(s), no problems`);
});

test("a broken workflow fails and each problem is named", () => {
  const broken = path.join(tmp, ".github", "workflows", "broken.yml");
  fs.mkdirSync(path.dirname(broken), { recursive: true });
  fs.writeFileSync(
    broken,
    [
      "name: broken",
      "on: push",
      "permissions: {}",
      "jobs:",
      "  plan:",
      "    runs-on: ubuntu-24.04",
      "    permissions:",
      "      id_token: write", // the scope is id-token
      "    steps:",
      "      - run: echo plan",
      "  apply:",
      "    needs: [plna]", // a typo of plan
      "    runs-on: ubuntu-24.04",
      "    steps:",
      "      - run: echo ${{ steps.nope.outputs.code }}", // no step has the id nope
      "",
    ].join("\n"),
  );

  const { code, output } = lintWorkflows(["--repo", tmp]);
  expect(code).toBe(1);
  expect(output).toContain(".github/workflows/broken.yml:");
  expect(output).toMatch(/unknown permission scope "id_token"/);
  expect(output).toMatch(/needs job "plna" which does not exist/);
  expect(output).toMatch(/property "nope" is not defined/);
  expect(output).toContain("problems found");
});

test("a second run finds actionlint in the cache: no build", async () => {
  const logs: string[] = [];
  const started = Date.now();
  const found = await ensureActionlint({ log: (m) => logs.push(m) });
  expect(found.built).toBe(false);
  expect(logs).toEqual([]);
  expect(fs.existsSync(found.path)).toBe(true);
  expect(Date.now() - started).toBeLessThan(5_000);
});

test("no workflow files is a failure, not a pass", () => {
  const { code, output } = lintWorkflows(["--repo", tmp]);
  expect(code).toBe(1);
  expect(output).toContain("no workflow files");
});
