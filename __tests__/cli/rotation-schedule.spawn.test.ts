/**
 * The scheduled rotate run as processes: `npm run rotate -- status` (as the workflow's status job
 * runs it) lists every integration that needs a step in its `steps` output, and the workflow's
 * "Choose the steps" script, run with bash as the runner does, hands that list (or the one step
 * asked for by hand) to the matrix job.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { tempDir } from "../support/temp-dir";
import { twoIntegrationsConfigText } from "../support/config";

/** $GITHUB_OUTPUT as the runner reads it: `name=value` lines or `name<<DELIMITER` heredocs. */
function readStepOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (lines[i]!.includes("=")) outputs[lines[i]!.slice(0, lines[i]!.indexOf("="))] = lines[i]!.slice(lines[i]!.indexOf("=") + 1);
  }
  return outputs;
}

const longAgo = "2026-01-01T00:00:00Z";

test("rotate status: both integrations need a step (emea ready to finish, prod due), and both are in `steps`", () => {
  const dir = tempDir("rotate-schedule-");
  const [configFile, outputsFile, githubOutput] = [join(dir, "config.json"), join(dir, "outputs.json"), join(dir, "github-output")];
  const config = JSON.parse(twoIntegrationsConfigText({ rotation: { current: "r1", pending: "r2", everyDays: 90 } }));
  config.integrations[0].rotation = { current: "r1", everyDays: 90 };
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const deployed = (token: string, stage: string) => ({ [token]: { client_id: `c-${token}`, integration_id: `i-${token}`, create_time: longAgo, stage } });
  writeFileSync(
    outputsFile,
    JSON.stringify({ prod_clients: { value: deployed("r1", "AWSCURRENT") }, emea_clients: { value: { ...deployed("r1", "AWSCURRENT"), ...deployed("r2", "AWSPENDING") } } }),
  );
  writeFileSync(githubOutput, "");

  const result = spawnSync(process.execPath, ["-r", "tsx/cjs", resolve(__dirname, "../../cli/rotate.ts"), "status", "--outputs", outputsFile], {
    env: { ...process.env, DBT_OAUTH_CONFIG: configFile, GITHUB_OUTPUT: githubOutput },
    encoding: "utf8",
  });

  expect(result.status).toBe(0);
  expect(JSON.parse(readStepOutputs(githubOutput).steps!)).toEqual([
    { step: "finish", integration: "emea" },
    { step: "start", integration: "prod" },
  ]);
});

describe("rotate.yml's 'Choose the steps' script", () => {
  // biome-ignore lint/suspicious/noExplicitAny: a workflow file, read as GitHub reads it
  const workflow = parseYaml(readFileSync(join(__dirname, "../../.github/workflows/rotate.yml"), "utf8")) as any;
  const script: string = workflow.jobs.status.steps.find((s: { id?: string }) => s.id === "pick").run;

  function pick(env: Record<string, string>) {
    const dir = tempDir("rotate-pick-");
    const [file, output, summary] = [join(dir, "step.sh"), join(dir, "output"), join(dir, "summary")];
    writeFileSync(file, script);
    writeFileSync(output, "");
    writeFileSync(summary, "");
    // How the runner runs a `run:` step with the default shell.
    const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", file], {
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env },
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    return { steps: JSON.parse(readStepOutputs(output).steps!), summary: readFileSync(summary, "utf8") };
  }

  test("on schedule it passes every step on, and says which", () => {
    const scheduled = '[{"step":"finish","integration":"emea"},{"step":"start","integration":"prod"}]';
    expect(pick({ EVENT: "schedule", SCHEDULED: scheduled })).toEqual({ steps: JSON.parse(scheduled), summary: "Rotation steps: finish emea, start prod\n" });
  });

  test("on schedule with nothing to do it passes [] (the matrix job is skipped) and says so", () => {
    expect(pick({ EVENT: "schedule", SCHEDULED: "[]" })).toEqual({ steps: [], summary: "Nothing to do: no rotation due and none ready to finish.\n" });
  });

  // Inputs that could forge JSON or an output are refused before anything is written: __tests__/workflows.test.ts.
  test("by hand it passes exactly the one step asked for, as the matrix of one", () => {
    expect(pick({ EVENT: "workflow_dispatch", STEP: "finish", INTEGRATION: "emea" }).steps).toEqual([{ step: "finish", integration: "emea" }]);
  });
});
