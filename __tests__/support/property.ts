/**
 * fast-check settings for the property tests: a bounded number of runs, so the fast suites stay
 * fast, and a fixed seed in CI (CI=true), so a CI run is repeatable. FC_SEED=<n> replays any
 * seed; locally each run draws a new one. On failure fast-check prints the seed, the path and
 * the shrunk counterexample (`fc.assert(…, { seed, path })` replays it).
 */
import fc from "fast-check";

const CI_SEED = 20261204;

export function propertyRuns(numRuns: number, env: NodeJS.ProcessEnv = process.env): fc.Parameters<unknown> {
  const seed = env.FC_SEED ? Number(env.FC_SEED) : env.CI === "true" ? CI_SEED : undefined;
  return { numRuns, ...(seed === undefined ? {} : { seed }) };
}

/** Text with what breaks quoting and templates: quotes, backslashes, newlines, `${`, `%{`, their escapes, any Unicode. */
export function awkwardText(options: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom('"', "\\", "\n", "\r", "\t", "${", "%{", "$${", "%%{", "}", "${x}", "%{ if true }", "~", "$", "%", "\u0000", "\u2028", "é", "😀"),
    fc.string({ unit: "grapheme", maxLength: 6 }),
  );
  return fc.array(piece, { minLength: options.minLength ?? 0, maxLength: 8 }).map((pieces) =>
    Array.from(pieces.join(""))
      .slice(0, options.maxLength ?? 200)
      .join(""),
  );
}
