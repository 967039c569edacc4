/**
 * The pieces the policies this project prints share (cli/plan-key-policy.ts for the plan key,
 * cli/state-policy.ts for the state bucket and its key): the policy document types, the ARN
 * checks with their messages, and the statement that lets key administrators manage a KMS
 * key without ever using it.
 */

export interface PolicyStatement {
  Sid: string;
  Effect: "Allow" | "Deny";
  Principal: { AWS: string | string[] } | "*";
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  Version: "2012-10-17";
  Id: string;
  Statement: PolicyStatement[];
}

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

/** The workflow roles a policy names: the plan role (read) and the deploy role (write). */
export interface WorkflowRoles {
  planRoleArn: string;
  deployRoleArn: string;
  /** Who may manage the key or bucket, but is never a workflow role. */
  adminArns: readonly string[];
}

/** One line per bad role or administrator, naming the option, the value and the fix. */
export function workflowRoleProblems(input: WorkflowRoles, planRoleRule: string): string[] {
  const problems: string[] = [];
  for (const [option, arn] of [
    ["--plan-role", input.planRoleArn],
    ["--deploy-role", input.deployRoleArn],
  ] as const) {
    if (!ROLE_ARN.test(arn)) problems.push(`${option} "${arn}" is not an IAM role ARN: give arn:aws:iam::ACCOUNT:role/NAME (no wildcards, no account root)`);
  }
  if (input.planRoleArn && input.planRoleArn === input.deployRoleArn) problems.push(`--plan-role and --deploy-role are the same role: ${planRoleRule}`);
  if (input.adminArns.length === 0) problems.push("--admin is missing: name at least one IAM role or user ARN that manages the key (else nobody can change or delete it)");
  for (const arn of input.adminArns) {
    if (!ROLE_OR_USER_ARN.test(arn))
      problems.push(`--admin "${arn}" is not an IAM role or user ARN: give arn:aws:iam::ACCOUNT:role/NAME or :user/NAME (no wildcards, no account root)`);
    if (arn === input.planRoleArn || arn === input.deployRoleArn)
      problems.push(`--admin "${arn}" is a workflow role: a role that can change the key policy can give itself Decrypt`);
  }
  return problems;
}

/** The key administrators manage the key (policy, rotation, deletion) and never use it. */
export function keyAdministratorsStatement(adminArns: readonly string[]): PolicyStatement {
  return {
    Sid: "KeyAdministratorsManageButNeverUseTheKey",
    Effect: "Allow",
    Principal: { AWS: [...adminArns] },
    Action: [...KEY_ADMIN_ACTIONS],
    Resource: "*",
  };
}

/** Throws one error listing every problem, for the builders; the CLIs print the list instead. */
export function assertNoProblems(what: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`cannot build ${what}:\n  - ${problems.join("\n  - ")}`);
}
