/**
 * The stack's secrets as Secrets Manager holds them, read through the AWS SDK, for what
 * the aws provider (5.100.0) cannot report on its own:
 * - a secret scheduled for deletion (`aws secretsmanager delete-secret` without
 *   --force-delete-without-recovery) stops every plan with a raw "marked deleted" error;
 * - AWSCURRENT on a version Terraform did not write (a value put or a label moved by hand)
 *   is invisible to a plan: the provider reads its own version by ID, whatever it is labelled.
 *
 * The secrets, the region and (in the sandbox) the endpoint come from the synthesized
 * cdk.tf.json (the endpoint from the environment a sandbox stack records for its provider),
 * so this looks exactly where the provider looks. Never reads a secret's value.
 */
import { DescribeSecretCommand, ResourceNotFoundException, RestoreSecretCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { recordedSandboxEnvironment } from "../lib/sandbox-environment";

// The pinned AWS SDK warns that releases after January 2027 need Node 22; noise in a summary.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

export interface StackSecrets {
  region: string;
  /** Secrets Manager's endpoint when the stack points the provider at one (the sandbox's emulator). */
  endpoint?: string;
  /** By the integration id both the secret and its version are named after in Terraform. */
  secrets: { id: string; name: string }[];
}

export type SecretStatus = { id: string; name: string } & (
  | { state: "active"; stages: Record<string, string[]> }
  | { state: "scheduled-for-deletion"; deletedDate?: Date }
  | { state: "absent" }
);

interface StackJson {
  provider?: { aws?: { region?: string }[] };
  resource?: { aws_secretsmanager_secret?: Record<string, { name?: string }> };
}

function readStack(stackDir: string): StackJson {
  return JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8")) as StackJson;
}

/** The environment terraform needs for a synthesized stack folder: in the sandbox, the emulator's endpoints; else nothing. */
export function stackEnvironment(stackDir: string): Record<string, string> {
  return recordedSandboxEnvironment(readStack(stackDir));
}

/** The secrets a synthesized stack folder (cdktf.out/stacks/<stack>) declares. */
export function stackSecrets(stackDir: string): StackSecrets {
  const json = readStack(stackDir);
  const aws = json.provider?.aws?.[0] ?? {};
  const secrets = Object.entries(json.resource?.aws_secretsmanager_secret ?? {}).map(([id, secret]) => ({ id, name: String(secret.name) }));
  return { region: aws.region ?? "us-east-1", endpoint: recordedSandboxEnvironment(json).AWS_ENDPOINT_URL_SECRETS_MANAGER, secrets };
}

/** Credentials from the environment given (the CLI's own, or a test's), else the SDK's usual chain. */
export function secretsManagerClient(stack: Pick<StackSecrets, "region" | "endpoint">, env: NodeJS.ProcessEnv): SecretsManagerClient {
  const fromEnv =
    env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN }
      : undefined;
  return new SecretsManagerClient({ region: stack.region, endpoint: stack.endpoint, credentials: fromEnv });
}

export async function describeSecrets(stack: StackSecrets, env: NodeJS.ProcessEnv): Promise<SecretStatus[]> {
  const sm = secretsManagerClient(stack, env);
  try {
    return await Promise.all(
      stack.secrets.map(async ({ id, name }): Promise<SecretStatus> => {
        try {
          const secret = await sm.send(new DescribeSecretCommand({ SecretId: name }));
          if (secret.DeletedDate) return { id, name, state: "scheduled-for-deletion", deletedDate: secret.DeletedDate };
          return { id, name, state: "active", stages: secret.VersionIdsToStages ?? {} };
        } catch (error) {
          // Never created, or purged (force-deleted): the plan creates it, nothing for us to add.
          if (error instanceof ResourceNotFoundException) return { id, name, state: "absent" };
          throw new Error(`DescribeSecret ${name} (${stack.region}): ${(error as Error).name}: ${(error as Error).message}`);
        }
      }),
    );
  } finally {
    sm.destroy();
  }
}

/** Cancels a scheduled deletion; the secret comes back with every version and label it had. */
export async function restoreSecret(stack: StackSecrets, name: string, env: NodeJS.ProcessEnv): Promise<void> {
  const sm = secretsManagerClient(stack, env);
  try {
    await sm.send(new RestoreSecretCommand({ SecretId: name }));
  } finally {
    sm.destroy();
  }
}

export { restoreCommand } from "./restore-command";

/** The version that holds a label, if any. */
export function versionWith(stages: Record<string, string[]>, label: string): string | undefined {
  return Object.entries(stages).find(([, labels]) => labels.includes(label))?.[0];
}
