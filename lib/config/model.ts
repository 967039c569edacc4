/**
 * The typed, immutable model the constructs receive: everything derived from the file
 * (access host, redirect URLs, effective names) is computed here once, as plain data.
 */
import { accountHost, DbtCloudRegion, redirectUrls } from "../dbt-cloud-regions";
import { ACCESS_TOKEN_MINUTES, DATABRICKS_ACCOUNT_HOSTS, defaultSecretName, ParsedConfig, ParsedIntegration, REFRESH_TOKEN_MINUTES } from "./schema";

export type DatabricksAuthMethod = ParsedConfig["databricks"]["auth"]["method"];
export type BackendConfig = ParsedConfig["backend"];

export interface TokenAccessPolicy {
  readonly accessTokenTtlInMinutes: number;
  readonly refreshTokenTtlInMinutes: number;
}

export interface SecretSettings {
  readonly name: string;
  readonly description: string;
  readonly kmsKeyId?: string;
  readonly recoveryWindowDays: number;
  readonly tags: Readonly<Record<string, string>>;
  readonly readerPrincipals: readonly string[];
  readonly replicaRegions: readonly string[];
}

export interface IntegrationSpec {
  readonly id: string;
  /** The name Databricks sees: the configured name, suffixed with the rotation token so old and new can coexist. */
  readonly name: string;
  readonly accessUrl: string;
  readonly redirectUrls: readonly string[];
  readonly scopes: readonly string[];
  /**
   * Always explicit, Databricks' defaults filled in: the API reports a policy even when
   * none was sent, and an omitted block would then show as a change on every plan.
   */
  readonly tokenAccessPolicy: TokenAccessPolicy;
  readonly rotation?: string;
  readonly secret: SecretSettings;
}

export interface SandboxEndpoints {
  readonly databricksUrl: string;
  readonly awsUrl: string;
}

export interface AppConfig {
  readonly stackName: string;
  readonly databricks: {
    readonly accountId: string;
    readonly host: (typeof DATABRICKS_ACCOUNT_HOSTS)[number];
    readonly authMethod: DatabricksAuthMethod;
    readonly profile?: string;
  };
  readonly aws: { readonly region: string; readonly defaultTags: Readonly<Record<string, string>> };
  readonly backend: BackendConfig;
  readonly sandbox?: SandboxEndpoints;
  readonly integrations: readonly IntegrationSpec[];
}

export function accessHostOf(dbtCloud: ParsedIntegration["dbtCloud"]): string {
  if (dbtCloud.accessUrl !== undefined) return new URL(dbtCloud.accessUrl).hostname;
  // The schema's checks guarantee region and prefix whenever accessUrl is absent.
  return accountHost(dbtCloud.region as DbtCloudRegion, dbtCloud.accountPrefix as string);
}

function toIntegrationSpec(stackName: string, integration: ParsedIntegration): IntegrationSpec {
  const host = accessHostOf(integration.dbtCloud);
  const lifetimes = integration.tokenLifetimes;
  const secret = integration.secret;
  return deepFreeze({
    id: integration.id,
    name: integration.rotation ? `${integration.name}-${integration.rotation}` : integration.name,
    accessUrl: `https://${host}`,
    redirectUrls: redirectUrls(host),
    scopes: integration.scopes,
    tokenAccessPolicy: {
      accessTokenTtlInMinutes: lifetimes?.accessTokenMinutes ?? ACCESS_TOKEN_MINUTES.default,
      refreshTokenTtlInMinutes: lifetimes?.refreshTokenMinutes ?? REFRESH_TOKEN_MINUTES.default,
    },
    rotation: integration.rotation,
    secret: {
      name: secret.name ?? defaultSecretName(stackName, integration.id),
      description: secret.description ?? `dbt Cloud OAuth client for Databricks (${integration.name}, https://${host})`,
      kmsKeyId: secret.kmsKeyId,
      recoveryWindowDays: secret.recoveryWindowDays,
      tags: secret.tags ?? {},
      readerPrincipals: secret.readerPrincipals ?? [],
      replicaRegions: secret.replicaRegions ?? [],
    },
  });
}

export function toAppConfig(parsed: ParsedConfig): AppConfig {
  const auth = parsed.databricks.auth;
  return deepFreeze({
    stackName: parsed.stackName,
    databricks: {
      accountId: parsed.databricks.accountId,
      host: parsed.databricks.host,
      authMethod: auth.method,
      profile: auth.method === "databricks-cli" ? auth.profile : undefined,
    },
    aws: { region: parsed.aws.region, defaultTags: parsed.aws.defaultTags ?? {} },
    backend: parsed.backend,
    sandbox: parsed.sandbox,
    integrations: parsed.integrations.map((integration) => toIntegrationSpec(parsed.stackName, integration)),
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
