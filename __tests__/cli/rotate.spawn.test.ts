/** `npm run rotate` as the rotate workflow runs it: a process that edits the config and sets step outputs. */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tempDir } from "../support/temp-dir";
import { startRotation } from "../../cli/rotate";
import { twoIntegrationsConfigText } from "../support/config";

/** $GITHUB_OUTPUT as the runner reads it: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
function readStepOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!heredoc) continue;
    const end = lines.indexOf(heredoc[2]!, i + 1);
    outputs[heredoc[1]!] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return outputs;
}

describe("npm run rotate", () => {
  it("writes the file and the workflow step's outputs", () => {
    const dir = tempDir("rotate-");
    const [configFile, outputs] = [join(dir, "config.json"), join(dir, "github-output")];
    writeFileSync(configFile, twoIntegrationsConfigText());
    writeFileSync(outputs, "");

    const result = spawnSync(process.execPath, ["-r", "tsx/cjs", resolve(__dirname, "../../cli/rotate.ts"), "start", "emea", "2026-11"], {
      env: { ...process.env, DBT_OAUTH_CONFIG: configFile, GITHUB_OUTPUT: outputs },
      encoding: "utf8",
    });

    expect(result.status).toBe(0);
    expect(readFileSync(configFile, "utf8")).toBe(startRotation(twoIntegrationsConfigText(), configFile, "emea", "2026-11").text);
    expect(readStepOutputs(outputs)).toEqual({
      step: "start",
      managed: "false",
      summary: expect.stringContaining("as AWSPENDING"),
      integration: "emea",
      token: "2026-11",
      previous: "(none)",
      name: "dbt-cloud-emea-2026-11",
      secret: "dbt-databricks-oauth/emea",
      region: "us-east-1",
    });
  });

  it("fails with an annotation and leaves the file alone when the integration is unknown", () => {
    const dir = tempDir("rotate-");
    const configFile = join(dir, "config.json");
    writeFileSync(configFile, twoIntegrationsConfigText());

    const result = spawnSync(process.execPath, ["-r", "tsx/cjs", resolve(__dirname, "../../cli/rotate.ts"), "start", "apac"], {
      env: { ...process.env, DBT_OAUTH_CONFIG: configFile },
      encoding: "utf8",
    });

    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`::error file=${configFile}::integrations: no integration with id "apac"; its ids: prod, emea\n`);
    expect(readFileSync(configFile, "utf8")).toBe(twoIntegrationsConfigText());
  });

  describe("check", () => {
    const rotate = (configFile: string, ...args: string[]) =>
      spawnSync(process.execPath, ["-r", "tsx/cjs", resolve(__dirname, "../../cli/rotate.ts"), ...args], {
        env: { ...process.env, DBT_OAUTH_CONFIG: configFile },
        encoding: "utf8",
      });

    it("--help states the verdicts, the exit codes, the timeouts and retries, and the finish rule", () => {
      const help = rotate("unused.json", "--help");
      expect(help.status).toBe(0);
      expect(help.stdout).toContain("Each request times out after 10 s; an unknown outcome is tried 3 times in all,\n2 s apart.");
      expect(help.stdout).toMatch(/ready +invalid_grant.*\(exit 0\)\n +not ready +invalid_client.*\(exit 2\)\n +unknown .*\(exit 1; never ready\)/);
      expect(help.stdout).toContain("finish: allowed once the pending client has checked ready 4 times in a row over --settle-seconds\n(default 60)");
    });

    it("without a workspace to ask (no managed connection, no --workspace) the verdict is unknown, exit 1, saying what to pass; --all skips it", () => {
      const configFile = join(tempDir("rotate-"), "config.json");
      writeFileSync(configFile, twoIntegrationsConfigText());

      const one = rotate(configFile, "check", "emea");
      const all = rotate(configFile, "check", "--all");
      const badRole = rotate(configFile, "check", "emea", "--client", "previous");

      expect(one.status).toBe(1);
      expect(one.stdout).toBe(
        "emea: current client (unread) (AWSCURRENT) at workspace (none): unknown (integrations[id=emea] has no managed dbt Cloud connection, so no workspace is known: pass --workspace HOST (the Databricks workspace host dbt Cloud's connection names, e.g. dbc-a1b2c3d4-e5f6.cloud.databricks.com))\n",
      );
      expect([all.status, all.stdout]).toEqual([0, expect.stringContaining("emea: not checked: no managed dbt Cloud connection names its workspace")]);
      expect([badRole.status, badRole.stdout]).toEqual([1, `::error file=${configFile}::--client: must be current or pending (got "previous")\n`]);
    });
  });

  describe("finish", () => {
    const inProgress = () => twoIntegrationsConfigText({ rotation: { current: "r1", pending: "r2", propagationMinutes: 30 } });
    const finish = (configFile: string, ...flags: string[]) =>
      spawnSync(process.execPath, ["-r", "tsx/cjs", resolve(__dirname, "../../cli/rotate.ts"), "finish", "emea", ...flags], {
        env: { ...process.env, DBT_OAUTH_CONFIG: configFile },
        encoding: "utf8",
      });

    it("refuses while the pending client is younger than the propagation window, and leaves the file alone", () => {
      const configFile = join(tempDir("rotate-"), "config.json");
      writeFileSync(configFile, inProgress());

      const result = finish(configFile, "--created", new Date(Date.now() - 60_000).toISOString());

      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/not finishing yet: the pending client was created .*; Databricks may need until .* \(30 min\) before it can sign in\. Wait, or pass --force/);
      expect(readFileSync(configFile, "utf8")).toBe(inProgress());
    });

    it("finishes once the window has passed, and says what to paste where when the connection is not managed", () => {
      const configFile = join(tempDir("rotate-"), "config.json");
      writeFileSync(configFile, inProgress());

      const result = finish(configFile, "--created", new Date(Date.now() - 31 * 60_000).toISOString());

      expect(result.status).toBe(0);
      expect(JSON.parse(readFileSync(configFile, "utf8")).integrations[1].rotation).toEqual({ current: "r2", propagationMinutes: 30 });
      expect(result.stdout).toContain("--version-stage AWSPENDING");
    });

    it("with --force, finishes early with a warning", () => {
      const configFile = join(tempDir("rotate-"), "config.json");
      writeFileSync(configFile, inProgress());

      const result = finish(configFile, "--force", "--created", new Date().toISOString());

      expect(result.status).toBe(0);
      expect(result.stderr).toContain("warning: --force:");
    });
  });
});
