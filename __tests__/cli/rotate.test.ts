/**
 * Given a config file's text, when an integration's rotation token is set, then the file
 * changes by that one property (or is rewritten, never wrong), and the deploy's new name and
 * secret come from the app's own model. The CLI round trip is what the rotate workflow runs.
 */
import { ConfigError } from "../../lib/config/config-error";
import { rotationTokenAt, setRotation } from "../../cli/rotate";
import { configInput, integrationInput, twoIntegrationsConfigText } from "../support/config";

const FILE = "dbt-databricks-oauth.json";

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const [a, b] = [before.split("\n"), after.split("\n")];
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

describe("setRotation", () => {
  it("adds the token after the integration's id, leaving every other line as it was", () => {
    const before = twoIntegrationsConfigText();

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
    const before = twoIntegrationsConfigText({ rotation: "2026-01" });

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
    const attempt = () => setRotation(twoIntegrationsConfigText({ rotation: "2026-01" }), FILE, integration, token);

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
    expect(() => setRotation(twoIntegrationsConfigText(), FILE, "emea", token)).not.toThrow();
  });
});
