import util from "node:util";
import "../lib/dbt-databricks-oauth-stack";

describe("node-deprecations", () => {
  it("points util.isArray, which cdktf's outputs call, at Array.isArray once the stack module is loaded", () => {
    expect(util.isArray).toBe(Array.isArray);
  });
});
