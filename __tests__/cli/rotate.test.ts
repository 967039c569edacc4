/**
 * Given a config file's text, when an integration's rotation token is set, then the file
 * changes by that one property (or is rewritten, never wrong), and the deploy's new name and
 * secret come from the app's own model. The CLI round trip is what the rotate workflow runs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ConfigError } from "../../lib/config/config-error";
import { rotationTokenAt, setRotation } from "../../cli/rotate";
import { configInput, integrationInput } from "../support/config";

const FILE = "dbt-databricks-oauth.json";

/** Two integrations as a person writes them: 2-space JSON, keys in their own order. */
function configText(emea: Record<string, unknown> = {}): string {
  const config = configInput({
    integrations: [integrationInput(), integrationInput({ id: "emea", name: "dbt-cloud-emea", dbtCloud: { region: "eu1", accountPrefix: "xy789" }, ...emea })],
  });
  return `${JSON.stringify(config, null, 2)}\n`;
}

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const [a, b] = [before.split("\n"), after.split("\n")];
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

describe("setRotation", () => {
  it("adds the token after the integration's id, leaving every other line as it was", () => {
    const before = configText();

    const rotation = setRotation(before, FILE, "emea", "2026-11");

    expect(changedLines(before, rotation.text)).toEqual({ removed: [], added: ['      "rotation": "2026-11",'] });
    expect(rotation).toMatchObject({
      editedInPlace: true,
      previous: "(none)",
      name: "dbt-cloud-emea-2026-11",
      secret: "dbt-databricks-oauth/emea",
      region: "us-east-1",
    });
  });

  it("replaces an existing token in place", () => {
    const before = configText({ rotation: "2026-01" });

    const rotation = setRotation(before, FILE, "emea", "2026-02");

    expect(changedLines(before, rotation.text)).toEqual({ removed: ['      "rotation": "2026-01"'], added: ['      "rotation": "2026-02"'] });
    expect(rotation.previous).toBe("2026-01");
  });

  it("rewrites the file with 2-space indentation when the property cannot be edited in place, with the same content", () => {
    // "id": "prod" written twice (also as a tag) makes the in-place edit ambiguous.
    const before = JSON.stringify(configInput({ aws: { region: "us-east-1", defaultTags: { id: "prod" } }, integrations: [integrationInput()] }));

    const rotation = setRotation(before, FILE, "prod", "r2");

    expect(rotation.editedInPlace).toBe(false);
    expect(rotation.text).toBe(`${JSON.stringify({ ...JSON.parse(before), integrations: [{ ...integrationInput(), rotation: "r2" }] }, null, 2)}\n`);
  });

  it.each([
    ["an unknown integration", "apac", "2026-11", 'integrations: no integration with id "apac"; its ids: prod, emea'],
    ["the token it already has", "emea", "2026-01", 'integrations[id=emea].rotation: is already "2026-01": choose another token'],
    ["a token the schema rejects", "emea", "Not_Valid", 'integrations[1].rotation: rotation must be 1-16 lowercase letters, digits and hyphens, e.g. 2026-11 (got "Not_Valid")'],
  ])("refuses %s, naming the field and the fix", (_, integration, token, problem) => {
    const attempt = () => setRotation(configText({ rotation: "2026-01" }), FILE, integration, token);

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(problem);
  });

  it("uses the config's own secret name and stack name", () => {
    const text = JSON.stringify(configInput({ stackName: "dbt-oauth-eu", integrations: [integrationInput({ secret: { name: "custom/prod" } })] }));

    expect(setRotation(text, FILE, "prod", "r1").secret).toBe("custom/prod");
    expect(setRotation(text.replace(',"secret":{"name":"custom/prod"}', ""), FILE, "prod", "r1").secret).toBe("dbt-oauth-eu/prod");
  });
});

describe("rotationTokenAt", () => {
  it("is the UTC minute, YYYY-MM-DD-HHMM, which the schema accepts", () => {
    const token = rotationTokenAt(new Date("2026-11-28T16:04:59.999Z"));

    expect(token).toBe("2026-11-28-1604");
    expect(() => setRotation(configText(), FILE, "emea", token)).not.toThrow();
  });
});

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

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "rotate-"));
  tempDirs.push(dir);
  return dir;
};

describe("npm run rotate", () => {
  it("writes the file and the workflow step's outputs", () => {
    const dir = tempDir();
    const [configFile, outputs] = [join(dir, "config.json"), join(dir, "github-output")];
    writeFileSync(configFile, configText());
    writeFileSync(outputs, "");

    const result = spawnSync(process.execPath, ["-r", "tsx/cjs", resolve(__dirname, "../../cli/rotate.ts"), "emea", "2026-11"], {
      env: { ...process.env, DBT_OAUTH_CONFIG: configFile, GITHUB_OUTPUT: outputs },
      encoding: "utf8",
    });

    expect(result.status).toBe(0);
    expect(readFileSync(configFile, "utf8")).toBe(setRotation(configText(), configFile, "emea", "2026-11").text);
    expect(readStepOutputs(outputs)).toEqual({
      integration: "emea",
      token: "2026-11",
      previous: "(none)",
      name: "dbt-cloud-emea-2026-11",
      secret: "dbt-databricks-oauth/emea",
      region: "us-east-1",
    });
  });

  it("fails with an annotation and leaves the file alone when the integration is unknown", () => {
    const dir = tempDir();
    const configFile = join(dir, "config.json");
    writeFileSync(configFile, configText());

    const result = spawnSync(process.execPath, ["-r", "tsx/cjs", resolve(__dirname, "../../cli/rotate.ts"), "apac"], {
      env: { ...process.env, DBT_OAUTH_CONFIG: configFile },
      encoding: "utf8",
    });

    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`::error file=${configFile}::integrations: no integration with id "apac"; its ids: prod, emea\n`);
    expect(readFileSync(configFile, "utf8")).toBe(configText());
  });
});
