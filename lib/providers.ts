/**
 * The providers. No credentials appear here: the Databricks and AWS providers read them
 * from the environment through their own mechanisms (DATABRICKS_* variables or the CLI
 * profile; the AWS credential chain), and each dbt Cloud provider's token arrives in a
 * sensitive Terraform variable from the TF_VAR_* environment variable the config names, so
 * nothing secret reaches cdktf.out.
 */
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { DatabricksProvider } from "@cdktf/provider-databricks/lib/provider";
import { TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { DbtcloudProvider } from "../.gen/providers/dbtcloud/provider";
import type { AppConfig } from "./config/model";
import { SANDBOX_AWS_ACCOUNT_ID, SANDBOX_ENVIRONMENT_KEY, sandboxAwsEnvironment } from "./sandbox-environment";
import { literal, literalMap } from "./terraform-literal";

export type AccountProvidersProps = Pick<AppConfig, "databricks" | "aws" | "sandbox" | "integrations">;

export class AccountProviders extends Construct {
  /** One dbtcloud provider per dbt Cloud account with a managed connection, by account id. */
  readonly dbtCloud = new Map<number, DbtcloudProvider>();

  constructor(scope: Construct, id: string, { databricks, aws, sandbox, integrations }: AccountProvidersProps) {
    super(scope, id);

    new DatabricksProvider(this, "databricks", {
      accountId: literal(databricks.accountId),
      ...(sandbox
        ? // The provider accepts a plain http:// account host only as a "unified host";
          // the emulator takes the token from DATABRICKS_TOKEN.
          { host: literal(sandbox.databricksUrl), experimentalIsUnifiedHost: true, authType: "pat" }
        : { host: literal(databricks.host), authType: databricks.authMethod, profile: literal(databricks.profile) }),
    });

    new AwsProvider(this, "aws", {
      region: literal(aws.region),
      defaultTags: Object.keys(aws.defaultTags).length > 0 ? [{ tags: literalMap(aws.defaultTags) }] : undefined,
      ...(sandbox && {
        // The endpoints come from the environment (sandboxAwsEnvironment). Without it, STS
        // would answer from real AWS, and no real account is moto's: the provider stops
        // before it writes anything ("AWS account ID not allowed"), whatever credentials
        // the shell holds.
        allowedAccountIds: [SANDBOX_AWS_ACCOUNT_ID],
        skipCredentialsValidation: true,
        skipMetadataApiCheck: "true",
        // Fail fast against the emulators rather than back off for minutes (the default is 25).
        maxRetries: 2,
      }),
    });

    // Recorded in the stack, per stack, for the CLIs that run terraform on it (the drift check)
    // and read its secrets: a JSON property named "//" is a comment to terraform.
    if (sandbox) TerraformStack.of(this).addOverride(`//.${SANDBOX_ENVIRONMENT_KEY}`, sandboxAwsEnvironment(sandbox.awsUrl));

    const tokens = new Map<string, TerraformVariable>();
    for (const { dbtCloudAccount: account } of integrations) {
      if (!account || this.dbtCloud.has(account.accountId)) continue;
      let token = tokens.get(account.tokenVariable);
      if (!token) {
        token = new TerraformVariable(this, account.tokenVariable, {
          type: "string",
          sensitive: true,
          nullable: false,
          description: `dbt Cloud API token, from ${account.tokenEnv}: read-only for plans, account admin for the deploy job.`,
        });
        token.overrideLogicalId(account.tokenVariable);
        // Ephemeral (Terraform 1.10+; cdktf 0.21 has no option for it): kept out of the saved
        // plan and the state, and read again when the plan is applied, so the plan job's
        // read-only token never reaches the apply and the deploy job's admin token never the plan.
        token.addOverride("ephemeral", true);
        tokens.set(account.tokenVariable, token);
      }
      this.dbtCloud.set(
        account.accountId,
        new DbtcloudProvider(this, `dbtcloud-${account.accountId}`, {
          alias: `dbtcloud_${account.accountId}`,
          accountId: account.accountId,
          hostUrl: literal(account.hostUrl),
          token: token.stringValue,
          // The emulator's faults are retried 1 s apart instead of 10.
          ...(sandbox && { retryIntervalSeconds: 1 }),
        }),
      );
    }
  }
}
