/** For the emulators' tests: runs a main.ts as its own process and reads the JSON line it prints once listening. */
import { spawn } from "node:child_process";
import * as path from "node:path";

export async function spawnMain(script: string, args: string[]): Promise<{ info: Record<string, unknown>; stop(): Promise<number | null> }> {
  const child = spawn(process.execPath, ["-r", "tsx/cjs", script, ...args], {
    cwd: path.join(__dirname, "..", ".."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const firstLine = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve(out.slice(0, out.indexOf("\n")));
    });
    child.once("exit", () => reject(new Error(`exited before printing: ${out}`)));
  });
  child.stderr.resume();
  return {
    info: JSON.parse(firstLine) as Record<string, unknown>,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
