/**
 * The config file's one definition, defaults included: zod validates it at the edge, and the
 * published JSON Schema (dbt-databricks-oauth.schema.json, `npm run schema`) is generated
 * from it, so the editor and the synth can never disagree. Facts about the services come
 * from facts.ts, the rules that relate fields from rules.ts.
 */
import { z } from "zod";
import { ACCOUNT_PREFIX_PATTERN, DBT_CLOUD_REGIONS } from "../dbt-cloud-regions";
import { didYouMean } from "./did-you-mean";
import { ACCESS_TOKEN_MINUTES, AWS_REGIONS, DATABRICKS_ACCOUNT_HOSTS, DBT_SCOPES, REFRESH_TOKEN_MINUTES } from "./facts";
import { checkAcrossIntegrations, checkIntegration, checkRotation, dbtCloudSettings, defaultSecretName } from "./rules";
import { checkConnectionEnd, checkRetirement } from "./retirement-rules";

const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const KMS_KEY =
  /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[A-Za-z0-9/_-]+|alias\/[A-Za-z0-9/_-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;
const IAM_PRINCIPAL = /^(\d{12}|arn:aws[a-z-]*:iam::\d{12}:(root|role\/[\w+=,.@/-]+|user\/[\w+=,.@/-]+))$/;
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;

const identifier = (what: string, pattern: RegExp, rule: string) => z.string().regex(pattern, { error: `${what} must be ${rule}` });

/** A whole number above 0, one message for every way it can be wrong. */
const positiveInt = (rule: string) => z.int({ error: rule }).positive({ error: rule });

const minutes = (field: string, what: string, range: { min: number; max: number; databricksDefault: number }) => {
  const rule = `${field} must be a whole number of minutes from ${range.min} to ${range.max}, the account API's range`;
  return z
    .int({ error: rule })
    .min(range.min, { error: rule })
    .max(range.max, { error: rule })
    .default(range.databricksDefault)
    .describe(`${what} lifetime, ${range.min}..${range.max} minutes. Default: ${range.databricksDefault}, Databricks' own default.`);
};

const tags = z
  .record(z.string().regex(TAG_KEY, { error: "tag keys are 1-128 letters, digits, spaces and _ . : / = + - @" }), z.string().max(256))
  .describe("AWS tags, key to value.");

const awsRegion = z.enum(AWS_REGIONS, {
  error: (issue) => `unknown AWS region${typeof issue.input === "string" ? didYouMean(issue.input, AWS_REGIONS) : ""}; use a region code such as "us-east-1"`,
});

const databricksAuth = z
  .discriminatedUnion(
    "method",
    [
      z.strictObject({ method: z.literal("oauth-m2m") }).describe("Service principal OAuth (M2M): DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET from the environment."),
      z
        .strictObject({
          method: z.literal("databricks-cli"),
          profile: z.string().min(1).optional().describe("The ~/.databrickscfg profile; DATABRICKS_CONFIG_PROFILE otherwise."),
        })
        .describe("User OAuth (U2M) through `databricks auth login --host <account console> --account-id <id>`."),
      z.strictObject({ method: z.literal("basic") }).describe("Account admin username and password (the source document's curl): DATABRICKS_USERNAME and DATABRICKS_PASSWORD."),
      z
        .strictObject({ method: z.literal("github-oidc") })
        .describe("GitHub Actions OIDC token exchanged through a service principal federation policy; DATABRICKS_CLIENT_ID names the principal."),
    ],
    { error: 'databricks.auth.method must be one of "oauth-m2m", "databricks-cli", "basic", "github-oidc"' },
  )
  .describe("How the Databricks provider authenticates. Only the method lives here; credentials come from the environment.");

const loopbackUrl = z
  .url({ protocol: /^https?$/, hostname: /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/, error: "must be an http(s) URL on the loopback interface, e.g. http://127.0.0.1:8080" })
  .describe("A local emulator's base URL.");

const secret = z
  .strictObject({
    name: z
      .string()
      .regex(SECRET_NAME, { error: "a Secrets Manager name is 1-512 characters of letters, digits and / _ + = . @ -" })
      .optional()
      .describe("Secret name. Default: <stackName>/<integration id>."),
    description: z.string().max(2048).optional(),
    kmsKeyId: identifier("kmsKeyId", KMS_KEY, "a KMS key ID, key ARN, alias name (alias/...) or alias ARN")
      .optional()
      .describe("Customer managed KMS key for the secret. Default: the account's aws/secretsmanager key."),
    recoveryWindowDays: z
      .int({ error: "recoveryWindowDays must be a whole number of days" })
      .default(30)
      .describe("Days a deleted secret stays recoverable: 7..30, or 0 together with forceDeleteWithoutRecovery."),
    forceDeleteWithoutRecovery: z.boolean().default(false).describe("Allow recoveryWindowDays 0: a destroy purges the secret at once and the client secret is gone."),
    tags: tags.optional(),
    readerPrincipals: z
      .array(identifier("a reader principal", IAM_PRINCIPAL, "an AWS account ID or an IAM role/user/root ARN"))
      .optional()
      .describe("IAM principals granted GetSecretValue by a resource policy (for example the role that configures dbt Cloud)."),
    replicaRegions: z.array(awsRegion).optional().describe("Regions the secret is replicated to."),
  })
  .prefault({})
  .describe("Where the client ID and secret are stored in AWS Secrets Manager.");

export const DATABRICKS_WORKSPACE_HOST = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const TF_VAR_ENV = /^TF_VAR_[A-Za-z_][A-Za-z0-9_-]*$/;

const dbtCloudConnection = z
  .strictObject({
    name: z.string().trim().min(1, { error: "connection.name must not be blank" }).max(255).describe("The connection's name in dbt Cloud."),
    databricks: z
      .strictObject({
        host: identifier("databricks.host", DATABRICKS_WORKSPACE_HOST, 'a workspace host name without https://, e.g. "dbc-a1b2c3d4-e5f6.cloud.databricks.com"').describe(
          "The Databricks workspace host dbt Cloud connects to.",
        ),
        httpPath: identifier("databricks.httpPath", /^\/\S+$/, 'the SQL warehouse or cluster HTTP path, starting with "/", e.g. "/sql/1.0/warehouses/abc123"').describe(
          "The SQL warehouse's HTTP path (Connection details).",
        ),
        catalog: z.string().min(1).optional().describe("Unity Catalog catalog; dbt Cloud's default otherwise."),
      })
      .describe("Where the connection points; the OAuth client ID and secret are always the integration's current client."),
    adopt: positiveInt("adopt must be the id of an existing dbt Cloud connection (a whole number)")
      .optional()
      .describe("An existing connection's id (Account settings → Connections, in its URL): imported on the first apply instead of creating one."),
    release: z
      .boolean({ error: "connection.release must be true or false" })
      .optional()
      .describe("true: stop managing the connection. The next apply forgets it (Terraform's removed block, destroy = false): it stays in dbt Cloud exactly as it is."),
    delete: z
      .boolean({ error: "connection.delete must be true or false" })
      .optional()
      .describe("true: the next apply deletes the connection in dbt Cloud (projects and environments that use it lose it)."),
  })
  .superRefine(checkConnectionEnd)
  .describe("The dbt Cloud Databricks connection this integration serves, managed as code: it always holds the current client.");

const dbtCloud = z
  .strictObject({
    region: z
      .enum(DBT_CLOUD_REGIONS, { error: `unknown dbt Cloud region; allowed: ${DBT_CLOUD_REGIONS.join(", ")}` })
      .optional()
      .describe("The dbt Cloud cell, the middle part of ACCOUNT_PREFIX.<region>.dbt.com."),
    accountPrefix: identifier("accountPrefix", ACCOUNT_PREFIX_PATTERN, 'a DNS label of lowercase letters and digits, such as "ab123" (the first part of your dbt Cloud access URL)')
      .optional()
      .describe("Your account prefix, the first part of the account-specific access URL."),
    accessUrl: z
      .string()
      .optional()
      .describe(
        "For single-tenant or legacy hosts instead of region + accountPrefix: https://HOST, no path, query or credentials; HOST on *.dbt.com or *.getdbt.com unless customHost.",
      ),
    customHost: z
      .boolean()
      .optional()
      .describe("true: accessUrl is a dbt Cloud host outside dbt's domains (*.dbt.com, *.getdbt.com), and the dbt Cloud token and client secret may be sent there."),
    accountId: positiveInt("accountId must be the dbt Cloud account id, a whole number (in the URL after /accounts/)")
      .optional()
      .describe("The dbt Cloud account id (the number after /accounts/ in dbt Cloud's URLs). Required with connection."),
    tokenEnv: identifier("tokenEnv", TF_VAR_ENV, "TF_VAR_<identifier>, e.g. TF_VAR_dbt_cloud_token: Terraform reads input variables only from TF_VAR_* environment variables")
      .default("TF_VAR_dbt_cloud_token")
      .describe("The environment variable that holds the dbt Cloud API token (never the config). Read only when a connection is managed."),
    connection: dbtCloudConnection.optional(),
  })
  .transform(dbtCloudSettings)
  .describe("Where dbt Cloud lives: region + accountPrefix, or accessUrl; optionally the account and the connection managed as code.");

const tokenLifetimes = z
  .strictObject({
    accessTokenMinutes: minutes("accessTokenMinutes", "Access token", ACCESS_TOKEN_MINUTES),
    refreshTokenMinutes: minutes("refreshTokenMinutes", "Refresh token", REFRESH_TOKEN_MINUTES),
  })
  // Always explicit: the API reports a policy even when none was sent, and an omitted block
  // would then show as a change on every plan.
  .prefault({})
  .describe("Token lifetimes of the integration's token access policy; what is omitted gets Databricks' default.");

const ROTATION_TOKEN = /^[a-z0-9][a-z0-9-]{0,15}$/;
const rotationToken = (field: string) => identifier(field, ROTATION_TOKEN, "1-16 lowercase letters, digits and hyphens, e.g. 2026-11");

const rotationPolicy = z
  .strictObject({
    current: rotationToken("rotation.current").optional().describe("The token of the client dbt Cloud uses now. None: the first client, named <name>; a token: <name>-<token>."),
    pending: rotationToken("rotation.pending")
      .optional()
      .describe("Rotation step 1: a new client, created and stored as AWSPENDING while the current one keeps serving. `npm run rotate -- start`."),
    everyDays: positiveInt("rotation.everyDays must be a whole number of days")
      .optional()
      .describe("Rotation policy: a rotation is due this many days after the current client was issued (e.g. 90)."),
    propagationMinutes: z
      .number({ error: "rotation.propagationMinutes must be a number of minutes, 0 or more" })
      .min(0, { error: "rotation.propagationMinutes must be a number of minutes, 0 or more" })
      .default(30)
      .describe("How long a new client needs before it can sign in (Databricks: up to 30 minutes). `rotate finish` waits this long after step 1."),
  })
  .superRefine(checkRotation);

const rotation = z
  .union([rotationToken("rotation").describe("The legacy form: the current client's token."), rotationPolicy])
  // The legacy string named the client's token under the address without one; see model.ts.
  .transform((value) => (typeof value === "string" ? { ...rotationPolicy.parse({ current: value }), legacyForm: true } : { ...value, legacyForm: false }))
  .prefault({})
  .describe("The integration's OAuth clients: the current one, a pending one during a rotation, and the rotation policy.");

const integration = z
  .strictObject({
    id: identifier("id", /^[a-z][a-z0-9-]{0,31}$/, "1-32 lowercase letters, digits and hyphens, starting with a letter").describe(
      "Logical id: names the Terraform resources and outputs. Renaming it replaces the integration.",
    ),
    name: identifier("name", /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "1-64 letters, digits and . _ -, starting with a letter or digit").describe(
      "The Databricks integration name, e.g. dbt-cloud-prod. A client with a rotation token is named <name>-<token>.",
    ),
    dbtCloud,
    scopes: z
      .array(z.enum(DBT_SCOPES, { error: `unknown scope; allowed: ${DBT_SCOPES.join(", ")}` }))
      .default(["sql", "offline_access"])
      .describe('OAuth scopes; add "all-apis" for Python models.'),
    tokenLifetimes,
    rotation,
    secret,
    retired: z
      .boolean({ error: "retired must be true or false" })
      .optional()
      .describe(
        "true: retire the integration. The next apply deletes its OAuth clients (dbt Cloud loses sign-in) and schedules its secret for deletion with the recovery window; a managed connection must say release or delete.",
      ),
  })
  .superRefine(checkIntegration)
  .superRefine(checkRetirement)
  .describe("One dbt Cloud account connected to Databricks through its own OAuth app integration.");

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of this file's JSON Schema, for editors."),
    stackName: identifier("stackName", /^[A-Za-z][A-Za-z0-9-]{0,62}$/, "1-63 letters, digits and hyphens, starting with a letter")
      .default("dbt-databricks-oauth")
      .describe("The cdktf stack name; also the default prefix of secret names."),
    databricks: z
      .strictObject({
        accountId: z.guid({ error: "databricks.accountId must be a UUID such as 0d26daa6-5e44-4c97-a497-ef015f91254a (account console, top right menu)" }),
        host: z
          .enum(DATABRICKS_ACCOUNT_HOSTS, { error: `must be an account console: ${DATABRICKS_ACCOUNT_HOSTS.join(", ")}` })
          .default(DATABRICKS_ACCOUNT_HOSTS[0])
          .describe("The account console host. Default: AWS."),
        auth: databricksAuth.default({ method: "oauth-m2m" }),
      })
      .describe("The Databricks account the integrations are created in."),
    aws: z
      .strictObject({
        region: awsRegion.describe("Region of the secrets."),
        defaultTags: tags.optional(),
      })
      .describe("The AWS account (from the environment's credentials) that stores the secrets."),
    backend: z
      .discriminatedUnion(
        "type",
        [
          z.strictObject({
            type: z.literal("local"),
            path: z.string().min(1).optional().describe("State file path. Default: terraform.<stackName>.tfstate in the project root."),
          }),
          z.strictObject({
            type: z.literal("s3"),
            bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: "an S3 bucket name (3-63 lowercase letters, digits, . and -)" }),
            key: z.string().min(1).max(1024),
            region: awsRegion.optional().describe("Bucket region. Default: aws.region."),
            kmsKeyId: identifier("kmsKeyId", KMS_KEY, "a KMS key ID, key ARN, alias name or alias ARN").optional(),
          }),
        ],
        { error: 'backend.type must be "local" or "s3"' },
      )
      .default({ type: "local" })
      .describe("Where Terraform state lives. The state holds the client secrets: use s3 for anything shared."),
    sandbox: z
      .strictObject({
        databricksUrl: loopbackUrl,
        awsUrl: loopbackUrl,
        dbtCloudUrl: loopbackUrl.optional(),
        workspaces: z
          .record(z.string().regex(DATABRICKS_WORKSPACE_HOST, { error: "a workspace host name without https://" }), loopbackUrl)
          .optional()
          .describe("Workspace host → the emulator's URL that stands in for https://{host} (its OIDC endpoints), for `npm run rotate -- check` and the sign-in prober."),
      })
      .optional()
      .describe("Points the providers at local emulators (npm run sandbox, the end-to-end tests). Never set for a real account."),
    integrations: z.array(integration).min(1, { error: "list at least one integration" }),
  })
  // The default secret name needs the stack name, so it is filled in once the whole file parsed.
  .transform(({ integrations, ...config }) => ({
    ...config,
    integrations: integrations.map(({ secret, ...rest }) => ({ ...rest, secret: { ...secret, name: secret.name ?? defaultSecretName(config.stackName, rest.id) } })),
  }))
  .superRefine(checkAcrossIntegrations)
  .describe("dbt Cloud OAuth app integrations in a Databricks account, with their secrets in AWS Secrets Manager.");

export type ConfigInput = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;
export type ParsedIntegration = ParsedConfig["integrations"][number];
