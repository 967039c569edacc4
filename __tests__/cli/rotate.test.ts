/**
 * Given a config file's text, when a rotation starts or finishes, then the file changes by
 * the rotation property only (the rest of the formatting kept), and the new
 * clients come from the app's own model; finishing waits for the propagation window; status
 * says what is deployed, what is due and what is ready.
 */
import { ConfigError } from "../../lib/config/config-error";
import { parseConfig } from "../../lib/config/load-config";
import { dbtCloudInstructions, finishReadiness, finishRotation, rotationStatus, rotationTokenAt, startRotation, type DeployedClients } from "../../cli/rotate";
import { configInput, integrationInput, MANAGED_DBT_CLOUD, parsedOnlyIntegration, twoIntegrationsConfigText } from "../support/config";

const FILE = "dbt-databricks-oauth.json";

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const [a, b] = [before.split("\n"), after.split("\n")];
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

describe("startRotation (step 1)", () => {
  it("adds rotation.pending to the integration, leaving every other line as it was", () => {
    const before = twoIntegrationsConfigText();

    const rotation = startRotation(before, FILE, "emea", "2026-11");

    expect(changedLines(before, rotation.text).removed).toEqual([]);
    expect(JSON.parse(rotation.text).integrations[1].rotation).toEqual({ pending: "2026-11" });
    expect(rotation).toMatchObject({ step: "start", previous: "(none)", token: "2026-11" });
    expect(rotation.spec.rotation.pending).toMatchObject({ name: "dbt-cloud-emea-2026-11", stage: "AWSPENDING" });
    expect(rotation.spec.secret.name).toBe("dbt-databricks-oauth/emea");
  });

  it("turns the legacy string form into the object form, keeping its token as current", () => {
    const rotation = startRotation(twoIntegrationsConfigText({ rotation: "2026-01" }), FILE, "emea", "2026-02");

    expect(JSON.parse(rotation.text).integrations[1].rotation).toEqual({ current: "2026-01", pending: "2026-02" });
    expect(rotation.previous).toBe("2026-01");
  });

  it("keeps the hand-written layout of every other line, and the rotation policy", () => {
    const before = `{\n  "databricks": { "accountId": "0d26daa6-5e44-4c97-a497-ef015f91254a" },\n  "aws": { "region": "us-east-1" },\n  "integrations": [\n    {\n      "id": "prod", "name": "dbt-cloud-prod", "dbtCloud": { "region": "us1", "accountPrefix": "ab123" },\n      "rotation": { "current": "r1", "everyDays": 90 }\n    }\n  ]\n}\n`;

    const rotation = startRotation(before, FILE, "prod", "r2");

    expect(changedLines(before, rotation.text).removed).toEqual(['      "rotation": { "current": "r1", "everyDays": 90 }']);
    expect(rotation.spec.rotation).toMatchObject({ current: { token: "r1" }, pending: { token: "r2" }, everyDays: 90 });
  });

  it.each([
    ["an unknown integration", "apac", "2026-11", 'integrations: no integration with id "apac"; its ids: prod, emea'],
    ["the token it already has", "emea", "2026-01", "integrations[1].rotation.pending: must differ from rotation.current"],
    [
      "a token the schema rejects",
      "emea",
      "Not_Valid",
      'integrations[1].rotation.pending: rotation.pending must be 1-16 lowercase letters, digits and hyphens, e.g. 2026-11 (got "Not_Valid")',
    ],
  ])("refuses %s, naming the field and the fix", (_, integration, token, problem) => {
    const attempt = () => startRotation(twoIntegrationsConfigText({ rotation: "2026-01" }), FILE, integration, token);

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(problem);
  });

  it("refuses a second start while a rotation is in progress", () => {
    const attempt = () => startRotation(twoIntegrationsConfigText({ rotation: { current: "r1", pending: "r2" } }), FILE, "emea", "r3");
    expect(attempt).toThrow('integrations[id=emea].rotation.pending: a rotation to "r2" is in progress: run `npm run rotate -- finish emea` first');
  });
});

describe("finishRotation (step 2)", () => {
  it("makes the pending token current and removes pending", () => {
    const rotation = finishRotation(twoIntegrationsConfigText({ rotation: { current: "r1", pending: "r2", everyDays: 90 } }), FILE, "emea");

    expect(JSON.parse(rotation.text).integrations[1].rotation).toEqual({ current: "r2", everyDays: 90 });
    expect(rotation).toMatchObject({ step: "finish", token: "r2", previous: "r1" });
    expect(rotation.spec.rotation.current).toMatchObject({ name: "dbt-cloud-emea-r2", resourceName: "emea_r2", stage: "AWSCURRENT" });
  });

  it("refuses when no rotation is in progress", () => {
    expect(() => finishRotation(twoIntegrationsConfigText({ rotation: "r1" }), FILE, "emea")).toThrow("no rotation in progress: start one with `npm run rotate -- start emea`");
  });
});

describe("finishReadiness", () => {
  const clients: DeployedClients = {
    r1: { client_id: "c1", integration_id: "i1", create_time: "2026-11-01T00:00:00Z", stage: "AWSCURRENT" },
    r2: { client_id: "c2", integration_id: "i2", create_time: "2026-11-28T16:00:00Z", stage: "AWSPENDING" },
  };

  it("is not ready while the pending client is younger than the window, and says until when", () => {
    const readiness = finishReadiness(clients, 30, new Date("2026-11-28T16:29:59Z"));
    expect(readiness).toMatchObject({ ready: false, readyAt: new Date("2026-11-28T16:30:00Z") });
    expect(readiness.reason).toContain("may need until 2026-11-28T16:30:00.000Z (30 min)");
  });

  it("is ready once the window has passed", () => {
    expect(finishReadiness(clients, 30, new Date("2026-11-28T16:30:00Z")).ready).toBe(true);
  });

  it("takes --created over the deployed outputs, and is not ready without either", () => {
    expect(finishReadiness(undefined, 30, new Date("2026-11-28T16:30:00Z"), new Date("2026-11-28T16:10:00Z")).ready).toBe(false);
    expect(finishReadiness(undefined, 30, new Date())).toMatchObject({ ready: false, reason: expect.stringContaining("no pending client is deployed yet") });
  });
});

describe("rotationStatus", () => {
  const now = new Date("2027-02-01T00:00:00Z");
  const outputs = (clients: DeployedClients) => ({ prod_clients: { value: clients } });

  it("says when the current client was issued and when the next rotation is due, and whether it is due", () => {
    const { config } = parseConfig(configInput({ integrations: [integrationInput({ rotation: { current: "r1", everyDays: 90 } })] }));
    const [status] = rotationStatus(config, outputs({ r1: { client_id: "c1", integration_id: "i1", create_time: "2026-11-01T00:00:00Z", stage: "AWSCURRENT" } }), now);
    expect(status).toMatchObject({ integration: "prod", current: "r1", currentClientId: "c1", issuedAt: "2026-11-01T00:00:00Z", nextDue: "2027-01-30T00:00:00.000Z", due: true });
    expect(status?.dbtCloud).toBe("not managed: pasted by hand");
  });

  it("during a rotation, reports the pending client and whether finish is ready, and is not due again", () => {
    const { config } = parseConfig(configInput({ integrations: [integrationInput({ dbtCloud: MANAGED_DBT_CLOUD, rotation: { current: "r1", pending: "r2", everyDays: 90 } })] }));
    const [status] = rotationStatus(
      config,
      outputs({
        r1: { client_id: "c1", integration_id: "i1", create_time: "2026-11-01T00:00:00Z", stage: "AWSCURRENT" },
        r2: { client_id: "c2", integration_id: "i2", create_time: "2027-01-31T23:00:00Z", stage: "AWSPENDING" },
      }),
      now,
    );
    expect(status).toMatchObject({ pending: "r2", pendingClientId: "c2", due: false, finish: { ready: true } });
    expect(status?.dbtCloud).toContain('managed connection "Databricks (prod)"');
  });
});

describe("dbtCloudInstructions", () => {
  it("tells a person exactly what to paste where when the connection is not managed", () => {
    const text = dbtCloudInstructions(parsedOnlyIntegration(), "us-east-1");
    expect(text).toContain("--secret-id 'dbt-databricks-oauth/prod' --version-stage AWSPENDING");
    expect(text).toContain("Settings → Projects → the project → Connection → OAuth Client ID / OAuth Client Secret");
  });

  it("says nothing is pasted by hand when the connection is managed", () => {
    const managed = parsedOnlyIntegration(configInput({ integrations: [integrationInput({ dbtCloud: MANAGED_DBT_CLOUD })] }));
    expect(dbtCloudInstructions(managed, "us-east-1")).toContain("nothing to paste by hand");
  });
});

describe("rotationTokenAt", () => {
  it("is the UTC minute, YYYY-MM-DD-HHMM, which the schema accepts", () => {
    const token = rotationTokenAt(new Date("2026-11-28T16:04:59.999Z"));

    expect(token).toBe("2026-11-28-1604");
    expect(() => startRotation(twoIntegrationsConfigText(), FILE, "emea", token)).not.toThrow();
  });
});
