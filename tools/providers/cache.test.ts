/**
 * withLock across real processes, the way jest projects and terminals contend for the
 * tooling cache: holders never overlap, and a lock left by a killed process is taken over.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const CACHE_MODULE = path.join(__dirname, "cache.ts");
const HOLD_MS = 300;

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "with-lock-"));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A process that takes the lock, notes when it enters and leaves, and holds it HOLD_MS in between. */
function contender(lockPath: string, events: string, id: number): Promise<number> {
  const script = `
    const fs = require("node:fs");
    const { withLock } = require(${JSON.stringify(CACHE_MODULE)});
    const note = (what) => fs.appendFileSync(${JSON.stringify(events)}, \`\${what} ${id}\\n\`);
    withLock(${JSON.stringify(lockPath)}, async () => {
      note("enter");
      await new Promise((r) => setTimeout(r, ${HOLD_MS}));
      note("leave");
    }).catch((err) => { console.error(err); process.exitCode = 1; });`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["-r", "tsx/cjs", "-e", script], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

function contend(lockPath: string, count: number): Promise<{ codes: number[]; events: string[] }> {
  const events = path.join(dir, "events");
  fs.writeFileSync(events, "");
  return Promise.all(Array.from({ length: count }, (_, id) => contender(lockPath, events, id))).then((codes) => ({
    codes,
    events: fs.readFileSync(events, "utf8").trim().split("\n"),
  }));
}

/** Every "enter" is followed by the same holder's "leave" before anyone else enters. */
function overlaps(events: string[]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < events.length; i += 2) {
    const enter = events[i]!; // i is within bounds; leave may be missing (an odd count), which is a problem reported below
    const leave = events[i + 1];
    if (!enter.startsWith("enter ") || leave !== enter.replace("enter", "leave")) problems.push(`${enter} then ${leave}`);
  }
  return problems;
}

test("holders never overlap", async () => {
  const { codes, events } = await contend(path.join(dir, "work.lock"), 4);

  expect(codes).toEqual([0, 0, 0, 0]);
  expect(events).toHaveLength(8);
  expect(overlaps(events)).toEqual([]);
}, 60_000);

test("a lock left by a killed process is taken over by one waiter at a time", async () => {
  const lockPath = path.join(dir, "work.lock");
  fs.mkdirSync(lockPath); // what a SIGKILLed holder leaves: nobody refreshes its mtime any more
  const longAgo = new Date(Date.now() - 10 * 60_000);
  fs.utimesSync(lockPath, longAgo, longAgo);

  const { codes, events } = await contend(lockPath, 4);

  expect(codes).toEqual([0, 0, 0, 0]);
  expect(events).toHaveLength(8);
  expect(overlaps(events)).toEqual([]);
  expect(fs.existsSync(lockPath)).toBe(false);
}, 30_000);

test("a lock that is still fresh is waited for, not taken", async () => {
  const lockPath = path.join(dir, "work.lock");
  fs.mkdirSync(lockPath); // a live holder in another process, as far as anyone can tell
  const waiter = contend(lockPath, 1);
  setTimeout(() => {
    fs.appendFileSync(path.join(dir, "events"), "released\n");
    fs.rmSync(lockPath, { recursive: true, force: true });
  }, 2000);

  const { codes, events } = await waiter;

  expect(codes).toEqual([0]);
  expect(events).toEqual(["released", "enter 0", "leave 0"]);
}, 60_000);
