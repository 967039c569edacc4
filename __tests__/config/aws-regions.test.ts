import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { AWS_REGIONS } from "../../lib/config/facts";

/**
 * The region table is copied from the AWS SDK rather than loaded at synth: the SDK exports
 * no region list, only this data file inside its build. Reading the file here keeps the copy
 * honest: an SDK update that adds a region fails this test until the table has it.
 */
function sdkRegions(): string[] {
  const file = join(dirname(require.resolve("@aws-sdk/core/package.json")), "dist-es/submodules/client/util-endpoints/lib/aws/partitions.js");
  const source = readFileSync(file, "utf8");
  const { partitions } = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as { partitions: { regions: Record<string, unknown> }[] };
  return partitions.flatMap((partition) => Object.keys(partition.regions)).filter((region) => !region.endsWith("-global"));
}

describe("the AWS region table", () => {
  it("given the installed AWS SDK's partitions, when compared, lists exactly its regions", () => {
    expect([...AWS_REGIONS].sort()).toEqual(sdkRegions().sort());
  });
});
