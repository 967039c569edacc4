/**
 * What a fresh clone gives a new user: the README says to run `./help`, so git must check it
 * out executable (mode 100755, which a plain `chmod` in one checkout does not record), and it
 * must print the commands. Every other file with a `#!` line is executable too.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const git = (...args: string[]) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout;
/** The mode git records for a tracked file ("100755"), from the index as a clone would get it. */
const gitMode = (file: string) => git("ls-files", "-s", "--", file).split(" ")[0];

describe("files a fresh clone runs", () => {
  it("records ./help as executable in git, and it prints the commands", () => {
    expect(gitMode("help")).toBe("100755");
    const run = spawnSync(join(ROOT, "help"), { encoding: "utf8" });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(run.stdout).toContain("npm run sandbox");
    expect(run.stdout).not.toContain("#!");
  });

  it("records every tracked file that starts with #! as executable", () => {
    const scripts = git("ls-files", "-z")
      .split("\0")
      .filter((file) => file && readFileSync(join(ROOT, file)).subarray(0, 2).toString() === "#!");
    expect(scripts).toContain("help");
    expect(scripts.filter((file) => gitMode(file) !== "100755")).toEqual([]);
  });
});
