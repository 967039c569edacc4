/**
 * npm run --silent state:policy -- bucket-policy|lifecycle|key-policy --bucket NAME --key KEY
 *   --region REGION --plan-role ARN --deploy-role ARN --admin ARN [--admin ARN...] [--noncurrent-days N]
 *
 * The S3 bucket and the KMS key that hold the Terraform state, which holds every client
 * secret in clear (docs/github-actions.md, section 1.5). The policies are data built here, so
 * what the docs tell you to install is what __tests__/cli/state-policy.test.ts checks
 * statement by statement:
 * - bucket policy: TLS only; only the administrators may delete the state object or its
 *   versions (the deploy role overwrites it, never deletes it); only the workflow roles and
 *   the administrators may read it; the roles list the bucket only at the state key;
 * - lifecycle: noncurrent state versions (each holds the secrets of its time) expire;
 * - key policy: a customer managed key only the two roles use, and only through S3.
 */
import { parseArgs } from "node:util";
import { AWS_REGIONS } from "../lib/config/facts";
import { assertNoProblems, keyAdministratorsStatement, type PolicyDocument, type WorkflowRoles, workflowRoleProblems } from "./aws-policy";

export interface StatePolicyInput extends WorkflowRoles {
  bucket: string;
  /** The backend's key: the state object (`<key>.tflock` is its use_lockfile lock). */
  key: string;
  /** Where the bucket and the key live (S3 calls KMS in the bucket's region). */
  region: string;
  /** Days a replaced state version is kept for recovery before S3 deletes it. */
  noncurrentDays: number;
}

/** Terraform's S3 backend lists `<workspace_key_prefix>/` (default `env:/`) to find workspaces. */
const WORKSPACE_PREFIX = "env:/";
const NONCURRENT_DAYS = { min: 1, max: 365 };
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const STATE_KEY = /^[A-Za-z0-9!_.'()/:=@+-]{1,1024}$/;

export function statePolicyProblems(input: StatePolicyInput): string[] {
  const problems: string[] = [];
  if (!BUCKET_NAME.test(input.bucket))
    problems.push(`--bucket "${input.bucket}" is not an S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens (the config's backend.bucket)`);
  if (!STATE_KEY.test(input.key)) problems.push(`--key "${input.key}" is not a state key without wildcards: give the config's backend.key, e.g. dbt-databricks-oauth.tfstate`);
  if (!(AWS_REGIONS as readonly string[]).includes(input.region)) problems.push(`--region "${input.region}" is not an AWS region: give the bucket's region, e.g. us-east-1`);
  if (!Number.isInteger(input.noncurrentDays) || input.noncurrentDays < NONCURRENT_DAYS.min || input.noncurrentDays > NONCURRENT_DAYS.max)
    problems.push(`--noncurrent-days "${input.noncurrentDays}" must be a whole number of days from ${NONCURRENT_DAYS.min} to ${NONCURRENT_DAYS.max}`);
  return [...problems, ...workflowRoleProblems(input, "the plan role must only read the state")];
}

const bucketArn = (input: StatePolicyInput) => `arn:aws:s3:::${input.bucket}`;
const stateArn = (input: StatePolicyInput) => `${bucketArn(input)}/${input.key}`;

export function stateBucketPolicy(input: StatePolicyInput): PolicyDocument {
  assertNoProblems("the state bucket policy", statePolicyProblems(input));
  const bucket = bucketArn(input);
  const state = stateArn(input);
  const lock = `${state}.tflock`;
  const roles = [input.planRoleArn, input.deployRoleArn];
  return {
    Version: "2012-10-17",
    Id: "dbt-databricks-oauth-state",
    Statement: [
      {
        Sid: "DenyEveryRequestWithoutTLS",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [bucket, `${bucket}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
      {
        Sid: "OnlyAdministratorsDeleteTheState",
        Effect: "Deny",
        Principal: "*",
        Action: ["s3:DeleteObject", "s3:DeleteObjectVersion"],
        Resource: state,
        Condition: { ArnNotEquals: { "aws:PrincipalArn": [...input.adminArns] } },
      },
      {
        Sid: "OnlyTheWorkflowRolesAndAdministratorsReadTheState",
        Effect: "Deny",
        Principal: "*",
        Action: ["s3:GetObject", "s3:GetObjectVersion"],
        Resource: state,
        Condition: { ArnNotEquals: { "aws:PrincipalArn": [...roles, ...input.adminArns] } },
      },
      {
        Sid: "WorkflowRolesListOnlyTheStateKey",
        Effect: "Allow",
        Principal: { AWS: roles },
        Action: "s3:ListBucket",
        Resource: bucket,
        Condition: { StringEquals: { "s3:prefix": [input.key, WORKSPACE_PREFIX] } },
      },
      {
        Sid: "PlanRoleReadsTheState",
        Effect: "Allow",
        Principal: { AWS: input.planRoleArn },
        Action: "s3:GetObject",
        Resource: state,
      },
      {
        Sid: "DeployRoleReadsAndWritesTheStateAndItsLock",
        Effect: "Allow",
        Principal: { AWS: input.deployRoleArn },
        Action: ["s3:GetObject", "s3:PutObject"],
        Resource: [state, lock],
      },
      {
        Sid: "DeployRoleReleasesTheLock",
        Effect: "Allow",
        Principal: { AWS: input.deployRoleArn },
        Action: "s3:DeleteObject",
        Resource: lock,
      },
    ],
  };
}

/** `aws s3api put-bucket-lifecycle-configuration --lifecycle-configuration file://...` */
export function stateBucketLifecycle(input: StatePolicyInput) {
  assertNoProblems("the state bucket lifecycle", statePolicyProblems(input));
  return {
    Rules: [
      {
        ID: "expire-replaced-state-versions",
        Status: "Enabled",
        Filter: { Prefix: input.key },
        NoncurrentVersionExpiration: { NoncurrentDays: input.noncurrentDays },
        Expiration: { ExpiredObjectDeleteMarker: true },
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
      },
    ],
  };
}

/** The state's customer managed KMS key: used only by the two roles, and only through S3. */
export function stateKeyPolicy(input: StatePolicyInput): PolicyDocument {
  assertNoProblems("the state key policy", statePolicyProblems(input));
  const throughS3Only = { StringEquals: { "kms:ViaService": `s3.${input.region}.amazonaws.com` } };
  return {
    Version: "2012-10-17",
    Id: "dbt-databricks-oauth-state-key",
    Statement: [
      keyAdministratorsStatement(input.adminArns),
      {
        Sid: "PlanRoleDecryptsTheStateThroughS3",
        Effect: "Allow",
        Principal: { AWS: input.planRoleArn },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: throughS3Only,
      },
      {
        Sid: "DeployRoleReadsAndWritesTheStateThroughS3",
        Effect: "Allow",
        Principal: { AWS: input.deployRoleArn },
        Action: ["kms:Decrypt", "kms:GenerateDataKey"],
        Resource: "*",
        Condition: throughS3Only,
      },
    ],
  };
}

const DOCUMENTS = { "bucket-policy": stateBucketPolicy, lifecycle: stateBucketLifecycle, "key-policy": stateKeyPolicy } as const;

const USAGE =
  "usage: npm run --silent state:policy -- bucket-policy|lifecycle|key-policy --bucket NAME --key KEY --region REGION " +
  "--plan-role ARN --deploy-role ARN --admin ARN [--admin ARN...] [--noncurrent-days N]";

/** The JSON document `what` names, or the problems with the arguments. */
export function statePolicyCommand(argv: string[]): { output: string } | { error: string } {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      bucket: { type: "string", default: "" },
      key: { type: "string", default: "" },
      region: { type: "string", default: "" },
      "plan-role": { type: "string", default: "" },
      "deploy-role": { type: "string", default: "" },
      admin: { type: "string", multiple: true, default: [] },
      "noncurrent-days": { type: "string", default: "30" },
    },
  });
  const what = positionals[0] as keyof typeof DOCUMENTS;
  if (!(what in DOCUMENTS)) return { error: `state:policy: say which document: bucket-policy, lifecycle or key-policy (got "${positionals[0] ?? ""}")\n${USAGE}` };
  const input: StatePolicyInput = {
    bucket: values.bucket,
    key: values.key,
    region: values.region,
    planRoleArn: values["plan-role"],
    deployRoleArn: values["deploy-role"],
    adminArns: values.admin,
    noncurrentDays: Number(values["noncurrent-days"]),
  };
  const problems = statePolicyProblems(input);
  if (problems.length > 0) return { error: `state:policy:\n  - ${problems.join("\n  - ")}\n${USAGE}` };
  return { output: `${JSON.stringify(DOCUMENTS[what](input), null, 2)}\n` };
}

if (require.main === module) {
  let result: { output: string } | { error: string };
  try {
    result = statePolicyCommand(process.argv.slice(2));
  } catch (error) {
    if (!String((error as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS")) throw error;
    result = { error: `state:policy: ${(error as Error).message}\n${USAGE}` };
  }
  if ("error" in result) {
    process.stderr.write(`${result.error}\n`);
    process.exitCode = 1;
  } else process.stdout.write(result.output);
}
