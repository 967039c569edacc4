/**
 * Given the roles of docs/github-actions.md, when the plan key's policy is built, then its
 * statements let only the deploy role decrypt. moto's KMS does not enforce key policies, so
 * the policy is checked here as data, statement by statement, with the IAM rules that matter:
 * wildcards in actions and principals count, and a statement for the account root would hand
 * the key to every IAM policy in the account.
 */
import { KEY_ADMIN_ACTIONS } from "../../cli/aws-policy";
import { type KeyPolicy, type PlanKeyPolicyInput, planKeyPolicy } from "../../cli/plan-key-policy";
import { actionMatches, actionsOf, allowedPrincipals, list, principals } from "../support/iam-policy";

const ACCOUNT = "111122223333";
const INPUT: PlanKeyPolicyInput = {
  repository: "acme/dbt-databricks-oauth",
  planRoleArn: `arn:aws:iam::${ACCOUNT}:role/dbt-databricks-oauth-plan`,
  deployRoleArn: `arn:aws:iam::${ACCOUNT}:role/dbt-databricks-oauth-deploy`,
  adminArns: [`arn:aws:iam::${ACCOUNT}:role/platform-admins`, `arn:aws:iam::${ACCOUNT}:user/alice`],
};

/** Every action that yields plaintext, or a way to get it (a grant, re-encryption under another key). */
const PATHS_TO_PLAINTEXT = ["kms:Decrypt", "kms:ReEncryptFrom", "kms:CreateGrant"];

/** AWS's default key policy: the account root gets kms:*, so IAM policies decide. What we must not ship. */
const AWS_DEFAULT_KEY_POLICY: KeyPolicy = {
  Version: "2012-10-17",
  Id: "key-default-1",
  Statement: [{ Sid: "Enable IAM User Permissions", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "kms:*", Resource: "*" }],
};

describe("planKeyPolicy", () => {
  const policy = planKeyPolicy(INPUT);

  it("lets only the deploy role decrypt, and nobody take a detour through a grant or re-encryption", () => {
    expect(allowedPrincipals(policy, "kms:Decrypt")).toEqual([INPUT.deployRoleArn]);
    expect(allowedPrincipals(policy, "kms:ReEncryptFrom")).toEqual([]);
    expect(allowedPrincipals(policy, "kms:CreateGrant")).toEqual([]);
  });

  it("lets the plan role only generate data keys (Encrypt/GenerateDataKey), by name, no wildcard", () => {
    const planActions = actionsOf(policy, INPUT.planRoleArn);

    expect(planActions).toEqual(["kms:GenerateDataKey"]);
    for (const action of planActions) expect(["kms:Encrypt", "kms:GenerateDataKey"]).toContain(action);
  });

  it("lets the key administrators manage the key but never decrypt", () => {
    for (const admin of INPUT.adminArns) {
      const adminActions = actionsOf(policy, admin);
      expect(adminActions).toEqual(expect.arrayContaining(["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:EnableKeyRotation"]));
      for (const action of PATHS_TO_PLAINTEXT) expect(adminActions.filter((pattern) => actionMatches(pattern, action))).toEqual([]);
    }
    expect(KEY_ADMIN_ACTIONS.filter((action) => action.includes("*"))).toEqual([]);
  });

  it("names every principal: no wildcard principal, no account root, no NotPrincipal or NotAction, no Deny to reason about", () => {
    const everyPrincipal = policy.Statement.flatMap(principals);

    expect(everyPrincipal).not.toContain("*");
    expect(everyPrincipal.filter((arn) => arn.endsWith(":root") || /^\d{12}$/.test(arn))).toEqual([]);
    for (const statement of policy.Statement) {
      expect(statement).not.toHaveProperty("NotPrincipal");
      expect(statement).not.toHaveProperty("NotAction");
      expect(statement.Effect).toBe("Allow");
    }
  });

  it("uses the key only for this repository's encryption context, as the plan envelope sets it", () => {
    const uses = policy.Statement.filter((s) => !principals(s).some((p) => INPUT.adminArns.includes(p)));

    expect(uses.map((s) => s.Condition)).toEqual([
      { StringEquals: { "kms:EncryptionContext:repository": "acme/dbt-databricks-oauth" } },
      { StringEquals: { "kms:EncryptionContext:repository": "acme/dbt-databricks-oauth" } },
    ]);
  });

  it("these checks catch a policy that lets more decrypt: AWS's default key policy, or an admin with kms:*", () => {
    expect(allowedPrincipals(AWS_DEFAULT_KEY_POLICY, "kms:Decrypt")).toEqual([`arn:aws:iam::${ACCOUNT}:root`]);

    const adminWithEverything = { ...policy, Statement: policy.Statement.map((s, i) => (i === 0 ? { ...s, Action: [...list(s.Action), "kms:*"] } : s)) };
    expect(allowedPrincipals(adminWithEverything, "kms:Decrypt")).toEqual([...INPUT.adminArns, INPUT.deployRoleArn]);
  });

  it.each([
    ["a wildcard deploy role", { deployRoleArn: "*" }, '--deploy-role "*" is not an IAM role ARN'],
    ["the account root as plan role", { planRoleArn: `arn:aws:iam::${ACCOUNT}:root` }, `--plan-role "arn:aws:iam::${ACCOUNT}:root" is not an IAM role ARN`],
    ["the same role for plan and deploy", { planRoleArn: INPUT.deployRoleArn }, "--plan-role and --deploy-role are the same role"],
    ["no administrator", { adminArns: [] }, "--admin is missing"],
    ["a workflow role as administrator", { adminArns: [INPUT.planRoleArn] }, `--admin "${INPUT.planRoleArn}" is a workflow role`],
    ["a repository without owner", { repository: "dbt-databricks-oauth" }, '--repository "dbt-databricks-oauth" is not OWNER/NAME'],
  ])("refuses %s, naming the option, the value and the fix", (_, change, problem) => {
    expect(() => planKeyPolicy({ ...INPUT, ...change })).toThrow(problem);
  });
});
