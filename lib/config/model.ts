/**
 * The typed, immutable model the constructs receive: everything derived from the parsed
 * file (redirect URLs, effective names) is computed here once, as plain data.
 */
import { redirectUrls } from "../dbt-cloud-regions";
import { type ConnectionEnd, connectionEnd } from "./retirement-rules";
import type { DbtCloudSettings } from "./rules";
import type { ParsedConfig, ParsedIntegration } from "./schema";

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

/** Secrets Manager's staging labels, as its own rotation uses them. */
export type ClientStage = "AWSCURRENT" | "AWSPENDING";

/**
 * One OAuth client: a Databricks integration and its stored secret version. Its addresses
 * derive from its token, so they stay the same for the client's whole life.
 */
export interface OAuthClientSpec {
  /** The rotation token; undefined for a client made before any rotation. */
  readonly token?: string;
  /** How outputs and the CLIs name the client: the token, or "(none)". */
  readonly label: string;
  /** Terraform resource name: <id>, or <id>_<token>. */
  readonly resourceName: string;
  /** The Databricks integration name: <name>, or <name>-<token>; unique while both clients exist. */
  readonly name: string;
  readonly stage: ClientStage;
  /**
   * The Terraform name this client had before clients had their own (the legacy string form,
   * or a rotation started from it): its state there is moved, not replaced.
   */
  readonly movedFrom?: string;
}

export interface RotationSpec {
  readonly current: OAuthClientSpec;
  readonly pending?: OAuthClientSpec;
  readonly everyDays?: number;
  readonly propagationMinutes: number;
}

/** The dbt Cloud account, when the connection is managed: one provider per account. */
export interface DbtCloudAccountSpec {
  readonly accountId: number;
  /** `host_url` of the dbtcloud provider: the access URL's API. */
  readonly hostUrl: string;
  /** The Terraform variable the token arrives in (tokenEnv without TF_VAR_). */
  readonly tokenVariable: string;
  readonly tokenEnv: string;
}

export interface DbtCloudConnectionSpec {
  readonly name: string;
  readonly host: string;
  readonly httpPath: string;
  readonly catalog?: string;
  readonly adopt?: number;
  /** Set when the app stops managing it: "release" forgets it (dbt Cloud keeps it), "delete" deletes it. */
  readonly end?: ConnectionEnd;
}

export interface IntegrationSpec {
  readonly id: string;
  /** The configured Databricks integration name; each client's own name is in rotation. */
  readonly name: string;
  readonly dbtCloud: DbtCloudSettings;
  /** `https://` and the access host: what dbt Cloud users open, and the base of the redirect URLs. */
  readonly accessUrl: string;
  readonly redirectUrls: readonly string[];
  readonly scopes: readonly string[];
  readonly tokenAccessPolicy: TokenAccessPolicy;
  readonly rotation: RotationSpec;
  readonly dbtCloudAccount?: DbtCloudAccountSpec;
  readonly connection?: DbtCloudConnectionSpec;
  readonly secret: SecretSettings;
  /** Retired: nothing of it is declared any more, so the apply deletes its clients and secret. */
  readonly retired: boolean;
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
  readonly sandbox?: {
    readonly databricksUrl: string;
    readonly awsUrl: string;
    readonly dbtCloudUrl?: string;
    /** Workspace host → the local URL standing in for https://{host}. */
    readonly workspaces?: Readonly<Record<string, string>>;
  };
  readonly integrations: readonly IntegrationSpec[];
}

function clientSpec(integration: ParsedIntegration, token: string | undefined, stage: ClientStage): OAuthClientSpec {
  const { rotation } = integration;
  // The legacy form kept the current client's state under the unsuffixed name.
  const movesFromUnsuffixed = stage === "AWSCURRENT" && token !== undefined && (rotation.legacyForm || rotation.pending !== undefined);
  return {
    token,
    label: token ?? "(none)",
    resourceName: token ? `${integration.id}_${token}` : integration.id,
    name: token ? `${integration.name}-${token}` : integration.name,
    stage,
    movedFrom: movesFromUnsuffixed ? integration.id : undefined,
  };
}

function toIntegrationSpec(integration: ParsedIntegration, sandbox: ParsedConfig["sandbox"]): IntegrationSpec {
  const { dbtCloud, tokenLifetimes, secret, rotation } = integration;
  const accessUrl = `https://${dbtCloud.host}`;
  const { connection, accountId } = dbtCloud;
  return {
    id: integration.id,
    name: integration.name,
    dbtCloud,
    accessUrl,
    redirectUrls: redirectUrls(dbtCloud.host),
    scopes: integration.scopes,
    tokenAccessPolicy: { accessTokenTtlInMinutes: tokenLifetimes.accessTokenMinutes, refreshTokenTtlInMinutes: tokenLifetimes.refreshTokenMinutes },
    rotation: {
      current: clientSpec(integration, rotation.current, "AWSCURRENT"),
      pending: rotation.pending === undefined ? undefined : clientSpec(integration, rotation.pending, "AWSPENDING"),
      everyDays: rotation.everyDays,
      propagationMinutes: rotation.propagationMinutes,
    },
    dbtCloudAccount:
      connection && accountId !== undefined
        ? {
            accountId,
            hostUrl: `${sandbox?.dbtCloudUrl ?? accessUrl}/api`,
            tokenVariable: dbtCloud.tokenEnv.slice("TF_VAR_".length),
            tokenEnv: dbtCloud.tokenEnv,
          }
        : undefined,
    connection: connection && { name: connection.name, ...connection.databricks, adopt: connection.adopt, end: connectionEnd(connection) },
    secret: {
      name: secret.name,
      description: secret.description ?? `dbt Cloud OAuth client for Databricks (${integration.name}, ${accessUrl})`,
      kmsKeyId: secret.kmsKeyId,
      recoveryWindowDays: secret.recoveryWindowDays,
      tags: secret.tags ?? {},
      readerPrincipals: secret.readerPrincipals ?? [],
      replicaRegions: secret.replicaRegions ?? [],
    },
    retired: integration.retired === true,
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
    integrations: parsed.integrations.map((integration) => toIntegrationSpec(integration, parsed.sandbox)),
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
