import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { configPathFromEnv, loadConfigFile, parseConfig } from "../../lib/config/load-config";
import type { AppConfig, IntegrationSpec } from "../../lib/config/model";
import { configInput, integrationInput, problemsOf } from "../support/config";
import { tempDir } from "../support/temp-dir";

/** The one integration a parsed test config holds; fails the test when there is not exactly one. */
function onlyIntegration(config: AppConfig): IntegrationSpec {
  const [integration, ...more] = config.integrations;
  if (!integration || more.length > 0) throw new Error(`expected exactly one integration, got ${config.integrations.length}`);
  return integration;
}

const withIntegration = (overrides: Record<string, unknown>) => configInput({ integrations: [integrationInput(overrides as never)] });
const withSecret = (secret: Record<string, unknown>) => withIntegration({ secret });

describe("config loading", () => {
  it("accepts a dbt Cloud host outside dbt's domains only when the config says customHost: true", () => {
    const { config } = parseConfig(withIntegration({ dbtCloud: { accessUrl: "https://dbt.acme.example", customHost: true } }));
    expect(onlyIntegration(config)).toMatchObject({ accessUrl: "https://dbt.acme.example", dbtCloud: { host: "dbt.acme.example", customHost: true } });
  });

  it("accepts the committed example and resolves defaults", () => {
    const { config } = loadConfigFile("dbt-databricks-oauth.json");
    expect(config.integrations[0]).toMatchObject({
      id: "prod",
      accessUrl: "https://ab123.us1.dbt.com",
      scopes: ["sql", "offline_access"],
      secret: { name: "dbt-cloud/databricks-oauth/prod", recoveryWindowDays: 30 },
    });
  });

  it("fills in every default for a minimal config", () => {
    const { config } = parseConfig(configInput());
    expect(config).toMatchObject({
      stackName: "dbt-databricks-oauth",
      databricks: { host: "https://accounts.cloud.databricks.com", authMethod: "oauth-m2m" },
      backend: { type: "local" },
    });
    const integration = onlyIntegration(config);
    expect(integration.secret.name).toBe("dbt-databricks-oauth/prod");
    expect(integration.tokenAccessPolicy).toEqual({ accessTokenTtlInMinutes: 60, refreshTokenTtlInMinutes: 10080 });
    expect(Object.isFrozen(integration.redirectUrls)).toBe(true);
  });

  it("given a secret section without a recovery window, when parsed, keeps a deleted secret recoverable for 30 days", () => {
    const { config } = parseConfig(withSecret({ name: "dbt/prod" }));
    expect(onlyIntegration(config).secret).toMatchObject({ name: "dbt/prod", recoveryWindowDays: 30 });
  });

  it("given a refresh token lifetime equal to the access token's, when parsed, accepts it", () => {
    const { config } = parseConfig(withIntegration({ tokenLifetimes: { accessTokenMinutes: 120, refreshTokenMinutes: 120 } }));
    expect(onlyIntegration(config).tokenAccessPolicy).toEqual({ accessTokenTtlInMinutes: 120, refreshTokenTtlInMinutes: 120 });
  });

  it("given a rotation token of 16 characters, the longest allowed, when parsed, accepts it", () => {
    const { config } = parseConfig(withIntegration({ rotation: "a".repeat(16) }));
    expect(onlyIntegration(config).rotation.current.token).toBe("a".repeat(16));
  });

  it("given the legacy string form, when parsed, reads it as the current token, keeping the state at the unsuffixed address", () => {
    const legacy = onlyIntegration(parseConfig(withIntegration({ rotation: "2026-11" })).config).rotation;
    expect(legacy.current).toMatchObject({ token: "2026-11", name: "dbt-cloud-prod-2026-11", resourceName: "prod_2026-11", movedFrom: "prod", stage: "AWSCURRENT" });
    expect(legacy.propagationMinutes).toBe(30);
    expect(onlyIntegration(parseConfig(withIntegration({ rotation: { current: "2026-11" } })).config).rotation.current.movedFrom).toBeUndefined();
  });

  it("given a rotation in progress, names both clients differently, so both can exist, and stages them", () => {
    const { rotation } = onlyIntegration(parseConfig(withIntegration({ rotation: { current: "r1", pending: "r2", everyDays: 90, propagationMinutes: 5 } })).config);
    expect(rotation).toMatchObject({
      current: { token: "r1", name: "dbt-cloud-prod-r1", resourceName: "prod_r1", stage: "AWSCURRENT" },
      pending: { token: "r2", name: "dbt-cloud-prod-r2", resourceName: "prod_r2", stage: "AWSPENDING" },
      everyDays: 90,
      propagationMinutes: 5,
    });
  });

  it("given no rotation, the one client keeps the configured name and the integration id as its address", () => {
    const { rotation } = onlyIntegration(parseConfig(withIntegration({})).config);
    expect(rotation.current).toEqual({ token: undefined, label: "(none)", name: "dbt-cloud-prod", resourceName: "prod", stage: "AWSCURRENT", movedFrom: undefined });
    expect(rotation.pending).toBeUndefined();
  });

  it("given a managed connection, derives the dbtcloud provider's host URL from the access URL and the token variable from tokenEnv", () => {
    const { config } = parseConfig(
      withIntegration({
        dbtCloud: {
          region: "us1",
          accountPrefix: "ab123",
          accountId: 42,
          connection: { name: "Databricks", databricks: { host: "dbc-1.cloud.databricks.com", httpPath: "/sql/1.0/warehouses/x" } },
        },
      }),
    );
    expect(onlyIntegration(config).dbtCloudAccount).toEqual({
      accountId: 42,
      hostUrl: "https://ab123.us1.dbt.com/api",
      tokenVariable: "dbt_cloud_token",
      tokenEnv: "TF_VAR_dbt_cloud_token",
    });
    expect(onlyIntegration(config).connection).toEqual({
      name: "Databricks",
      host: "dbc-1.cloud.databricks.com",
      httpPath: "/sql/1.0/warehouses/x",
      catalog: undefined,
      adopt: undefined,
    });
  });

  it("reads the path from DBT_OAUTH_CONFIG, defaulting to the project file", () => {
    expect(configPathFromEnv({ DBT_OAUTH_CONFIG: "other.json" })).toBe("other.json");
    expect(configPathFromEnv({})).toBe("dbt-databricks-oauth.json");
  });

  describe("warnings", () => {
    it("warns on a legacy shared host and names the replacement", () => {
      const { warnings } = parseConfig(withIntegration({ dbtCloud: { accessUrl: "https://emea.dbt.com" } }));
      expect(warnings.join("\n")).toMatch(/integrations\[0\]\.dbtCloud\.accessUrl: emea\.dbt\.com is a legacy shared dbt Cloud host.*"eu1"/);
    });

    it("warns on a secret name ending in a hyphen and six characters, which partial-ARN look-ups can confuse", () => {
      const { warnings } = parseConfig(withSecret({ name: "dbt/prod-abc123" }));
      expect(warnings).toContain(
        'integrations[0].secret.name: "dbt/prod-abc123" ends with a hyphen and six characters, which AWS advises against (partial-ARN look-ups can match the wrong secret)',
      );
      for (const name of ["dbt/prod-abc12", "dbt/prod-abc1234", "dbt/prod/abc123"]) {
        expect(parseConfig(withSecret({ name })).warnings.join("\n")).not.toContain("secret.name");
      }
    });

    it("warns that local state holds the secrets, except in the sandbox", () => {
      expect(parseConfig(configInput()).warnings.join("\n")).toContain("state holds every client secret");
      const sandbox = { databricksUrl: "http://127.0.0.1:1234", awsUrl: "http://127.0.0.1:5678" };
      expect(parseConfig(configInput({ sandbox })).warnings).toEqual([]);
      expect(parseConfig(configInput({ backend: { type: "s3", bucket: "tf-state", key: "dbt.tfstate" } })).warnings).toEqual([]);
    });
  });

  describe("rejects bad input with the field, the value and what is allowed", () => {
    it.each<[string, unknown, string[]]>([
      [
        "an unknown region",
        withIntegration({ dbtCloud: { region: "us9", accountPrefix: "ab123" } }),
        ['integrations[0].dbtCloud.region: unknown dbt Cloud region; allowed: au1, au2, eu1, eu2, eu3, eu4, jp1, us1, us2, us3, us5 (got "us9")'],
      ],
      ["a missing account prefix", withIntegration({ dbtCloud: { region: "us1" } }), ["integrations[0].dbtCloud.accountPrefix: required with region"]],
      [
        "a malformed account prefix",
        withIntegration({ dbtCloud: { region: "us1", accountPrefix: "AB_123" } }),
        ['integrations[0].dbtCloud.accountPrefix: accountPrefix must be a DNS label of lowercase letters and digits, such as "ab123"'],
      ],
      ["neither region nor accessUrl", withIntegration({ dbtCloud: {} }), ["integrations[0].dbtCloud.region: required", "integrations[0].dbtCloud.accountPrefix: required"]],
      [
        "both region and accessUrl",
        withIntegration({ dbtCloud: { region: "us1", accountPrefix: "ab123", accessUrl: "https://x.dbt.com" } }),
        ["integrations[0].dbtCloud: set either accessUrl, or region and accountPrefix, not both"],
      ],
      [
        "an http access URL",
        withIntegration({ dbtCloud: { accessUrl: "http://acme.getdbt.com" } }),
        ['integrations[0].dbtCloud.accessUrl: must use https:// (got "http://acme.getdbt.com")'],
      ],
      [
        "an access URL with a path",
        withIntegration({ dbtCloud: { accessUrl: "https://acme.getdbt.com/login" } }),
        ["integrations[0].dbtCloud.accessUrl: must be only https://HOST, with no path, query or fragment"],
      ],
      [
        "an access URL with a query",
        withIntegration({ dbtCloud: { accessUrl: "https://acme.getdbt.com?x=1" } }),
        ["integrations[0].dbtCloud.accessUrl: must be only https://HOST"],
      ],
      [
        "an access URL with credentials",
        withIntegration({ dbtCloud: { accessUrl: "https://me:pw@acme.getdbt.com" } }),
        ["integrations[0].dbtCloud.accessUrl: must not carry credentials"],
      ],
      [
        "a malformed account ID",
        configInput({ databricks: { accountId: "1234" } }),
        ['databricks.accountId: databricks.accountId must be a UUID such as 0d26daa6-5e44-4c97-a497-ef015f91254a (account console, top right menu) (got "1234")'],
      ],
      [
        "an unknown Databricks host",
        configInput({ databricks: { accountId: "0d26daa6-5e44-4c97-a497-ef015f91254a", host: "https://dbc-1.cloud.databricks.com" as never } }),
        ["databricks.host: must be an account console: https://accounts.cloud.databricks.com"],
      ],
      [
        "an unknown auth method",
        configInput({ databricks: { accountId: "0d26daa6-5e44-4c97-a497-ef015f91254a", auth: { method: "password" } as never } }),
        ['databricks.auth.method: databricks.auth.method must be one of "oauth-m2m", "databricks-cli", "basic", "github-oidc"'],
      ],
      [
        "an access token lifetime below the API's range",
        withIntegration({ tokenLifetimes: { accessTokenMinutes: 4 } }),
        ["integrations[0].tokenLifetimes.accessTokenMinutes: accessTokenMinutes must be a whole number of minutes from 5 to 1440, the account API's range (got 4)"],
      ],
      [
        "a refresh token lifetime above the API's range",
        withIntegration({ tokenLifetimes: { refreshTokenMinutes: 129601 } }),
        ["integrations[0].tokenLifetimes.refreshTokenMinutes: refreshTokenMinutes must be a whole number of minutes from 5 to 129600, the account API's range (got 129601)"],
      ],
      [
        "a fractional lifetime",
        withIntegration({ tokenLifetimes: { accessTokenMinutes: 60.5 } }),
        ["integrations[0].tokenLifetimes.accessTokenMinutes: accessTokenMinutes must be a whole number of minutes from 5 to 1440"],
      ],
      [
        "a refresh token shorter than the access token",
        withIntegration({ tokenLifetimes: { accessTokenMinutes: 120, refreshTokenMinutes: 60 } }),
        ["integrations[0].tokenLifetimes.refreshTokenMinutes: must be at least the access token lifetime (120 minutes) (got 60)"],
      ],
      [
        "a refresh token shorter than the default access token",
        withIntegration({ tokenLifetimes: { refreshTokenMinutes: 30 } }),
        ["integrations[0].tokenLifetimes.refreshTokenMinutes: must be at least the access token lifetime (60 minutes) (got 30)"],
      ],
      [
        "an unknown scope",
        withIntegration({ scopes: ["sql", "offline_access", "admin"] }),
        ['integrations[0].scopes[2]: unknown scope; allowed: sql, offline_access, all-apis (got "admin")'],
      ],
      ["scopes without offline_access", withIntegration({ scopes: ["sql"] }), ['integrations[0].scopes: must include "offline_access"']],
      [
        "scopes without sql or all-apis",
        withIntegration({ scopes: ["offline_access"] }),
        ['integrations[0].scopes: must include "sql" (SQL models) or "all-apis" (Python models)'],
      ],
      ["a repeated scope", withIntegration({ scopes: ["sql", "sql", "offline_access"] }), ["integrations[0].scopes: lists a scope twice"]],
      [
        "an invalid Secrets Manager name",
        withSecret({ name: "dbt cloud/prod!" }),
        ['integrations[0].secret.name: a Secrets Manager name is 1-512 characters of letters, digits and / _ + = . @ - (got "dbt cloud/prod!")'],
      ],
      [
        "a recovery window of 3 days",
        withSecret({ recoveryWindowDays: 3 }),
        ["integrations[0].secret.recoveryWindowDays: must be 7..30 days (or 0 with forceDeleteWithoutRecovery) (got 3)"],
      ],
      ["a recovery window of 31 days", withSecret({ recoveryWindowDays: 31 }), ["integrations[0].secret.recoveryWindowDays: must be 7..30 days"]],
      [
        "a recovery window of 0 without the force flag",
        withSecret({ recoveryWindowDays: 0 }),
        ["integrations[0].secret.recoveryWindowDays: 0 deletes the secret without recovery; set secret.forceDeleteWithoutRecovery to true"],
      ],
      [
        "the force flag with a recovery window",
        withSecret({ forceDeleteWithoutRecovery: true }),
        ["integrations[0].secret.forceDeleteWithoutRecovery: true requires secret.recoveryWindowDays 0"],
      ],
      [
        "a malformed KMS key",
        withSecret({ kmsKeyId: "my-key" }),
        ['integrations[0].secret.kmsKeyId: kmsKeyId must be a KMS key ID, key ARN, alias name (alias/...) or alias ARN (got "my-key")'],
      ],
      [
        "a malformed reader principal",
        withSecret({ readerPrincipals: ["dbt-admins"] }),
        ['integrations[0].secret.readerPrincipals[0]: a reader principal must be an AWS account ID or an IAM role/user/root ARN (got "dbt-admins")'],
      ],
      ["a replica in the primary region", withSecret({ replicaRegions: ["us-east-1"] }), ["integrations[0].secret.replicaRegions: must not include aws.region (us-east-1)"]],
      ["a malformed AWS region", configInput({ aws: { region: "US East" as never } }), ['aws.region: unknown AWS region; use a region code such as "us-east-1" (got "US East")']],
      ["an AWS region that does not exist", configInput({ aws: { region: "us-east-9" as never } }), ['aws.region: unknown AWS region (did you mean "us-east-1"?)']],
      [
        "a replica region that does not exist",
        withSecret({ replicaRegions: ["eu-wets-1"] }),
        ['integrations[0].secret.replicaRegions[0]: unknown AWS region (did you mean "eu-west-1"?)'],
      ],
      [
        "an S3 backend region that does not exist",
        configInput({ backend: { type: "s3", bucket: "tf-state", key: "k", region: "eu-west-7" as never } }),
        ["backend.region: unknown AWS region"],
      ],
      ["an access URL with a port", withIntegration({ dbtCloud: { accessUrl: "https://acme.getdbt.com:8443" } }), ["integrations[0].dbtCloud.accessUrl: must not name a port"]],
      [
        "an access URL with an IP host",
        withIntegration({ dbtCloud: { accessUrl: "https://10.0.0.5" } }),
        ['integrations[0].dbtCloud.accessUrl: must name a DNS host, not an IP address (got "https://10.0.0.5")'],
      ],
      [
        "an access URL with an IPv6 host",
        withIntegration({ dbtCloud: { accessUrl: "https://[2001:db8::1]" } }),
        ["integrations[0].dbtCloud.accessUrl: must name a DNS host, not an IP address"],
      ],
      [
        "an access URL with a host that is not a DNS name",
        withIntegration({ dbtCloud: { accessUrl: "https://dbt_cloud.example.com" } }),
        ['integrations[0].dbtCloud.accessUrl: must name a DNS host (got "https://dbt_cloud.example.com")'],
      ],
      [
        "an access URL outside dbt's domains without customHost",
        withIntegration({ dbtCloud: { accessUrl: "https://dbt.attacker.example" } }),
        [
          'integrations[0].dbtCloud.accessUrl: is not on dbt\'s domains (*.dbt.com, *.getdbt.com), and the dbt Cloud token and the client secret are sent to it; if it is your dbt Cloud host on its own domain, also set dbtCloud.customHost to true (got "https://dbt.attacker.example")',
        ],
      ],
      [
        "a host that only ends like dbt's domain",
        withIntegration({ dbtCloud: { accessUrl: "https://acme.notdbt.com" } }),
        ["integrations[0].dbtCloud.accessUrl: is not on dbt's domains"],
      ],
      [
        "customHost on a host of dbt's domains",
        withIntegration({ dbtCloud: { accessUrl: "https://acme.getdbt.com", customHost: true } }),
        ["integrations[0].dbtCloud.customHost: is only for a host outside dbt's domains (*.dbt.com, *.getdbt.com); remove it (got true)"],
      ],
      [
        "customHost with region and accountPrefix",
        withIntegration({ dbtCloud: { region: "us1", accountPrefix: "ab123", customHost: true } }),
        ["integrations[0].dbtCloud.customHost: applies only with accessUrl"],
      ],
      [
        "a replica region listed twice",
        withSecret({ replicaRegions: ["eu-west-1", "eu-west-1"] }),
        ['integrations[0].secret.replicaRegions: lists a region twice (got ["eu-west-1","eu-west-1"])'],
      ],
      ["a rotation token longer than 16 characters", withIntegration({ rotation: "a".repeat(17) }), ["integrations[0].rotation: rotation must be 1-16 lowercase letters"]],
      [
        "a pending token equal to the current one",
        withIntegration({ rotation: { current: "r1", pending: "r1" } }),
        ['integrations[0].rotation.pending: must differ from rotation.current: the pending client is a new one; choose another token (got "r1")'],
      ],
      [
        "a malformed pending token",
        withIntegration({ rotation: { pending: "R2" } }),
        ['integrations[0].rotation.pending: rotation.pending must be 1-16 lowercase letters, digits and hyphens, e.g. 2026-11 (got "R2")'],
      ],
      [
        "a negative propagation window",
        withIntegration({ rotation: { propagationMinutes: -1 } }),
        ["integrations[0].rotation.propagationMinutes: rotation.propagationMinutes must be a number of minutes, 0 or more (got -1)"],
      ],
      [
        "a connection without the dbt Cloud account",
        withIntegration({
          dbtCloud: { region: "us1", accountPrefix: "ab123", connection: { name: "c", databricks: { host: "dbc-1.cloud.databricks.com", httpPath: "/sql/1.0/warehouses/x" } } },
        }),
        ["integrations[0].dbtCloud.accountId: required with connection"],
      ],
      [
        "a token variable Terraform cannot read",
        withIntegration({ dbtCloud: { region: "us1", accountPrefix: "ab123", tokenEnv: "DBT_CLOUD_TOKEN" } }),
        [
          'integrations[0].dbtCloud.tokenEnv: tokenEnv must be TF_VAR_<identifier>, e.g. TF_VAR_dbt_cloud_token: Terraform reads input variables only from TF_VAR_* environment variables (got "DBT_CLOUD_TOKEN")',
        ],
      ],
      [
        "a workspace host with https://",
        withIntegration({
          dbtCloud: {
            region: "us1",
            accountPrefix: "ab123",
            accountId: 1,
            connection: { name: "c", databricks: { host: "https://dbc-1.cloud.databricks.com", httpPath: "/sql/1.0/warehouses/x" } },
          },
        }),
        ["integrations[0].dbtCloud.connection.databricks.host: databricks.host must be a workspace host name without https://"],
      ],
      [
        "one dbt Cloud account with two tokens",
        configInput({
          integrations: [
            integrationInput({ dbtCloud: { region: "us1", accountPrefix: "ab123", accountId: 7 } }),
            integrationInput({ id: "b", name: "b", dbtCloud: { region: "us1", accountPrefix: "ab123", accountId: 7, tokenEnv: "TF_VAR_other" } }),
          ],
        }),
        ["integrations[1].dbtCloud: dbt Cloud account 7 is also integrations[0]'s, at ab123.us1.dbt.com with TF_VAR_dbt_cloud_token: one account has one host and one token"],
      ],
      ["empty integrations", configInput({ integrations: [] }), ["integrations: list at least one integration (got [])"]],
      ["a missing databricks section", { aws: { region: "us-east-1" }, integrations: [integrationInput()] }, ["databricks: required"]],
      ["a non-object config", [1, 2], ["config: "]],
      [
        "a non-loopback sandbox URL",
        configInput({ sandbox: { databricksUrl: "http://10.0.0.5:80", awsUrl: "http://127.0.0.1:1" } }),
        ["sandbox.databricksUrl: must be an http(s) URL on the loopback interface"],
      ],
      ["an S3 backend without a bucket", configInput({ backend: { type: "s3", key: "k" } as never }), ["backend.bucket: required"]],
    ])("%s", (_title, raw, expected) => {
      const problems = problemsOf(raw);
      for (const fragment of expected) {
        const [path] = fragment.split(": ");
        if (path === "config") expect(problems.length).toBeGreaterThan(0);
        else expect(problems).toEqual(expect.arrayContaining([expect.stringContaining(fragment)]));
      }
    });

    it("rejects duplicate ids, names and secret names across integrations", () => {
      const problems = problemsOf(
        configInput({
          integrations: [integrationInput({ secret: { name: "shared" } }), integrationInput({ dbtCloud: { region: "eu1", accountPrefix: "cd456" }, secret: { name: "shared" } })],
        }),
      );
      expect(problems).toEqual([
        'integrations[1].id: duplicates integrations[0]: each integration needs its own id (got "prod")',
        'integrations[1].name: duplicates integrations[0]: each integration needs its own name (got "dbt-cloud-prod")',
        'integrations[1].secret.name: duplicates integrations[0]: each integration needs its own secret name (got "shared")',
      ]);
    });

    it("rejects unknown keys instead of ignoring typos, and suggests the intended key", () => {
      const raw = { ...withIntegration({ scope: ["sql"] }), regoin: "x" };
      expect(problemsOf(raw)).toEqual([
        expect.stringMatching(
          /^integrations\[0\]\.scope: unknown key \(did you mean "scopes"\?\); allowed here: id, name, dbtCloud, scopes, tokenLifetimes, rotation, secret, retired$/,
        ),
        expect.stringMatching(/^regoin: unknown key; allowed here: \$schema, stackName, databricks, aws, backend, sandbox, integrations$/),
      ]);
    });

    it("rejects a key that belongs to another auth method", () => {
      const raw = configInput({ databricks: { accountId: "0d26daa6-5e44-4c97-a497-ef015f91254a", auth: { method: "oauth-m2m", profile: "x" } as never } });
      expect(problemsOf(raw)).toEqual([expect.stringContaining("databricks.auth.profile: unknown key")]);
    });

    it("reports every problem of a file at once", () => {
      const raw = configInput({ aws: { region: "nowhere" as never }, integrations: [integrationInput({ id: "Prod", scopes: ["sql"] })] });
      expect(problemsOf(raw)).toHaveLength(3);
    });
  });

  describe("the file itself", () => {
    const dir = tempDir("dbt-oauth-config-");

    it("names a missing file and how to point at one", () => {
      expect(() => loadConfigFile(join(dir, "absent.json"))).toThrow(/absent\.json: 1 problem.*\n.*cannot read the config file \(no such file\); set DBT_OAUTH_CONFIG/);
    });

    it.each([
      ["a truncated file", '{\n  "stackName": ', "ValueExpected at line 2, column 16"],
      ["a trailing comma", '{\n  "aws": { "region": "us-east-1" },\n}', "PropertyNameExpected at line 3, column 1"],
      ["a comment", '{\n  // prod\n  "stackName": "x"\n}', "InvalidCommentToken at line 2, column 3"],
    ])("names the line and column of a file that is not JSON: %s", (_title, text, where) => {
      const file = join(dir, "broken.json");
      writeFileSync(file, text);
      expect(() => loadConfigFile(file)).toThrow(`broken.json: 1 problem; nothing was synthesized.\n  - is not valid JSON: ${where}`);
    });

    it("says that nothing was synthesized", () => {
      expect(() => loadConfigFile(join(dir, "absent.json"))).toThrow(/nothing was synthesized/);
    });
  });
});
