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
import { assertNoProblems, keyAdministratorsStatement, type PolicyDocument, type WorkflowRoles, workflowRoleProblems } from "./aws-policy";

export interface PlanKeyPolicyInput extends WorkflowRoles {
  /** "ORG/REPO": the only repository whose plans the key encrypts. */
  repository: string;
}

/** The plan key's policy: see cli/aws-policy.ts for the shared statement and types. */
export type KeyPolicy = PolicyDocument;

/** The encryption context key the policy pins; cli/plan-envelope.ts sets it. */
export const REPOSITORY_CONTEXT_KEY = "repository";

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** One line per bad input, naming the option, the value and the fix; empty when all is well. */
export function planKeyPolicyProblems(input: PlanKeyPolicyInput): string[] {
  const problems: string[] = [];
  if (!REPOSITORY.test(input.repository)) problems.push(`--repository "${input.repository}" is not OWNER/NAME: give the GitHub repository, e.g. acme/dbt-databricks-oauth`);
  return [...problems, ...workflowRoleProblems(input, "the plan role must not be able to decrypt")];
}

export function planKeyPolicy(input: PlanKeyPolicyInput): KeyPolicy {
  assertNoProblems("the plan key policy", planKeyPolicyProblems(input));
  const thisRepositoryOnly = { StringEquals: { [`kms:EncryptionContext:${REPOSITORY_CONTEXT_KEY}`]: input.repository } };
  return {
    Version: "2012-10-17",
    Id: "dbt-databricks-oauth-plan",
    Statement: [
      keyAdministratorsStatement(input.adminArns),
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
