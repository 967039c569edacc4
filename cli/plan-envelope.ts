/**
 * npm run plan:encrypt -- --key-id KEY_ARN --in PLAN --out ENVELOPE
 * npm run plan:decrypt -- --key-id KEY_ARN --in ENVELOPE --out PLAN
 * npm run plan:key-policy -- --repository ORG/REPO --plan-role ARN --deploy-role ARN --admin ARN...
 *
 * A saved Terraform plan holds the prior state, so the client secret in clear. deploy.yml
 * passes it from the plan job to the apply job as an artifact, which anyone who can read the
 * repository can download: so the artifact holds only this envelope. Envelope encryption
 * with KMS: GenerateDataKey gives a fresh AES-256 key (in clear, in memory only, and
 * encrypted under the KMS key); AES-256-GCM encrypts the plan with it; the envelope keeps the
 * encrypted data key, IV, tag and ciphertext. Only the deploy role may call KMS Decrypt on
 * the key (cli/plan-key-policy.ts), so only the apply job can recover the data key.
 *
 * The encryption context {repository, run_id} comes from the job's GITHUB_REPOSITORY and
 * GITHUB_RUN_ID and is never taken from the envelope: KMS releases the data key only for the
 * context it was generated with, so an envelope cannot be replayed in another run or
 * repository. The same context is the GCM additional data, so the header cannot be edited.
 *
 * encrypt removes the plan after writing the envelope; decrypt writes the plan with mode 0600
 * and refuses to overwrite a file. Exit 0 on success, 1 with one line saying why otherwise.
 *
 * Why not the AWS Encryption SDK: it does the same envelope with its own message format and
 * about a dozen more packages; this is one AWS SDK client at the version line we already
 * use, plus node:crypto's AES-GCM.
 */
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from "@aws-sdk/client-kms";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { planKeyPolicy, planKeyPolicyProblems, REPOSITORY_CONTEXT_KEY } from "./plan-key-policy";

export const ENVELOPE_FORMAT = "dbt-databricks-oauth/plan-envelope/v1";
const CIPHER = "aes-256-gcm";
const IV_BYTES = 12; // GCM's standard nonce length
const TAG_BYTES = 16;

export type EncryptionContext = Record<string, string>;

const base64 = z.base64();
const envelopeSchema = z.strictObject({
  format: z.literal(ENVELOPE_FORMAT),
  keyId: z.string().min(1),
  encryptionContext: z.record(z.string(), z.string()),
  encryptedDataKey: base64,
  iv: base64,
  tag: base64,
  ciphertext: base64,
});
export type PlanEnvelope = z.output<typeof envelopeSchema>;

/** A failure with a message that says what happened and what to do; the CLI prints only that. */
export class PlanEnvelopeError extends Error {
  override name = "PlanEnvelopeError";
}

/** {repository, run_id} of the GitHub Actions job running this. */
export function encryptionContextFromEnv(env: NodeJS.ProcessEnv): EncryptionContext {
  const missing = ["GITHUB_REPOSITORY", "GITHUB_RUN_ID"].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new PlanEnvelopeError(
      `${missing.join(" and ")} not set: the plan is bound to the GitHub repository and workflow run that made it (GitHub Actions sets both; elsewhere, set them by hand)`,
    );
  }
  return { [REPOSITORY_CONTEXT_KEY]: env.GITHUB_REPOSITORY!, run_id: env.GITHUB_RUN_ID! };
}

/** The context as GCM additional data: one canonical byte string whatever the key order. */
function additionalData(context: EncryptionContext): Buffer {
  const sorted = Object.keys(context)
    .sort()
    .map((key) => [key, context[key]]);
  return Buffer.from(JSON.stringify([ENVELOPE_FORMAT, sorted]));
}

function describeContext(context: EncryptionContext): string {
  return Object.entries(context)
    .map(([key, value]) => `${key}=${value}`)
    .join(", ");
}

function kmsFailure(operation: string, keyId: string, error: unknown): PlanEnvelopeError {
  const { name, message } = error as Error;
  const hint =
    operation === "Decrypt"
      ? "only the deploy role may decrypt, and only an envelope made with this key for this repository and run (see docs/github-actions.md, the plan key)"
      : "the plan role needs kms:GenerateDataKey on the key, for this repository's encryption context (see docs/github-actions.md, the plan key)";
  return new PlanEnvelopeError(`KMS ${operation} on ${keyId} failed (${name}: ${message}): ${hint}`);
}

export async function encryptPlan(kms: KMSClient, keyId: string, plan: Buffer, context: EncryptionContext): Promise<PlanEnvelope> {
  const dataKey = await kms.send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: "AES_256", EncryptionContext: context })).catch((error) => {
    throw kmsFailure("GenerateDataKey", keyId, error);
  });
  if (!dataKey.Plaintext || !dataKey.CiphertextBlob || !dataKey.KeyId) throw new PlanEnvelopeError(`KMS GenerateDataKey on ${keyId} answered without a data key`);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(CIPHER, dataKey.Plaintext, iv, { authTagLength: TAG_BYTES });
  dataKey.Plaintext.fill(0); // the cipher holds its own copy; ours should not linger in memory
  cipher.setAAD(additionalData(context));
  const ciphertext = Buffer.concat([cipher.update(plan), cipher.final()]);
  return {
    format: ENVELOPE_FORMAT,
    keyId: dataKey.KeyId,
    encryptionContext: context,
    encryptedDataKey: Buffer.from(dataKey.CiphertextBlob).toString("base64"),
    iv: iv.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
    ciphertext: ciphertext.toString("base64"),
  };
}

/** The plan, if `envelope` was made with `keyId` for exactly `context` and nothing in it changed. */
export async function decryptPlan(kms: KMSClient, keyId: string, envelope: PlanEnvelope, context: EncryptionContext): Promise<Buffer> {
  // The context KMS checks is ours, never the envelope's; comparing first only gives a clearer message.
  if (additionalData(envelope.encryptionContext).compare(additionalData(context)) !== 0) {
    throw new PlanEnvelopeError(
      `the plan was encrypted for ${describeContext(envelope.encryptionContext)}, not for this job (${describeContext(context)}): apply only the plan of the same run`,
    );
  }
  const dataKey = await kms
    .send(new DecryptCommand({ KeyId: keyId, CiphertextBlob: Buffer.from(envelope.encryptedDataKey, "base64"), EncryptionContext: context }))
    .catch((error) => {
      throw kmsFailure("Decrypt", keyId, error);
    });
  if (!dataKey.Plaintext) throw new PlanEnvelopeError(`KMS Decrypt on ${keyId} answered without the data key`);
  const decipher = createDecipheriv(CIPHER, dataKey.Plaintext, Buffer.from(envelope.iv, "base64"), { authTagLength: TAG_BYTES });
  dataKey.Plaintext.fill(0);
  decipher.setAAD(additionalData(context));
  decipher.setAuthTag(Buffer.from(envelope.tag, "base64"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(envelope.ciphertext, "base64")), decipher.final()]);
  } catch {
    throw new PlanEnvelopeError("the envelope's ciphertext, IV or tag was altered (AES-GCM authentication failed): nothing was decrypted; plan again");
  }
}

export function parseEnvelope(text: string, file: string): PlanEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PlanEnvelopeError(`${file} is not a plan envelope: ${(error as Error).message}`);
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(the file)"}: ${issue.message}`);
    throw new PlanEnvelopeError(`${file} is not a ${ENVELOPE_FORMAT} envelope: ${problems.join("; ")}`);
  }
  return parsed.data;
}

export interface PlanFiles {
  keyId: string;
  input: string;
  output: string;
  context: EncryptionContext;
}

/** Writes the envelope of `input` to `output`, then removes `input`. */
export async function encryptPlanFile(kms: KMSClient, files: PlanFiles): Promise<void> {
  const envelope = await encryptPlan(kms, files.keyId, readFileSync(files.input), files.context);
  writeFileSync(files.output, `${JSON.stringify(envelope)}\n`);
  rmSync(files.input);
}

/** Writes the plan in the envelope `input` to `output` (new file, mode 0600). */
export async function decryptPlanFile(kms: KMSClient, files: PlanFiles): Promise<void> {
  const plan = await decryptPlan(kms, files.keyId, parseEnvelope(readFileSync(files.input, "utf8"), files.input), files.context);
  try {
    // "wx": never through an existing file or symlink, so the mode is the one given here.
    writeFileSync(files.output, plan, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new PlanEnvelopeError(`${files.output} already exists: remove it, then decrypt again`);
  }
}

const USAGE = [
  "usage: npm run plan:encrypt -- --key-id KEY_ARN --in PLAN --out ENVELOPE",
  "       npm run plan:decrypt -- --key-id KEY_ARN --in ENVELOPE --out PLAN",
  "       npm run plan:key-policy -- --repository ORG/REPO --plan-role ARN --deploy-role ARN --admin ARN [--admin ARN...]",
].join("\n");

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "key-id": { type: "string" },
      in: { type: "string" },
      out: { type: "string" },
      repository: { type: "string" },
      "plan-role": { type: "string" },
      "deploy-role": { type: "string" },
      admin: { type: "string", multiple: true, default: [] },
    },
  });
  const command = positionals[0];
  if (command === "key-policy") {
    const input = { repository: values.repository ?? "", planRoleArn: values["plan-role"] ?? "", deployRoleArn: values["deploy-role"] ?? "", adminArns: values.admin! };
    const problems = planKeyPolicyProblems(input);
    if (problems.length > 0) throw new PlanEnvelopeError(`key-policy:\n  - ${problems.join("\n  - ")}\n${USAGE}`);
    process.stdout.write(`${JSON.stringify(planKeyPolicy(input), null, 2)}\n`);
    return;
  }
  if (command !== "encrypt" && command !== "decrypt") throw new PlanEnvelopeError(`unknown command "${command ?? ""}"\n${USAGE}`);
  const missing = (["key-id", "in", "out"] as const).filter((option) => !values[option]).map((option) => `--${option}`);
  if (missing.length > 0) throw new PlanEnvelopeError(`${command} needs ${missing.join(", ")}\n${USAGE}`);
  const files = { keyId: values["key-id"]!, input: values.in!, output: values.out!, context: encryptionContextFromEnv(env) };
  const kms = new KMSClient({}); // region, credentials and endpoint from the environment, as the aws provider
  try {
    await (command === "encrypt" ? encryptPlanFile(kms, files) : decryptPlanFile(kms, files));
  } finally {
    kms.destroy();
  }
  process.stderr.write(`${command}ed ${files.input} → ${files.output} (${describeContext(files.context)})\n`);
}

if (require.main === module) {
  main(process.argv.slice(2), process.env).catch((error: unknown) => {
    const badArguments = String((error as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS");
    if (!(error instanceof PlanEnvelopeError) && !badArguments) throw error;
    process.stderr.write(`plan envelope: ${(error as Error).message}${badArguments ? `\n${USAGE}` : ""}\n`);
    process.exitCode = 1;
  });
}
