/**
 * The two providers. No credentials appear here: each provider
 * reads them from the environment through its own mechanisms (DATABRICKS_* variables or
 * the CLI profile; the AWS credential chain), so nothing secret reaches cdktf.out.
 */
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { DatabricksProvider } from "@cdktf/provider-databricks/lib/provider";
import { Construct } from "constructs";
import { AppConfig } from "./config/model";

export type AccountProvidersProps = Pick<AppConfig, "databricks" | "aws" | "sandbox">;

export class AccountProviders extends Construct {
  constructor(scope: Construct, id: string, { databricks, aws, sandbox }: AccountProvidersProps) {
    super(scope, id);

    new DatabricksProvider(this, "databricks", {
      accountId: databricks.accountId,
      ...(sandbox
        ? // The provider accepts a plain http:// account host only as a "unified host";
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
