/**
 * Given what a job has (its environment, an envelope file), when the plan envelope reads
 * them, then a missing run or a damaged file fails with a message naming what and why, before
 * KMS is asked. The KMS round trip, tampering and replay are tested against moto in
 * tools/moto/plan-envelope.test.ts.
 */
import { ENVELOPE_FORMAT, encryptionContextFromEnv, parseEnvelope, PlanEnvelopeError } from "../../cli/plan-envelope";

const ENVELOPE = {
  format: ENVELOPE_FORMAT,
  keyId: "arn:aws:kms:us-east-1:111122223333:key/0d26daa6-5e44-4c97-a497-ef015f91254a",
  encryptionContext: { repository: "acme/dbt-databricks-oauth", run_id: "1001" },
  encryptedDataKey: "AQIDBA==",
  iv: "AAAAAAAAAAAAAAAA",
  tag: "AAAAAAAAAAAAAAAAAAAAAA==",
  ciphertext: "c2VjcmV0",
};

describe("encryptionContextFromEnv", () => {
  it("binds the plan to the job's repository and run", () => {
    expect(encryptionContextFromEnv({ GITHUB_REPOSITORY: "acme/dbt-databricks-oauth", GITHUB_RUN_ID: "1001" })).toEqual({
      repository: "acme/dbt-databricks-oauth",
      run_id: "1001",
    });
  });

  it("refuses to run without them, naming both variables", () => {
    expect(() => encryptionContextFromEnv({ GITHUB_RUN_ID: "" })).toThrow(
      new PlanEnvelopeError(
        "GITHUB_REPOSITORY and GITHUB_RUN_ID not set: the plan is bound to the GitHub repository and workflow run that made it (GitHub Actions sets both; elsewhere, set them by hand)",
      ),
    );
  });
});

describe("parseEnvelope", () => {
  it("reads an envelope as the encrypt command writes it", () => {
    expect(parseEnvelope(`${JSON.stringify(ENVELOPE)}\n`, "plan.tfplan.enc")).toEqual(ENVELOPE);
  });

  it.each([
    ["a plain plan instead of an envelope", "PK\u0003\u0004", /^plan\.tfplan\.enc is not a plan envelope: Unexpected token/],
    ["another format version", JSON.stringify({ ...ENVELOPE, format: "plan-envelope/v0" }), /is not a dbt-databricks-oauth\/plan-envelope\/v1 envelope: format: /],
    ["a field that is not base64", JSON.stringify({ ...ENVELOPE, tag: "not base64!" }), /envelope: tag: Invalid base64/],
    ["a missing data key", JSON.stringify({ ...ENVELOPE, encryptedDataKey: undefined }), /envelope: encryptedDataKey: /],
    ["a field it does not know", JSON.stringify({ ...ENVELOPE, plaintext: "x" }), /envelope: \(the file\): Unrecognized key: "plaintext"/],
  ])("refuses %s, naming the file and the field", (_, text, message) => {
    expect(() => parseEnvelope(text, "plan.tfplan.enc")).toThrow(message);
  });
});
