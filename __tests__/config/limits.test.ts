/**
 * Every numeric limit, by behaviour: the edge value is accepted and the first value past it is
 * rejected, with the problem at that field's path (not by message text, which may name the
 * number whatever the check does). The limits of lib/config/facts.ts, then the schema's lengths.
 * The numbers are the services' own (the account API's token lifetimes, Secrets Manager's
 * recovery window), written here and not read from facts.ts, so a wrong fact fails too.
 */
import { ConfigError } from "../../lib/config/config-error";
import { configJsonSchema } from "../../lib/config/json-schema";
import { parseConfig } from "../../lib/config/load-config";
import type { ConfigInput } from "../../lib/config/schema";
import { configInput, integrationInput } from "../support/config";

type IntegrationInput = ConfigInput["integrations"][number];

/** The distinct paths of the problems a config has; [] when it is valid. */
function problemPaths(integration: Partial<IntegrationInput>): string[] {
  try {
    parseConfig(configInput({ integrations: [integrationInput(integration)] }));
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return [...new Set(error.problems.map((problem) => problem.path))];
  }
}

interface Limit {
  field: string;
  /** The problem's path when the value is out of range. */
  path: string;
  min: number;
  max: number;
  /** An integration with this value in the field (and whatever else it needs to be valid at both edges). */
  at: (value: number) => Partial<IntegrationInput>;
}

const LIMITS: Limit[] = [
  {
    field: "accessTokenMinutes (facts.ts ACCESS_TOKEN_MINUTES)",
    path: "integrations[0].tokenLifetimes.accessTokenMinutes",
    min: 5,
    max: 1440,
    at: (value) => ({ tokenLifetimes: { accessTokenMinutes: value, refreshTokenMinutes: 129600 } }),
  },
  {
    field: "refreshTokenMinutes (facts.ts REFRESH_TOKEN_MINUTES)",
    path: "integrations[0].tokenLifetimes.refreshTokenMinutes",
    min: 5,
    max: 129600,
    at: (value) => ({ tokenLifetimes: { accessTokenMinutes: 5, refreshTokenMinutes: value } }),
  },
  {
    field: "recoveryWindowDays (facts.ts RECOVERY_WINDOW_DAYS)",
    path: "integrations[0].secret.recoveryWindowDays",
    min: 7,
    max: 30,
    at: (value) => ({ secret: { recoveryWindowDays: value } }),
  },
  { field: "secret.description length", path: "integrations[0].secret.description", min: 0, max: 2048, at: (n) => ({ secret: { description: "d".repeat(n) } }) },
  { field: "secret tag value length", path: "integrations[0].secret.tags.team", min: 0, max: 256, at: (n) => ({ secret: { tags: { team: "v".repeat(n) } } }) },
  { field: "id length", path: "integrations[0].id", min: 1, max: 32, at: (n) => ({ id: "i".repeat(n) }) },
  { field: "name length", path: "integrations[0].name", min: 1, max: 64, at: (n) => ({ name: "n".repeat(n) }) },
  { field: "rotation token length", path: "integrations[0].rotation.current", min: 1, max: 16, at: (n) => ({ rotation: { current: "r".repeat(n) } }) },
];

describe.each(LIMITS)("$field", ({ path, min, max, at }) => {
  it(`accepts the edges ${min} and ${max}`, () => {
    expect(problemPaths(at(min))).toEqual([]);
    expect(problemPaths(at(max))).toEqual([]);
  });

  it(`rejects ${max} + 1 at its path`, () => {
    expect(problemPaths(at(max + 1))).toEqual([path]);
  });

  if (min > 0) {
    it(`rejects ${min} - 1 at its path`, () => {
      expect(problemPaths(at(min - 1))).toEqual([path]);
    });
  }
});

describe("the published JSON Schema", () => {
  // What an editor checks as the file is typed: the same ranges. Refresh 4 is rejected by the
  // refresh >= access rule whatever its own minimum, so only the schema shows a wrong minimum.
  const lifetimes = (
    configJsonSchema() as { properties: { integrations: { items: { properties: { tokenLifetimes: { properties: Record<string, { minimum?: number; maximum?: number }> } } } } } }
  ).properties.integrations.items.properties.tokenLifetimes.properties;

  it.each([
    ["accessTokenMinutes", 5, 1440],
    ["refreshTokenMinutes", 5, 129600],
  ])("gives %s the range %d..%d", (field, minimum, maximum) => {
    expect(lifetimes[field]).toMatchObject({ minimum, maximum });
  });
});
