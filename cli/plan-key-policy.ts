/**
 * The key policy of the KMS key that encrypts deploy.yml's saved plan (see cli/plan-envelope.ts
 * and docs/github-actions.md). The policy is data built here, so the policy the docs tell you
 * to install (`npm run --silent plan:key-policy -- ...`) is the one the tests check statement
 * by statement: moto's KMS does not enforce key policies, so nothing else would.
 *
 * What it allows, and nothing more:
 * - the deploy role: kms:Decrypt, only for this repository's encryption context;
 * - the plan role: kms:GenerateDataKey, only for this repository's encryption context;
 * - the key administrators: managing the key, never using it.
 * The account root gets no statement on purpose: that delegation would let any IAM policy
 * in the account (an admin's `kms:*` on `*`) decrypt the plan.
 */

export interface PlanKeyPolicyInput {
  /** "ORG/REPO": the only repository whose plans the key encrypts. */
  repository: string;
  /** The role of the plan job (deploy.yml / plan): it encrypts. */
  planRoleArn: string;
  /** The role of the apply job (environment production): the only one that decrypts. */
  deployRoleArn: string;
  /** Who may manage the key (policy, rotation, deletion), but never use it. */
  adminArns: readonly string[];
}

export interface PolicyStatement {
  Sid: string;
  Effect: "Allow" | "Deny";
  Principal: { AWS: string | string[] } | "*";
  Action: string | string[];
  Resource: string;
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface KeyPolicy {
  Version: "2012-10-17";
  Id: string;
  Statement: PolicyStatement[];
}

/** The encryption context key the policy pins; cli/plan-envelope.ts sets it. */
export const REPOSITORY_CONTEXT_KEY = "repository";

/**
 * Management without use, written out instead of AWS's `kms:Create*`-style wildcards:
 * `kms:Create*` includes kms:CreateGrant, and a grant is a way to Decrypt.
 */
export const KEY_ADMIN_ACTIONS = [
  "kms:CancelKeyDeletion",
  "kms:CreateAlias",
  "kms:DeleteAlias",
  "kms:DescribeKey",
  "kms:DisableKey",
  "kms:DisableKeyRotation",
  "kms:EnableKey",
  "kms:EnableKeyRotation",
  "kms:GetKeyPolicy",
  "kms:GetKeyRotationStatus",
  "kms:ListGrants",
  "kms:ListKeyPolicies",
  "kms:ListKeyRotations",
  "kms:ListResourceTags",
  "kms:PutKeyPolicy",
  "kms:RevokeGrant",
  "kms:RotateKeyOnDemand",
  "kms:ScheduleKeyDeletion",
  "kms:TagResource",
  "kms:UntagResource",
  "kms:UpdateAlias",
  "kms:UpdateKeyDescription",
] as const;

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const ROLE_OR_USER_ARN = /^arn:aws[a-z-]*:iam::\d{12}:(role|user)\/[\w+=,.@/-]+$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** One line per bad input, naming the option, the value and the fix; empty when all is well. */
export function planKeyPolicyProblems(input: PlanKeyPolicyInput): string[] {
  const problems: string[] = [];
  if (!REPOSITORY.test(input.repository)) problems.push(`--repository "${input.repository}" is not OWNER/NAME: give the GitHub repository, e.g. acme/dbt-databricks-oauth`);
  for (const [option, arn] of [
    ["--plan-role", input.planRoleArn],
    ["--deploy-role", input.deployRoleArn],
  ] as const) {
    if (!ROLE_ARN.test(arn)) problems.push(`${option} "${arn}" is not an IAM role ARN: give arn:aws:iam::ACCOUNT:role/NAME (no wildcards, no account root)`);
  }
  if (input.planRoleArn && input.planRoleArn === input.deployRoleArn) problems.push("--plan-role and --deploy-role are the same role: the plan role must not be able to decrypt");
  if (input.adminArns.length === 0) problems.push("--admin is missing: name at least one IAM role or user ARN that manages the key (else nobody can change or delete it)");
  for (const arn of input.adminArns) {
    if (!ROLE_OR_USER_ARN.test(arn))
      problems.push(`--admin "${arn}" is not an IAM role or user ARN: give arn:aws:iam::ACCOUNT:role/NAME or :user/NAME (no wildcards, no account root)`);
    if (arn === input.planRoleArn || arn === input.deployRoleArn)
      problems.push(`--admin "${arn}" is a workflow role: a role that can change the key policy can give itself Decrypt`);
  }
  return problems;
}

export function planKeyPolicy(input: PlanKeyPolicyInput): KeyPolicy {
  const problems = planKeyPolicyProblems(input);
  if (problems.length > 0) throw new Error(`cannot build the plan key policy:\n  - ${problems.join("\n  - ")}`);
  const thisRepositoryOnly = { StringEquals: { [`kms:EncryptionContext:${REPOSITORY_CONTEXT_KEY}`]: input.repository } };
  return {
    Version: "2012-10-17",
    Id: "dbt-databricks-oauth-plan",
    Statement: [
      {
        Sid: "KeyAdministratorsManageButNeverUseTheKey",
        Effect: "Allow",
        Principal: { AWS: [...input.adminArns] },
        Action: [...KEY_ADMIN_ACTIONS],
        Resource: "*",
      },
      {
        Sid: "PlanRoleEncryptsPlansOfThisRepository",
        Effect: "Allow",
        Principal: { AWS: input.planRoleArn },
        Action: "kms:GenerateDataKey",
        Resource: "*",
        Condition: thisRepositoryOnly,
      },
      {
        Sid: "OnlyTheDeployRoleDecryptsPlansOfThisRepository",
        Effect: "Allow",
        Principal: { AWS: input.deployRoleArn },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: thisRepositoryOnly,
      },
    ],
  };
}
