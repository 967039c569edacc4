/**
 * npm run --silent verify:policy -- --account ACCOUNT [--repository ORG/REPO --trust]
 *
 * The policies of the verify role: the role deploy.yml's `verify` job assumes to read the
 * clients it checks (`npm run rotate -- check --all --wait-window`). It may call
 * secretsmanager:GetSecretValue on this config's secrets and nothing else: no other action,
 * no other secret (each ARN ends in `-??????`, the six characters Secrets Manager appends, so
 * `prod` does not also match `prod-old`), no state, no KMS unless a secret uses a customer
 * managed key (then kms:Decrypt on that key, only through Secrets Manager in the region).
 * Built from the config (DBT_OAUTH_CONFIG), so the policy the docs tell you to install is
 * the one the tests check statement by statement (__tests__/cli/verify-role-policy.test.ts).
 *
 * --trust prints the role's trust policy instead: GitHub's OIDC tokens of this repository's
 * `main` branch (the job runs without an environment), audience sts.amazonaws.com.
 */
import { parseArgs } from "node:util";
import { configPathFromEnv, loadConfigFile } from "../lib/config/load-config";
import type { AppConfig } from "../lib/config/model";

export interface IamStatement {
  Sid: string;
  Effect: "Allow";
  Principal?: { Federated: string };
  Action: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface IamPolicy {
  Version: "2012-10-17";
  Statement: IamStatement[];
}

const ACCOUNT = /^\d{12}$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const KEY_ARN = /^arn:aws[a-z-]*:kms:/;

/** aws, aws-us-gov or aws-cn, from the region the secrets live in. */
export function partitionOf(region: string): string {
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  if (region.startsWith("cn-")) return "aws-cn";
  return "aws";
}

/** A secret's ARN as IAM matches it: the name, a hyphen and Secrets Manager's six random characters. */
export function secretArnPattern(region: string, account: string, name: string): string {
  return `arn:${partitionOf(region)}:secretsmanager:${region}:${account}:secret:${name}-??????`;
}

function checkAccount(account: string): void {
  if (!ACCOUNT.test(account)) throw new Error(`--account "${account}" is not an AWS account ID: give the 12 digits of the account that holds the secrets`);
}

export function verifyRolePolicy(config: AppConfig, account: string): IamPolicy {
  checkAccount(account);
  const region = config.aws.region;
  const statements: IamStatement[] = [
    {
      Sid: "ReadTheClientsToCheck",
      Effect: "Allow",
      Action: "secretsmanager:GetSecretValue",
      Resource: config.integrations.map((i) => secretArnPattern(region, account, i.secret.name)),
    },
  ];
  // Key IDs and aliases cannot be matched by an IAM Resource; a key ARN can.
  const keys = [...new Set(config.integrations.flatMap((i) => (i.secret.kmsKeyId ? [i.secret.kmsKeyId] : [])))];
  const notArns = keys.filter((k) => !KEY_ARN.test(k));
  if (notArns.length > 0) {
    throw new Error(
      `secret.kmsKeyId ${notArns.map((k) => `"${k}"`).join(", ")}: the verify role's policy needs the key's ARN (arn:aws:kms:REGION:ACCOUNT:key/ID) to allow Decrypt on that key only`,
    );
  }
  if (keys.length > 0) {
    statements.push({
      Sid: "DecryptThoseSecretsOnly",
      Effect: "Allow",
      Action: "kms:Decrypt",
      Resource: keys,
      Condition: { StringEquals: { "kms:ViaService": `secretsmanager.${region}.amazonaws.com` } },
    });
  }
  return { Version: "2012-10-17", Statement: statements };
}

export function verifyRoleTrustPolicy(account: string, repository: string): IamPolicy {
  checkAccount(account);
  if (!REPOSITORY.test(repository)) throw new Error(`--repository "${repository}" is not OWNER/NAME: give the GitHub repository, e.g. acme/dbt-databricks-oauth`);
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "DeployWorkflowOnMainOnly",
        Effect: "Allow",
        Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com` },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: {
          StringEquals: {
            "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
            "token.actions.githubusercontent.com:sub": `repo:${repository}:ref:refs/heads/main`,
          },
        },
      },
    ],
  };
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { account: { type: "string", default: "" }, repository: { type: "string", default: "" }, trust: { type: "boolean", default: false } },
  });
  try {
    const policy = values.trust ? verifyRoleTrustPolicy(values.account!, values.repository!) : verifyRolePolicy(loadConfigFile(configPathFromEnv()).config, values.account!);
    process.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`verify:policy: ${(error as Error).message}\nusage: npm run --silent verify:policy -- --account ACCOUNT [--trust --repository ORG/REPO]\n`);
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
