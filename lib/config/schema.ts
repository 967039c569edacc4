/**
 * The config file's one definition: zod validates it at the edge, and the published JSON
 * Schema (dbt-databricks-oauth.schema.json, `npm run schema`) is generated from it, so the
 * editor and the synth can never disagree.
 */
import { z } from "zod";
import { ACCOUNT_PREFIX_PATTERN, DBT_CLOUD_REGIONS } from "../dbt-cloud-regions";

/** Account consoles the Databricks account API is served from (AWS, Azure, GCP, AWS GovCloud). */
export const DATABRICKS_ACCOUNT_HOSTS = [
  "https://accounts.cloud.databricks.com",
  "https://accounts.azuredatabricks.net",
  "https://accounts.gcp.databricks.com",
  "https://accounts.cloud.databricks.us",
] as const;

/** Scopes dbt Cloud can use: `sql` for SQL models, `all-apis` for Python models, `offline_access` for refresh tokens. */
export const DBT_SCOPES = ["sql", "offline_access", "all-apis"] as const;
export const DEFAULT_SCOPES: readonly (typeof DBT_SCOPES)[number][] = ["sql", "offline_access"];

/** The account API's accepted ranges (facts.md §2), and Databricks' default access token lifetime. */
export const ACCESS_TOKEN_MINUTES = { min: 5, max: 1440, default: 60 } as const;
export const REFRESH_TOKEN_MINUTES = { min: 5, max: 129600, default: 10080 } as const;

const AWS_REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const KMS_KEY = /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[A-Za-z0-9/_-]+|alias\/[A-Za-z0-9/_-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;
const IAM_PRINCIPAL = /^(\d{12}|arn:aws[a-z-]*:iam::\d{12}:(root|role\/[\w+=,.@/-]+|user\/[\w+=,.@/-]+))$/;
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;

const identifier = (what: string, pattern: RegExp, rule: string) =>
  z.string().regex(pattern, { error: `${what} must be ${rule}` });

const minutes = (field: string, range: { min: number; max: number }) => {
  const rule = `${field} must be a whole number of minutes from ${range.min} to ${range.max}, the account API's range`;
  return z.int({ error: rule }).min(range.min, { error: rule }).max(range.max, { error: rule }).optional();
};

const tags = z
  .record(z.string().regex(TAG_KEY, { error: "tag keys are 1-128 letters, digits, spaces and _ . : / = + - @" }), z.string().max(256))
  .describe("AWS tags, key to value.");

const awsRegion = identifier("an AWS region", AWS_REGION, 'an AWS region code such as "us-east-1"');

const databricksAuth = z
  .discriminatedUnion(
    "method",
    [
      z
        .strictObject({ method: z.literal("oauth-m2m") })
        .describe("Service principal OAuth (M2M): DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET from the environment."),
      z
        .strictObject({
          method: z.literal("databricks-cli"),
          profile: z.string().min(1).optional().describe("The ~/.databrickscfg profile; DATABRICKS_CONFIG_PROFILE otherwise."),
        })
        .describe("User OAuth (U2M) through `databricks auth login --host <account console> --account-id <id>`."),
      z
        .strictObject({ method: z.literal("basic") })
        .describe("Account admin username and password (the source document's curl): DATABRICKS_USERNAME and DATABRICKS_PASSWORD."),
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
    forceDeleteWithoutRecovery: z
      .boolean()
      .default(false)
      .describe("Allow recoveryWindowDays 0: a destroy purges the secret at once and the client secret is gone."),
    tags: tags.optional(),
    readerPrincipals: z
      .array(identifier("a reader principal", IAM_PRINCIPAL, "an AWS account ID or an IAM role/user/root ARN"))
      .optional()
      .describe("IAM principals granted GetSecretValue by a resource policy (for example the role that configures dbt Cloud)."),
    replicaRegions: z.array(awsRegion).optional().describe("Regions the secret is replicated to."),
  })
  .describe("Where the client ID and secret are stored in AWS Secrets Manager.");

const dbtCloud = z
  .strictObject({
    region: z
      .enum(DBT_CLOUD_REGIONS, { error: `unknown dbt Cloud region; allowed: ${DBT_CLOUD_REGIONS.join(", ")}` })
      .optional()
      .describe("The dbt Cloud cell, the middle part of ACCOUNT_PREFIX.<region>.dbt.com."),
    accountPrefix: identifier(
      "accountPrefix",
      ACCOUNT_PREFIX_PATTERN,
      'a DNS label of lowercase letters and digits, such as "ab123" (the first part of your dbt Cloud access URL)',
    )
      .optional()
      .describe("Your account prefix, the first part of the account-specific access URL."),
    accessUrl: z
      .string()
      .optional()
      .describe("For single-tenant or legacy hosts instead of region + accountPrefix: https://HOST, no path, query or credentials."),
  })
  .describe("Where dbt Cloud lives: region + accountPrefix, or accessUrl.");

const tokenLifetimes = z
  .strictObject({
    accessTokenMinutes: minutes("accessTokenMinutes", ACCESS_TOKEN_MINUTES).describe(
      `Access token lifetime, ${ACCESS_TOKEN_MINUTES.min}..${ACCESS_TOKEN_MINUTES.max} minutes (Databricks default 60).`,
    ),
    refreshTokenMinutes: minutes("refreshTokenMinutes", REFRESH_TOKEN_MINUTES).describe(
      `Refresh token lifetime, ${REFRESH_TOKEN_MINUTES.min}..${REFRESH_TOKEN_MINUTES.max} minutes (Databricks default 10080).`,
    ),
  })
  .describe("Token lifetimes of the integration's token access policy. What is omitted is set to Databricks' default (60 and 10080 minutes).");

export const integrationSchema = z
  .strictObject({
    id: identifier("id", /^[a-z][a-z0-9-]{0,31}$/, "1-32 lowercase letters, digits and hyphens, starting with a letter").describe(
      "Logical id: names the Terraform resources and outputs. Renaming it replaces the integration.",
    ),
    name: identifier("name", /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "1-64 letters, digits and . _ -, starting with a letter or digit").describe(
      "The Databricks integration name, e.g. dbt-cloud-prod. With a rotation token it becomes <name>-<rotation>.",
    ),
    dbtCloud,
    scopes: z
      .array(z.enum(DBT_SCOPES, { error: `unknown scope; allowed: ${DBT_SCOPES.join(", ")}` }))
      .default([...DEFAULT_SCOPES])
      .describe('OAuth scopes. Default ["sql", "offline_access"]; add "all-apis" for Python models.'),
    tokenLifetimes: tokenLifetimes.optional(),
    rotation: identifier("rotation", /^[a-z0-9][a-z0-9-]{0,15}$/, "1-16 lowercase letters, digits and hyphens, e.g. 2026-11")
      .optional()
      .describe("Rotation token. Changing it replaces the integration (new client ID and secret) and stores the new secret."),
    secret: secret.default({ recoveryWindowDays: 30, forceDeleteWithoutRecovery: false }),
  })
  .superRefine(checkIntegration)
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
      .strictObject({ databricksUrl: loopbackUrl, awsUrl: loopbackUrl })
      .optional()
      .describe("Points both providers at local emulators (npm run sandbox, the end-to-end tests). Never set for a real account."),
    integrations: z.array(integrationSchema).min(1, { error: "list at least one integration" }),
  })
  .superRefine(checkAcrossIntegrations)
  .describe("dbt Cloud OAuth app integrations in a Databricks account, with their secrets in AWS Secrets Manager.");

type Ctx = z.RefinementCtx;

function checkIntegration(integration: {
  dbtCloud: z.output<typeof dbtCloud>;
  scopes: string[];
  tokenLifetimes?: z.output<typeof tokenLifetimes>;
  secret: z.output<typeof secret>;
}, ctx: Ctx): void {
  const { dbtCloud: where, scopes, tokenLifetimes: lifetimes, secret: store } = integration;
  const problem = (path: (string | number)[], message: string, input?: unknown) =>
    ctx.addIssue({ code: "custom", path, message, input });

  if (where.accessUrl !== undefined) {
    if (where.region !== undefined || where.accountPrefix !== undefined) {
      problem(["dbtCloud"], "set either accessUrl, or region and accountPrefix, not both");
    }
    const reason = accessUrlProblem(where.accessUrl);
    if (reason) problem(["dbtCloud", "accessUrl"], reason, where.accessUrl);
  } else {
    if (where.region === undefined) problem(["dbtCloud", "region"], `required (one of ${DBT_CLOUD_REGIONS.join(", ")}), or set dbtCloud.accessUrl instead`);
    if (where.accountPrefix === undefined) problem(["dbtCloud", "accountPrefix"], 'required with region: the first part of your access URL, e.g. "ab123" in ab123.us1.dbt.com');
  }

  if (new Set(scopes).size !== scopes.length) problem(["scopes"], "lists a scope twice", scopes);
  if (!scopes.includes("offline_access")) {
    problem(["scopes"], 'must include "offline_access": without it Databricks issues no refresh token and dbt Cloud users sign in again every hour', scopes);
  }
  if (!scopes.includes("sql") && !scopes.includes("all-apis")) problem(["scopes"], 'must include "sql" (SQL models) or "all-apis" (Python models)', scopes);

  const access = lifetimes?.accessTokenMinutes ?? ACCESS_TOKEN_MINUTES.default;
  if (lifetimes?.refreshTokenMinutes !== undefined && lifetimes.refreshTokenMinutes < access) {
    problem(["tokenLifetimes", "refreshTokenMinutes"], `must be at least the access token lifetime (${access} minutes)`, lifetimes.refreshTokenMinutes);
  }

  const window = store.recoveryWindowDays;
  if (window === 0 && !store.forceDeleteWithoutRecovery) {
    problem(["secret", "recoveryWindowDays"], "0 deletes the secret without recovery; set secret.forceDeleteWithoutRecovery to true to mean it, or use 7..30", window);
  } else if (window !== 0 && (window < 7 || window > 30)) {
    problem(["secret", "recoveryWindowDays"], "must be 7..30 days (or 0 with forceDeleteWithoutRecovery)", window);
  }
  if (store.forceDeleteWithoutRecovery && window !== 0) {
    problem(["secret", "forceDeleteWithoutRecovery"], "true requires secret.recoveryWindowDays 0", true);
  }
  const replicas = store.replicaRegions ?? [];
  if (new Set(replicas).size !== replicas.length) problem(["secret", "replicaRegions"], "lists a region twice", replicas);
}

/** Why an access URL is unusable as a redirect base, or undefined when it is fine. */
export function accessUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be a URL such as https://cloud.getdbt.com or https://ACCOUNT_PREFIX.us1.dbt.com";
  }
  if (url.protocol !== "https:") return "must use https://";
  if (url.username || url.password) return "must not carry credentials (user:password@)";
  if (url.port) return "must not name a port";
  if (url.pathname !== "/" || value.replace(/\/$/, "") !== `https://${url.host}`) return "must be only https://HOST, with no path, query or fragment";
  if (!/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(url.hostname)) return "must name a DNS host";
  return undefined;
}

function checkAcrossIntegrations(config: {
  stackName: string;
  aws: { region: string };
  integrations: { id: string; name: string; secret: { name?: string; replicaRegions?: string[] } }[];
}, ctx: Ctx): void {
  const firstIndex = new Map<string, number>();
  const unique = (field: string, index: number, value: string, path: (string | number)[]) => {
    const key = `${field}\u0000${value}`;
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else ctx.addIssue({ code: "custom", path: ["integrations", index, ...path], message: `duplicates integrations[${first}]: each integration needs its own ${field}`, input: value });
  };
  config.integrations.forEach((integration, index) => {
    unique("id", index, integration.id, ["id"]);
    unique("name", index, integration.name, ["name"]);
    unique("secret name", index, integration.secret.name ?? defaultSecretName(config.stackName, integration.id), ["secret", "name"]);
    if (integration.secret.replicaRegions?.includes(config.aws.region)) {
      ctx.addIssue({ code: "custom", path: ["integrations", index, "secret", "replicaRegions"], message: `must not include aws.region (${config.aws.region}), where the primary secret lives`, input: integration.secret.replicaRegions });
    }
  });
}

export function defaultSecretName(stackName: string, integrationId: string): string {
  return `${stackName}/${integrationId}`;
}

export type ConfigInput = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;
export type ParsedIntegration = z.output<typeof integrationSchema>;
