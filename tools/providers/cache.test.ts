/**
 * withLock across real processes, the way jest projects and terminals contend for the
 * tooling cache: holders never overlap, a lock left by a killed process is taken over, and a
 * fresh lock is waited for. No step depends on how fast a process starts: each holder keeps
 * the lock until the test creates its release file, and the test moves on when the events it
 * waits for are written (a waiter notes "waiting" through withLock's log), never after a delay.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const CACHE_MODULE = path.join(__dirname, "cache.ts");

let dir: string;
let events: string;
let release: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "with-lock-"));
  events = path.join(dir, "events");
  release = path.join(dir, "release");
  fs.writeFileSync(events, "");
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A process that takes the lock, notes when it waits, enters and leaves, and holds the lock until the release file exists. */
function contender(lockPath: string, id: number): Promise<number> {
  const script = `
    const fs = require("node:fs");
    const { withLock } = require(${JSON.stringify(CACHE_MODULE)});
    const note = (what) => fs.appendFileSync(${JSON.stringify(events)}, \`\${what} ${id}\\n\`);
    withLock(${JSON.stringify(lockPath)}, async () => {
      note("enter");
      while (!fs.existsSync(${JSON.stringify(release)})) await new Promise((r) => setTimeout(r, 20));
      note("leave");
    }, () => note("waiting")).catch((err) => { console.error(err); process.exitCode = 1; });`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["-r", "tsx/cjs", "-e", script], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

const eventLines = () => fs.readFileSync(events, "utf8").trim().split("\n").filter(Boolean);

/** Resolves once `done` holds for the events written so far (polled; jest's timeout is the only limit). */
async function until(done: (lines: string[]) => boolean): Promise<void> {
  while (!done(eventLines())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Every "enter" is followed by the same holder's "leave" before anyone else enters. */
function overlaps(lines: string[]): string[] {
  const entries = lines.filter((line) => !line.startsWith("waiting "));
  const problems: string[] = [];
  for (let i = 0; i < entries.length; i += 2) {
    const enter = entries[i]!; // i is within bounds; leave may be missing (an odd count), which is a problem reported below
    const leave = entries[i + 1];
    if (!enter.startsWith("enter ") || leave !== enter.replace("enter", "leave")) problems.push(`${enter} then ${leave}`);
  }
  return problems;
}

test("holders never overlap", async () => {
  const lockPath = path.join(dir, "work.lock");
  const holders = [0, 1, 2, 3].map((id) => contender(lockPath, id));
  // One holds the lock, and the three others are queued behind it.
  await until((lines) => lines.filter((line) => line.startsWith("enter ")).length === 1 && lines.filter((line) => line.startsWith("waiting ")).length === 3);
  fs.writeFileSync(release, "");

  expect(await Promise.all(holders)).toEqual([0, 0, 0, 0]);
  expect(eventLines().filter((line) => !line.startsWith("waiting "))).toHaveLength(8);
  expect(overlaps(eventLines())).toEqual([]);
}, 120_000);

test("a lock left by a killed process is taken over, and later waiters queue behind the new holder", async () => {
  const lockPath = path.join(dir, "work.lock");
  fs.mkdirSync(lockPath); // what a SIGKILLed holder leaves: nobody refreshes its mtime any more
  const longAgo = new Date(Date.now() - 10 * 60_000); // far past withLock's 30 s stale threshold
  fs.utimesSync(lockPath, longAgo, longAgo);

  // One waiter judges the lock stale: two judging the same stale lock at once is proper-lockfile's known race, not what this shows.
  const first = contender(lockPath, 0);
  await until((lines) => lines.includes("enter 0"));
  const later = [1, 2, 3].map((id) => contender(lockPath, id));
  await until((lines) => lines.filter((line) => line.startsWith("waiting ")).length === 3);
  fs.writeFileSync(release, "");

  expect(await Promise.all([first, ...later])).toEqual([0, 0, 0, 0]);
  expect(eventLines().slice(0, 1)).toEqual(["enter 0"]);
  expect(eventLines().filter((line) => !line.startsWith("waiting "))).toHaveLength(8);
  expect(overlaps(eventLines())).toEqual([]);
  expect(fs.existsSync(lockPath)).toBe(false);
}, 120_000);

test("a lock that is still fresh is waited for, not taken", async () => {
  const lockPath = path.join(dir, "work.lock");
  fs.mkdirSync(lockPath); // a live holder in another process, as far as anyone can tell
  fs.writeFileSync(release, "");
  const waiter = contender(lockPath, 0);
  await until((lines) => lines.includes("waiting 0"));
  fs.appendFileSync(events, "released\n");
  fs.rmSync(lockPath, { recursive: true, force: true });

  expect(await waiter).toBe(0);
  expect(eventLines()).toEqual(["waiting 0", "released", "enter 0", "leave 0"]);
}, 120_000);
