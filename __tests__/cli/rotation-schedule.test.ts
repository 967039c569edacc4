/**
 * The scheduled rotate run handles every integration that needs a step, one pull request each:
 * scheduledSteps picks them, and rotate.yml's matrix job runs one edit and pull request per entry.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { rotationStatus, type DeployedClients } from "../../cli/rotate";
import { scheduledSteps } from "../../cli/rotation-schedule";
import { parseConfig } from "../../lib/config/load-config";
import { configInput, integrationInput } from "../support/config";

const now = new Date("2026-12-04T06:30:00Z");
const client = (create_time: string, stage: DeployedClients[string]["stage"]) => ({ client_id: `c-${create_time}`, integration_id: "i", create_time, stage });

describe("scheduledSteps", () => {
  test("every ready finish and every due start, not just the first", () => {
    const { config } = parseConfig(
      configInput({
        integrations: [
          integrationInput({ id: "prod", name: "p", rotation: { current: "r1", everyDays: 90 } }),
          integrationInput({ id: "emea", name: "e", dbtCloud: { region: "eu1", accountPrefix: "xy789" }, rotation: { current: "r1", pending: "r2", everyDays: 90 } }),
          integrationInput({ id: "apac", name: "a", dbtCloud: { region: "au1", accountPrefix: "zz111" }, rotation: { current: "r1", everyDays: 90 } }),
          integrationInput({ id: "fresh", name: "f", dbtCloud: { region: "jp1", accountPrefix: "ww222" }, rotation: { current: "r1", everyDays: 90 } }),
        ],
      }),
    );
    const outputs = {
      prod_clients: { value: { r1: client("2026-01-01T00:00:00Z", "AWSCURRENT") } },
      emea_clients: { value: { r1: client("2026-01-01T00:00:00Z", "AWSCURRENT"), r2: client("2026-12-01T00:00:00Z", "AWSPENDING") } },
      apac_clients: { value: { r1: client("2026-08-01T00:00:00Z", "AWSCURRENT") } },
      fresh_clients: { value: { r1: client("2026-11-01T00:00:00Z", "AWSCURRENT") } },
    };
    expect(scheduledSteps(rotationStatus(config, outputs, now))).toEqual([
      { step: "finish", integration: "emea" },
      { step: "start", integration: "prod" },
      { step: "start", integration: "apac" },
    ]);
  });

  test("nothing due, nothing ready: no steps", () => {
    const { config } = parseConfig(configInput({ integrations: [integrationInput({ rotation: { current: "r1", everyDays: 90 } })] }));
    expect(scheduledSteps(rotationStatus(config, { prod_clients: { value: { r1: client("2026-11-01T00:00:00Z", "AWSCURRENT") } } }, now))).toEqual([]);
  });
});

describe("rotate.yml", () => {
  // biome-ignore lint/suspicious/noExplicitAny: a workflow file, read as GitHub reads it
  const workflow = parseYaml(readFileSync(join(__dirname, "../../.github/workflows/rotate.yml"), "utf8")) as any;
  const [edit, openPr] = [workflow.jobs.edit, workflow.jobs["open-pr"]];

  test("the edit job runs once per chosen step (a matrix over the status job's list), and one failure does not cancel the others", () => {
    expect(workflow.jobs.status.outputs.steps).toBe("${{ steps.pick.outputs.steps }}");
    expect(edit.needs).toBe("status");
    expect(openPr.needs).toEqual(["status", "edit"]);
    for (const job of [edit, openPr]) {
      expect(job.strategy).toEqual({ "fail-fast": false, matrix: { include: "${{ fromJSON(needs.status.outputs.steps) }}" } });
      expect(job.if).toContain("needs.status.outputs.steps != '[]'");
    }
  });

  test("each entry edits its own integration and opens its own pull request branch", () => {
    const editStep = edit.steps.find((s: { id?: string }) => s.id === "edit");
    expect(editStep.env).toMatchObject({ STEP: "${{ matrix.step }}", INTEGRATION: "${{ matrix.integration }}" });
    const upload = edit.steps.find((s: { uses?: string }) => s.uses?.startsWith("actions/upload-artifact@"));
    const download = openPr.steps.find((s: { uses?: string }) => s.uses?.startsWith("actions/download-artifact@"));
    expect(upload.with.name).toBe("rotation-${{ matrix.integration }}");
    expect(download.with.name).toBe("rotation-${{ matrix.integration }}");
    const pr = openPr.steps.find((s: { id?: string }) => s.id === "pr");
    expect(pr.with.branch).toBe("rotate/${{ steps.edit.outputs.integration }}-${{ steps.edit.outputs.token }}-${{ steps.edit.outputs.step }}");
  });
});
