/**
 * The two providers and the state backend. No credentials appear here: each provider
 * reads them from the environment through its own mechanisms (DATABRICKS_* variables or
 * the CLI profile; the AWS credential chain), so nothing secret reaches cdktf.out.
 */
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { DatabricksProvider } from "@cdktf/provider-databricks/lib/provider";
import { LocalBackend, S3Backend, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import * as path from "node:path";
import { AppConfig } from "./config/model";

export class AccountProviders extends Construct {
  constructor(scope: Construct, id: string, config: AppConfig) {
    super(scope, id);
    const { databricks, aws, sandbox } = config;

    new DatabricksProvider(this, "databricks", {
      accountId: databricks.accountId,
      ...(sandbox
        ? // A plain http:// account host is only accepted as a "unified host" (facts.md §4);
          // the emulator takes the token from DATABRICKS_TOKEN.
          { host: sandbox.databricksUrl, experimentalIsUnifiedHost: true, authType: "pat" }
        : { host: databricks.host, authType: databricks.authMethod, profile: databricks.profile }),
    });

    new AwsProvider(this, "aws", {
      region: aws.region,
      defaultTags: Object.keys(aws.defaultTags).length > 0 ? [{ tags: { ...aws.defaultTags } }] : undefined,
      ...(sandbox && {
        endpoints: [{ secretsmanager: sandbox.awsUrl, sts: sandbox.awsUrl }],
        skipCredentialsValidation: true,
        skipRequestingAccountId: true,
        skipMetadataApiCheck: "true",
        // Fail fast against the emulators rather than back off for minutes (the default is 25).
        maxRetries: 2,
      }),
    });
  }
}

export function configureBackend(stack: TerraformStack, config: AppConfig): void {
  const backend = config.backend;
  if (backend.type === "local") {
    // Relative paths are taken from the project root, like cdktf's own default.
    new LocalBackend(stack, backend.path ? { path: path.resolve(backend.path) } : {});
    return;
  }
  new S3Backend(stack, {
    bucket: backend.bucket,
    key: backend.key,
    region: backend.region ?? config.aws.region,
    encrypt: true,
    kmsKeyId: backend.kmsKeyId,
    ...(config.sandbox && {
      // The sandbox's moto serves S3 on its one loopback port, so bucket names go in the path.
      endpoints: { s3: config.sandbox.awsUrl },
      usePathStyle: true,
      skipCredentialsValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: true,
      skipRegionValidation: true,
    }),
  });
  // S3-native state locking (Terraform 1.10+); cdktf 0.21's S3Backend has no option for it.
  stack.addOverride("terraform.backend.s3.use_lockfile", true);
}
