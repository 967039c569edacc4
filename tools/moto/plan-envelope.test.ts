/**
 * The saved plan's envelope (cli/plan-envelope.ts) against moto's KMS: what the deploy
 * workflow's plan job writes into the artifact holds no plaintext, the apply job gets the
 * exact plan back, and anything altered, replayed in another run or repository, or opened
 * with another key fails before a plan file exists. moto does not enforce key policies: the
 * fault proxy stands in for the AccessDenied a role outside the policy gets (the policy
 * itself is tested in __tests__/cli/plan-key-policy.test.ts).
 */
import { CreateKeyCommand, KMSClient } from "@aws-sdk/client-kms";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { decryptPlan, decryptPlanFile, encryptPlan, encryptPlanFile, parseEnvelope, type EncryptionContext, type PlanEnvelope } from "../../cli/plan-envelope";
import { run } from "../common/run";
import { startFaultProxy, startMoto, type MotoServer } from "./index";

jest.setTimeout(5 * 60_000);

const REPO = path.resolve(__dirname, "..", "..");
const CLI = path.join(REPO, "cli", "plan-envelope.ts");
const SECRET = "dbt-oauth-client-secret-3f9a1c7e";
const THIS_RUN: EncryptionContext = { repository: "acme/dbt-databricks-oauth", run_id: "1001" };

function kmsClient(endpoint: string): KMSClient {
  return new KMSClient({ endpoint, region: "us-east-1", credentials: { accessKeyId: "testing", secretAccessKey: "testing" }, maxAttempts: 1 });
}

/** Stands in for a saved plan: bytes with the client secret in them, as terraform's zip has. */
function planBytes(): Buffer {
  return Buffer.concat([Buffer.from("PK\u0003\u0004tfplan"), Buffer.from(`{"client_secret":"${SECRET}"}`), randomTail()]);
}

function randomTail(): Buffer {
  return Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256));
}

/** The envelope with one byte of a base64 field flipped. */
function flipped(envelope: PlanEnvelope, field: "ciphertext" | "iv" | "tag" | "encryptedDataKey"): PlanEnvelope {
  const bytes = Buffer.from(envelope[field], "base64");
  bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
  return { ...envelope, [field]: bytes.toString("base64") };
}

let moto: MotoServer;
let kms: KMSClient;
let keyArn: string;
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-envelope-test-"));
  moto = await startMoto({ logFile: path.join(tmp, "moto.log"), log: (m) => process.stderr.write(`${m}\n`) });
  kms = kmsClient(moto.url);
  keyArn = (await kms.send(new CreateKeyCommand({ Description: "plan key" }))).KeyMetadata!.Arn!;
});

afterAll(async () => {
  kms?.destroy();
  await moto?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("the round trip through files, as the workflow's two jobs run it", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(tmp, "job-"));
  });

  test("the envelope holds no plaintext, the plan is removed, and decrypting gives the same bytes with mode 0600", async () => {
    const plan = planBytes();
    const planFile = path.join(dir, "plan.tfplan");
    const envelopeFile = path.join(dir, "plan.tfplan.enc");
    fs.writeFileSync(planFile, plan);

    await encryptPlanFile(kms, { keyId: keyArn, input: planFile, output: envelopeFile, context: THIS_RUN });

    expect(fs.existsSync(planFile)).toBe(false);
    const artifact = fs.readFileSync(envelopeFile);
    const envelope = parseEnvelope(artifact.toString("utf8"), envelopeFile);
    for (const haystack of [artifact, Buffer.from(envelope.ciphertext, "base64")]) {
      expect(haystack.includes(SECRET)).toBe(false);
      expect(haystack.includes(plan.subarray(0, 64))).toBe(false);
    }
    expect(envelope).toMatchObject({ keyId: keyArn, encryptionContext: THIS_RUN });

    const decryptedFile = path.join(dir, "decrypted.tfplan");
    await decryptPlanFile(kms, { keyId: keyArn, input: envelopeFile, output: decryptedFile, context: THIS_RUN });

    expect(fs.readFileSync(decryptedFile).equals(plan)).toBe(true);
    expect(fs.statSync(decryptedFile).mode & 0o777).toBe(0o600);
    await expect(decryptPlanFile(kms, { keyId: keyArn, input: envelopeFile, output: decryptedFile, context: THIS_RUN })).rejects.toThrow(
      `${decryptedFile} already exists: remove it, then decrypt again`,
    );
  });

  test("the CLI commands of deploy.yml take the key, the files and the run from the job's environment", async () => {
    const planFile = path.join(dir, "plan.tfplan");
    fs.writeFileSync(planFile, planBytes());
    const env = { ...process.env, ...moto.awsEnv, GITHUB_REPOSITORY: THIS_RUN.repository, GITHUB_RUN_ID: THIS_RUN.run_id };
    const cli = (args: string[], overrides: NodeJS.ProcessEnv = {}) => run(process.execPath, ["-r", "tsx/cjs", CLI, ...args], { cwd: REPO, env: { ...env, ...overrides } });

    const encrypted = await cli(["encrypt", "--key-id", keyArn, "--in", planFile, "--out", `${planFile}.enc`]);
    expect(encrypted).toMatchObject({ code: 0, output: expect.stringContaining("encrypted") });
    expect(fs.existsSync(planFile)).toBe(false);

    const otherRun = await cli(["decrypt", "--key-id", keyArn, "--in", `${planFile}.enc`, "--out", planFile], { GITHUB_RUN_ID: "1002" });
    expect(otherRun.code).toBe(1);
    expect(otherRun.output).toContain("the plan was encrypted for repository=acme/dbt-databricks-oauth, run_id=1001, not for this job");
    expect(fs.existsSync(planFile)).toBe(false);

    const noRun = await cli(["decrypt", "--key-id", keyArn, "--in", `${planFile}.enc`, "--out", planFile], { GITHUB_RUN_ID: "" });
    expect(noRun).toMatchObject({ code: 1, output: expect.stringContaining("GITHUB_RUN_ID not set") });

    const decrypted = await cli(["decrypt", "--key-id", keyArn, "--in", `${planFile}.enc`, "--out", planFile]);
    expect(decrypted.code).toBe(0);
    expect(fs.readFileSync(planFile).includes(SECRET)).toBe(true);
    expect(`${encrypted.output}${decrypted.output}`).not.toContain(SECRET);
  });
});

describe("nothing but the untouched envelope of this run, repository and key decrypts", () => {
  let envelope: PlanEnvelope;
  beforeAll(async () => {
    envelope = await encryptPlan(kms, keyArn, planBytes(), THIS_RUN);
  });

  test.each(["ciphertext", "iv", "tag"] as const)("a flipped byte in the %s fails authentication", async (field) => {
    await expect(decryptPlan(kms, keyArn, flipped(envelope, field), THIS_RUN)).rejects.toThrow("AES-GCM authentication failed");
  });

  test("a flipped byte in the encrypted data key makes KMS refuse it", async () => {
    await expect(decryptPlan(kms, keyArn, flipped(envelope, "encryptedDataKey"), THIS_RUN)).rejects.toThrow(/KMS Decrypt on .* failed \(InvalidCiphertextException/);
  });

  test.each([
    ["another run", { ...THIS_RUN, run_id: "1002" }],
    ["another repository", { ...THIS_RUN, repository: "mallory/fork" }],
  ])("in %s it fails, even when the envelope's stored context is edited to match", async (_, otherContext) => {
    await expect(decryptPlan(kms, keyArn, envelope, otherContext)).rejects.toThrow("not for this job");

    const replayed = { ...envelope, encryptionContext: otherContext };
    await expect(decryptPlan(kms, keyArn, replayed, otherContext)).rejects.toThrow(/KMS Decrypt on .* failed \(InvalidCiphertextException/);
  });

  test("another KMS key does not open it", async () => {
    const otherKey = (await kms.send(new CreateKeyCommand({ Description: "another key" }))).KeyMetadata!.Arn!;

    await expect(decryptPlan(kms, otherKey, envelope, THIS_RUN)).rejects.toThrow(`KMS Decrypt on ${otherKey} failed`);
  });

  test("a role the key policy does not name gets AccessDenied: no plan file, and the message names the deploy role", async () => {
    const proxy = await startFaultProxy({ target: moto.url });
    const viaProxy = kmsClient(proxy.url);
    const dir = fs.mkdtempSync(path.join(tmp, "denied-"));
    try {
      fs.writeFileSync(path.join(dir, "plan.tfplan.enc"), JSON.stringify(envelope));
      proxy.fail("kms", { status: 400, code: "AccessDeniedException", message: "not authorized to perform kms:Decrypt" }, { operations: ["Decrypt"] });

      const attempt = decryptPlanFile(viaProxy, { keyId: keyArn, input: path.join(dir, "plan.tfplan.enc"), output: path.join(dir, "plan.tfplan"), context: THIS_RUN });

      await expect(attempt).rejects.toThrow(/KMS Decrypt on .* failed \(AccessDeniedException: .*\): only the deploy role may decrypt/);
      expect(proxy.faulted.kms).toBe(1);
      expect(fs.readdirSync(dir)).toEqual(["plan.tfplan.enc"]);
    } finally {
      viaProxy.destroy();
      await proxy.stop();
    }
  });
});
