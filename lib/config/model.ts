/**
 * The typed, immutable model the constructs receive: everything derived from the parsed
 * file (redirect URLs, effective names) is computed here once, as plain data.
 */
import { redirectUrls } from "../dbt-cloud-regions";
import { DbtCloudLocation } from "./rules";
import { ParsedConfig, ParsedIntegration } from "./schema";

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
  readonly dbtCloud: DbtCloudLocation;
  /** `https://` and the access host: what dbt Cloud users open, and the base of the redirect URLs. */
  readonly accessUrl: string;
  readonly redirectUrls: readonly string[];
  readonly scopes: readonly string[];
  readonly tokenAccessPolicy: TokenAccessPolicy;
  readonly rotation?: string;
  readonly secret: SecretSettings;
}

export interface AppConfig {
  readonly stackName: string;
  readonly databricks: {
    readonly accountId: string;
    readonly host: ParsedConfig["databricks"]["host"];
    readonly authMethod: ParsedConfig["databricks"]["auth"]["method"];
    readonly profile?: string;
  };
  readonly aws: { readonly region: string; readonly defaultTags: Readonly<Record<string, string>> };
  readonly backend: ParsedConfig["backend"];
  readonly sandbox?: { readonly databricksUrl: string; readonly awsUrl: string };
  readonly integrations: readonly IntegrationSpec[];
}

function toIntegrationSpec(integration: ParsedIntegration): IntegrationSpec {
  const { dbtCloud, tokenLifetimes, secret } = integration;
  const accessUrl = `https://${dbtCloud.host}`;
  return {
    id: integration.id,
    name: integration.rotation ? `${integration.name}-${integration.rotation}` : integration.name,
    dbtCloud,
    accessUrl,
    redirectUrls: redirectUrls(dbtCloud.host),
    scopes: integration.scopes,
    tokenAccessPolicy: { accessTokenTtlInMinutes: tokenLifetimes.accessTokenMinutes, refreshTokenTtlInMinutes: tokenLifetimes.refreshTokenMinutes },
    rotation: integration.rotation,
    secret: {
      name: secret.name,
      description: secret.description ?? `dbt Cloud OAuth client for Databricks (${integration.name}, ${accessUrl})`,
      kmsKeyId: secret.kmsKeyId,
      recoveryWindowDays: secret.recoveryWindowDays,
      tags: secret.tags ?? {},
      readerPrincipals: secret.readerPrincipals ?? [],
      replicaRegions: secret.replicaRegions ?? [],
    },
  };
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
    integrations: parsed.integrations.map(toIntegrationSpec),
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
