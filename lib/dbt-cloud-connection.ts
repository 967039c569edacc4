/**
 * The dbt Cloud Databricks connection an integration serves, managed as code: it always
 * holds the integration's CURRENT client, so a rotation's step 2 (or a recreate after drift)
 * switches dbt Cloud in the same apply that stores the client. The order of step 2 is:
 * AWSCURRENT moves to the new client (this resource depends on its secret version), then
 * this connection is switched, then the old client is deleted (its removal waits for the
 * update of this resource, which referenced it: create_before_destroy, see
 * oauth-app-integration.ts).
 */
import type { CustomAppIntegration } from "@cdktf/provider-databricks/lib/custom-app-integration";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { GlobalConnection } from "../.gen/providers/dbtcloud/global-connection";
import type { DbtcloudProvider } from "../.gen/providers/dbtcloud/provider";
import type { DbtCloudConnectionSpec, IntegrationSpec } from "./config/model";
import { literal } from "./terraform-literal";

export interface DbtCloudConnectionProps {
  readonly integration: IntegrationSpec;
  readonly connection: DbtCloudConnectionSpec;
  readonly provider: DbtcloudProvider;
  /** The current client's integration. */
  readonly current: CustomAppIntegration;
  /** The current client's secret version: promoted to AWSCURRENT before dbt Cloud switches. */
  readonly currentVersion: ITerraformDependable;
}

export class DbtCloudConnection extends Construct {
  readonly resource: GlobalConnection;

  constructor(scope: Construct, id: string, { integration, connection, provider, current, currentVersion }: DbtCloudConnectionProps) {
    super(scope, id);
    this.resource = new GlobalConnection(this, "connection", {
      provider,
      dependsOn: [currentVersion],
      name: literal(connection.name),
      databricks: {
        host: literal(connection.host),
        httpPath: literal(connection.httpPath),
        catalog: literal(connection.catalog),
        clientId: current.clientId,
        // Masked in plans: Terraform carries the sensitivity of the integration's client_secret.
        clientSecret: current.clientSecret,
      },
    });
    this.resource.overrideLogicalId(integration.id);
    // Terraform imports it on the first apply and ignores the block once it is in state.
    if (connection.adopt !== undefined) this.resource.importFrom(String(connection.adopt), provider);
  }
}
