// @ts-check
/**
 * Four projects, so each can run alone:
 * - unit: the synthesized JSON and the plain functions in lib/ and cli/, in process (fast)
 * - processes: unit tests that start the app or a CLI as a process (`*.spawn.test.ts`)
 * - tools: the emulators and the other test tooling, on their own
 * - e2e: real terraform and real providers against the local emulators (see e2e/)
 */
// The pinned AWS SDK warns on every client that releases after January 2027 need Node 22:
// test tooling pinned here, so the warning would only bury the test output. Workers inherit it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

// Type-checking is `npm run build` (tsc --noEmit); jest only transpiles, file by file.
const tsJest = ["ts-jest", { diagnostics: false }];
const common = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": tsJest },
  moduleFileExtensions: ["ts", "js", "json"],
};

/** @type {import("jest").Config} */
module.exports = {
  // Two workers even on two cores: the e2e files spend much of their time waiting on terraform
  // and the emulators, and each has its own sandbox (measured: 8 e2e files 10.9 min with 2
  // workers at load 4-5, while the files' own times add up to 21 min).
  maxWorkers: 2,
  reporters: ["default", "<rootDir>/tools/jest-summary-reporter.js"],
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/__tests__/**/*.test.ts"],
      testPathIgnorePatterns: ["\\.spawn\\.test\\.ts$"],
      setupFilesAfterEnv: ["<rootDir>/setup.js"],
    },
    { ...common, displayName: "processes", testMatch: ["<rootDir>/__tests__/**/*.spawn.test.ts"], setupFilesAfterEnv: ["<rootDir>/setup.js"] },
    // Both projects with emulators fail a test whose exchanges drift from the published contracts (tools/contracts/).
    { ...common, displayName: "tools", testMatch: ["<rootDir>/tools/**/*.test.ts"], setupFilesAfterEnv: ["<rootDir>/tools/contracts/tools.setup.ts"] },
    {
      ...common,
      displayName: "e2e",
      testMatch: ["<rootDir>/e2e/**/*.test.ts"],
      testEnvironment: "<rootDir>/e2e/environment.js",
      globalSetup: "<rootDir>/e2e/global-setup.ts",
      setupFilesAfterEnv: ["<rootDir>/e2e/contracts.setup.ts"],
    },
  ],
};
