/**
 * Facts about the services the config describes: which values Databricks and AWS accept.
 * The zod schema (schema.ts) and the cross-field rules (rules.ts) read them from here.
 */

/** Account consoles the Databricks account API is served from (AWS, Azure, GCP, AWS GovCloud). */
export const DATABRICKS_ACCOUNT_HOSTS = [
  "https://accounts.cloud.databricks.com",
  "https://accounts.azuredatabricks.net",
  "https://accounts.gcp.databricks.com",
  "https://accounts.cloud.databricks.us",
] as const;

/**
 * The domains dbt Labs serves dbt Cloud from (facts §1): `ACCOUNT_PREFIX.<cell>.dbt.com`, the legacy
 * `cloud.getdbt.com`, `emea.dbt.com`, `au.dbt.com` and single-tenant `INSTANCE.getdbt.com`. The
 * provider sends the dbt Cloud token (and, at apply, the client secret) to the access host, so
 * a host outside them is accepted only when the config says so (`dbtCloud.customHost: true`).
 */
export const DBT_CLOUD_DOMAINS = ["dbt.com", "getdbt.com"] as const;

/** Scopes dbt Cloud can use: `sql` for SQL models, `all-apis` for Python models, `offline_access` for refresh tokens. */
export const DBT_SCOPES = ["sql", "offline_access", "all-apis"] as const;

/**
 * Token lifetimes the Databricks account API accepts for a custom app integration's token
 * access policy (it rejects values outside these ranges with 400 INVALID_PARAMETER_VALUE),
 * and the lifetimes Databricks applies when none is sent.
 */
export const ACCESS_TOKEN_MINUTES = { min: 5, max: 1440, databricksDefault: 60 } as const;
export const REFRESH_TOKEN_MINUTES = { min: 5, max: 129600, databricksDefault: 10080 } as const;

/** Secrets Manager's recovery window: 7 to 30 days, or 0 (ForceDeleteWithoutRecovery) to purge at once. */
export const RECOVERY_WINDOW_DAYS = { min: 7, max: 30 } as const;

/**
 * Every AWS region, all partitions. Source: the endpoint partitions data the AWS SDK for
 * JavaScript ships (@aws-sdk/core 3.981.2, util-endpoints partitions), without the
 * `*-global` pseudo-regions. __tests__/config/aws-regions.test.ts fails when the installed
 * SDK knows a region this list does not.
 */
export const AWS_REGIONS = [
  // aws
  "af-south-1",
  "ap-east-1",
  "ap-east-2",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-south-2",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "ap-southeast-5",
  "ap-southeast-6",
  "ap-southeast-7",
  "ca-central-1",
  "ca-west-1",
  "eu-central-1",
  "eu-central-2",
  "eu-north-1",
  "eu-south-1",
  "eu-south-2",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "il-central-1",
  "me-central-1",
  "me-south-1",
  "me-west-1",
  "mx-central-1",
  "sa-east-1",
  "sa-west-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  // aws-cn, aws-eusc, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-us-gov
  "cn-north-1",
  "cn-northwest-1",
  "eusc-de-east-1",
  "us-iso-east-1",
  "us-iso-west-1",
  "us-isob-east-1",
  "us-isob-west-1",
  "eu-isoe-west-1",
  "us-isof-east-1",
  "us-isof-south-1",
  "us-gov-east-1",
  "us-gov-west-1",
] as const;
