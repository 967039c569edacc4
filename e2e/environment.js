/**
 * The node environment, plus one flag: whether a test in this file failed, so the
 * sandbox keeps its work folder (state, plans, terraform and emulator logs) for a look.
 */
const { TestEnvironment } = require("jest-environment-node");

class E2eEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name === "test_done" && event.test.errors.length > 0) this.global.__E2E_FAILED__ = true;
    if (event.name === "hook_failure") this.global.__E2E_FAILED__ = true;
  }
}

module.exports = E2eEnvironment;
