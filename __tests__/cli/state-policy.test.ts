/**
 * Given the roles of docs/github-actions.md, when the state bucket's policy, lifecycle and KMS
 * key policy are built, then the state (every client secret, in clear) is read only by the
 * workflow roles and the administrators, over TLS, deleted only by an administrator, and its
 * key used only by the two roles through S3. moto enforces none of these policies, so they
 * are checked here as data, statement by statement, and as decisions on concrete requests.
 */
import { KEY_ADMIN_ACTIONS } from "../../cli/aws-policy";
import { type StatePolicyInput, stateBucketLifecycle, stateBucketPolicy, stateKeyPolicy, statePolicyCommand } from "../../cli/state-policy";
import { actionMatches, actionsOf, allowedPrincipals, decide, list, principals, type Request } from "../support/iam-policy";

const ACCOUNT = "111122223333";
const INPUT: StatePolicyInput = {
  bucket: "acme-terraform-state",
  key: "dbt-databricks-oauth.tfstate",
  region: "us-east-1",
  planRoleArn: `arn:aws:iam::${ACCOUNT}:role/dbt-databricks-oauth-plan`,
  deployRoleArn: `arn:aws:iam::${ACCOUNT}:role/dbt-databricks-oauth-deploy`,
  adminArns: [`arn:aws:iam::${ACCOUNT}:role/platform-admins`],
  noncurrentDays: 30,
};
const PLAN = INPUT.planRoleArn;
const DEPLOY = INPUT.deployRoleArn;
const ADMIN = INPUT.adminArns[0]!;
const SOMEONE = `arn:aws:iam::${ACCOUNT}:role/AdministratorAccess`;
const BUCKET = "arn:aws:s3:::acme-terraform-state";
const STATE = `${BUCKET}/dbt-databricks-oauth.tfstate`;
const LOCK = `${STATE}.tflock`;
const TLS = { "aws:SecureTransport": "true" };

describe("stateBucketPolicy", () => {
  const policy = stateBucketPolicy(INPUT);
  const request = (principal: string, action: string, resource: string, context: Record<string, string> = {}): Request => ({
    principal,
    action,
    resource,
    context: { ...TLS, ...context },
  });

  it("refuses every request without TLS, whoever sends it", () => {
    for (const principal of [PLAN, DEPLOY, ADMIN]) {
      expect(decide(policy, request(principal, "s3:GetObject", STATE, { "aws:SecureTransport": "false" }))).toBe("deny");
      expect(decide(policy, request(principal, "s3:ListBucket", BUCKET, { "aws:SecureTransport": "false", "s3:prefix": INPUT.key }))).toBe("deny");
    }
    const tls = policy.Statement.find((s) => s.Condition?.Bool?.["aws:SecureTransport"] === "false")!;
    expect(tls).toMatchObject({ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [BUCKET, `${BUCKET}/*`] });
  });

  it("lets only an administrator delete the state object or one of its versions: the deploy role overwrites it, never deletes it", () => {
    for (const action of ["s3:DeleteObject", "s3:DeleteObjectVersion"]) {
      expect(decide(policy, request(DEPLOY, action, STATE))).toBe("deny");
      expect(decide(policy, request(PLAN, action, STATE))).toBe("deny");
      expect(decide(policy, request(SOMEONE, action, STATE))).toBe("deny");
      expect(decide(policy, request(ADMIN, action, STATE))).not.toBe("deny");
    }
    // use_lockfile: the deploy role must still release its lock.
    expect(decide(policy, request(DEPLOY, "s3:DeleteObject", LOCK))).toBe("allow");
  });

  it("lets the plan role read the state, the deploy role read and write it and its lock, and nobody else read it", () => {
    expect(decide(policy, request(PLAN, "s3:GetObject", STATE))).toBe("allow");
    expect(decide(policy, request(PLAN, "s3:PutObject", STATE))).toBe("no statement");
    for (const action of ["s3:GetObject", "s3:PutObject"]) for (const resource of [STATE, LOCK]) expect(decide(policy, request(DEPLOY, action, resource))).toBe("allow");
    expect(decide(policy, request(SOMEONE, "s3:GetObject", STATE))).toBe("deny");
    expect(decide(policy, request(SOMEONE, "s3:GetObjectVersion", STATE))).toBe("deny");
  });

  it("lets the workflow roles list the bucket only at the state key (and the workspace prefix Terraform lists), not the whole bucket", () => {
    for (const role of [PLAN, DEPLOY]) {
      expect(decide(policy, request(role, "s3:ListBucket", BUCKET, { "s3:prefix": INPUT.key }))).toBe("allow");
      expect(decide(policy, request(role, "s3:ListBucket", BUCKET, { "s3:prefix": "env:/" }))).toBe("allow");
      expect(decide(policy, request(role, "s3:ListBucket", BUCKET))).toBe("no statement");
      expect(decide(policy, request(role, "s3:ListBucket", BUCKET, { "s3:prefix": "other-stack/" }))).toBe("no statement");
    }
  });

  it("allows only the named roles: no wildcard principal in an Allow, no account root", () => {
    const allows = policy.Statement.filter((s) => s.Effect === "Allow");

    expect(allows.flatMap(principals).filter((p) => p === "*" || p.endsWith(":root"))).toEqual([]);
    expect([...new Set(allows.flatMap(principals))].sort()).toEqual([DEPLOY, PLAN]);
  });

  it("these checks catch a policy that lets the deploy role delete the state, or anyone read it", () => {
    const deployDeletes = { ...policy, Statement: policy.Statement.filter((s) => s.Sid !== "OnlyAdministratorsDeleteTheState") };
    const readByAll = { ...policy, Statement: [...policy.Statement.filter((s) => s.Sid !== "OnlyTheWorkflowRolesAndAdministratorsReadTheState")] };

    expect(decide(deployDeletes, request(DEPLOY, "s3:DeleteObject", STATE))).not.toBe("deny");
    expect(decide(readByAll, request(SOMEONE, "s3:GetObject", STATE))).not.toBe("deny");
  });
});

describe("stateBucketLifecycle", () => {
  it("expires replaced state versions (each holds the client secrets of its time) after the given days", () => {
    expect(stateBucketLifecycle({ ...INPUT, noncurrentDays: 14 }).Rules).toEqual([
      expect.objectContaining({ Status: "Enabled", Filter: { Prefix: INPUT.key }, NoncurrentVersionExpiration: { NoncurrentDays: 14 } }),
    ]);
  });
});

describe("stateKeyPolicy", () => {
  const policy = stateKeyPolicy(INPUT);

  it("lets only the two roles decrypt, and only the deploy role encrypt, both only through S3 in the bucket's region", () => {
    expect(allowedPrincipals(policy, "kms:Decrypt")).toEqual([PLAN, DEPLOY]);
    expect(allowedPrincipals(policy, "kms:GenerateDataKey")).toEqual([DEPLOY]);
    for (const action of ["kms:ReEncryptFrom", "kms:CreateGrant", "kms:Encrypt"]) expect(allowedPrincipals(policy, action)).toEqual([]);
    for (const statement of policy.Statement.filter((s) => !principals(s).includes(ADMIN))) {
      expect(statement.Condition).toEqual({ StringEquals: { "kms:ViaService": "s3.us-east-1.amazonaws.com" } });
    }
  });

  it("names every principal, never the account root, and gives administrators management without use", () => {
    expect(policy.Statement.flatMap(principals).filter((p) => p === "*" || p.endsWith(":root"))).toEqual([]);
    const adminActions = actionsOf(policy, ADMIN);
    expect(adminActions).toEqual([...KEY_ADMIN_ACTIONS]);
    for (const action of ["kms:Decrypt", "kms:GenerateDataKey", "kms:CreateGrant"]) expect(adminActions.filter((pattern) => actionMatches(pattern, action))).toEqual([]);
    expect(policy.Statement.every((s) => list(s.Action).every((a) => !a.includes("*")))).toBe(true);
  });
});

describe("npm run state:policy", () => {
  const args = ["--bucket", INPUT.bucket, "--key", INPUT.key, "--region", INPUT.region, "--plan-role", PLAN, "--deploy-role", DEPLOY, "--admin", ADMIN];

  it("prints each document as JSON", () => {
    expect(JSON.parse((statePolicyCommand(["bucket-policy", ...args]) as { output: string }).output)).toEqual(stateBucketPolicy(INPUT));
    expect(JSON.parse((statePolicyCommand(["key-policy", ...args]) as { output: string }).output)).toEqual(stateKeyPolicy(INPUT));
    expect(JSON.parse((statePolicyCommand(["lifecycle", ...args]) as { output: string }).output)).toEqual(stateBucketLifecycle(INPUT));
  });

  it.each([
    ["no document named", [...args], 'say which document: bucket-policy, lifecycle or key-policy (got "")'],
    ["a wildcard in the key", ["bucket-policy", ...args.slice(0, 3), "*", ...args.slice(4)], '--key "*" is not a state key without wildcards'],
    ["an unknown region", ["bucket-policy", ...args.slice(0, 5), "us-east-9", ...args.slice(6)], '--region "us-east-9" is not an AWS region'],
    ["the same role for plan and deploy", ["key-policy", ...args.slice(0, 7), DEPLOY, ...args.slice(8)], "--plan-role and --deploy-role are the same role"],
    ["a workflow role as administrator", ["key-policy", ...args.slice(0, 11), DEPLOY], `--admin "${DEPLOY}" is a workflow role`],
    ["an expiry of 0 days", ["lifecycle", ...args, "--noncurrent-days", "0"], '--noncurrent-days "0" must be a whole number of days from 1 to 365'],
  ])("refuses %s, naming the option, the value and the fix", (_, argv, problem) => {
    expect((statePolicyCommand(argv) as { error: string }).error).toContain(problem);
  });
});
