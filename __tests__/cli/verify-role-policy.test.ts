/**
 * Given a config, when the verify role's policy is built, then it lets that role call
 * secretsmanager:GetSecretValue on exactly the config's secrets and nothing else. IAM is not
 * emulated here (moto does not enforce identity policies), so the policy is checked as data,
 * statement by statement, with IAM's matching rules: `*` and `?` wildcards in actions and
 * resources count.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { partitionOf, verifyRolePolicy, verifyRoleTrustPolicy, type IamPolicy, type IamStatement } from "../../cli/verify-role-policy";
import { parseConfig } from "../../lib/config/load-config";
import { configInput, integrationInput } from "../support/config";

const ACCOUNT = "111122223333";
const config = parseConfig(
  configInput({
    integrations: [
      integrationInput({ secret: { name: "dbt-cloud/databricks-oauth/prod" } }),
      integrationInput({ id: "emea", name: "dbt-cloud-emea", dbtCloud: { region: "eu1", accountPrefix: "cd456" } }),
    ],
  }),
).config;

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** IAM string matching: case-sensitive for resources (case-insensitive for actions), `*` any run, `?` one character. */
function matches(pattern: string, value: string, ignoreCase = false): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${regex}$`, ignoreCase ? "i" : "").test(value);
}

/** Whether an Allow statement (none here uses Deny, NotAction or NotResource) lets `action` on `resource`. */
function allows(policy: IamPolicy, action: string, resource: string): boolean {
  return policy.Statement.some((s) => list(s.Action).some((a) => matches(a, action, true)) && list(s.Resource).some((r) => matches(r, resource)));
}

const arn = (name: string, region = "us-east-1") => `arn:aws:secretsmanager:${region}:${ACCOUNT}:secret:${name}-AbC123`;

describe("verifyRolePolicy", () => {
  const policy = verifyRolePolicy(config, ACCOUNT);

  it("allows GetSecretValue on each of the config's secrets, by the ARN Secrets Manager gives it", () => {
    expect(allows(policy, "secretsmanager:GetSecretValue", arn("dbt-cloud/databricks-oauth/prod"))).toBe(true);
    expect(allows(policy, "secretsmanager:GetSecretValue", arn("dbt-databricks-oauth/emea"))).toBe(true);
  });

  it("allows nothing else: no other Secrets Manager action, no other service, no other secret", () => {
    for (const action of [
      "secretsmanager:PutSecretValue",
      "secretsmanager:DescribeSecret",
      "secretsmanager:ListSecrets",
      "secretsmanager:GetResourcePolicy",
      "s3:GetObject",
      "kms:Decrypt",
    ]) {
      expect([action, allows(policy, action, arn("dbt-cloud/databricks-oauth/prod"))]).toEqual([action, false]);
    }
    for (const other of [
      arn("dbt-cloud/databricks-oauth/prod-old"),
      arn("dbt-cloud/databricks-oauth/prod2"),
      arn("dbt-cloud/other"),
      arn("dbt-cloud/databricks-oauth/prod", "eu-west-1"),
    ]) {
      expect([other, allows(policy, "secretsmanager:GetSecretValue", other)]).toEqual([other, false]);
    }
  });

  it("is one statement, an Allow of one action named without wildcards, one resource per secret, no conditions to reason about", () => {
    expect(policy.Statement).toEqual([
      {
        Sid: "ReadTheClientsToCheck",
        Effect: "Allow",
        Action: "secretsmanager:GetSecretValue",
        Resource: [
          `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:dbt-cloud/databricks-oauth/prod-??????`,
          `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:dbt-databricks-oauth/emea-??????`,
        ],
      } satisfies IamStatement,
    ]);
  });

  it("adds kms:Decrypt on a secret's customer managed key, only through Secrets Manager in its region; a key alias is refused", () => {
    const key = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const withKey = parseConfig(configInput({ integrations: [integrationInput({ secret: { kmsKeyId: key } })] })).config;
    const [, decrypt] = verifyRolePolicy(withKey, ACCOUNT).Statement;
    expect(decrypt).toEqual({
      Sid: "DecryptThoseSecretsOnly",
      Effect: "Allow",
      Action: "kms:Decrypt",
      Resource: [key],
      Condition: { StringEquals: { "kms:ViaService": "secretsmanager.us-east-1.amazonaws.com" } },
    });
    const withAlias = parseConfig(configInput({ integrations: [integrationInput({ secret: { kmsKeyId: "alias/dbt" } })] })).config;
    expect(() => verifyRolePolicy(withAlias, ACCOUNT)).toThrow("secret.kmsKeyId \"alias/dbt\": the verify role's policy needs the key's ARN");
  });

  it("these checks catch a wider policy: a wildcard action or a prefix resource", () => {
    const wider = (change: Partial<IamStatement>): IamPolicy => ({ ...policy, Statement: [{ ...policy.Statement[0]!, ...change }] });
    expect(allows(wider({ Action: "secretsmanager:*" }), "secretsmanager:PutSecretValue", arn("dbt-cloud/databricks-oauth/prod"))).toBe(true);
    expect(allows(wider({ Resource: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:dbt-cloud/*` }), "secretsmanager:GetSecretValue", arn("dbt-cloud/other"))).toBe(true);
  });

  it("refuses an account that is not 12 digits, naming the option, the value and the fix", () => {
    expect(() => verifyRolePolicy(config, "1111")).toThrow('--account "1111" is not an AWS account ID: give the 12 digits');
  });

  it("uses the region's partition", () => {
    expect([partitionOf("us-east-1"), partitionOf("us-gov-west-1"), partitionOf("cn-north-1")]).toEqual(["aws", "aws-us-gov", "aws-cn"]);
  });
});

describe("verifyRoleTrustPolicy", () => {
  it("trusts only GitHub's OIDC tokens of this repository's main branch, for STS", () => {
    const [trust, ...others] = verifyRoleTrustPolicy(ACCOUNT, "acme/dbt-databricks-oauth").Statement;
    expect(others).toEqual([]);
    expect(trust).toEqual({
      Sid: "DeployWorkflowOnMainOnly",
      Effect: "Allow",
      Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` },
      Action: "sts:AssumeRoleWithWebIdentity",
      Condition: {
        StringEquals: {
          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
          "token.actions.githubusercontent.com:sub": "repo:acme/dbt-databricks-oauth:ref:refs/heads/main",
        },
      },
    });
    expect(() => verifyRoleTrustPolicy(ACCOUNT, "dbt-databricks-oauth")).toThrow('--repository "dbt-databricks-oauth" is not OWNER/NAME');
  });
});

describe("docs/github-actions.md section 1.6", () => {
  it("shows the policy verify:policy builds for its example config (one secret in us-east-1)", () => {
    const doc = readFileSync(join(__dirname, "../../docs/github-actions.md"), "utf8");
    const section = doc.slice(doc.indexOf("### 1.6 The verify role"));
    const shown = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    const example = parseConfig(configInput({ integrations: [integrationInput({ secret: { name: "dbt-cloud/databricks-oauth/prod" } })] })).config;
    expect(JSON.parse(shown!.replaceAll("ACCOUNT", ACCOUNT))).toEqual(verifyRolePolicy(example, ACCOUNT));
  });
});
