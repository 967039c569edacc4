/**
 * Three projects, so each can run alone:
 * - unit: the synthesized JSON and the plain functions in lib/ (fast, no processes)
 * - tools: the Databricks account API emulator and the other test tooling, on their own
 * - e2e: real terraform and real providers against the local emulators (see e2e/)
 */
// Type-checking is `npm run build` (tsc --noEmit); jest only transpiles, file by file.
const tsJest = ["ts-jest", { diagnostics: false }];
const common = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": tsJest },
  moduleFileExtensions: ["ts", "js", "json"],
};

module.exports = {
  reporters: ["default", "<rootDir>/tools/jest-summary-reporter.js"],
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/__tests__/**/*.test.ts"], setupFilesAfterEnv: ["<rootDir>/setup.js"] },
    { ...common, displayName: "tools", testMatch: ["<rootDir>/tools/**/*.test.ts"] },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/e2e/**/*.test.ts"], testEnvironment: "<rootDir>/e2e/environment.js" },
  ],
};
