/**
 * One OAuth client of an integration: the Databricks OAuth custom app integration that dbt
 * Cloud signs in through. Each rotation token is its own client with its own address, so a
 * new client is created beside the old one, and the old one is deleted only when the config
 * drops it (rotation step 2), after dbt Cloud moved to the new one.
 */
import { CustomAppIntegration } from "@cdktf/provider-databricks/lib/custom-app-integration";
import { Construct } from "constructs";
import type { IntegrationSpec, OAuthClientSpec } from "./config/model";
import { literal } from "./terraform-literal";

export interface OAuthAppIntegrationProps {
  readonly integration: IntegrationSpec;
  readonly client: OAuthClientSpec;
}

export class OAuthAppIntegration extends Construct {
  readonly resource: CustomAppIntegration;

  constructor(scope: Construct, id: string, { integration, client }: OAuthAppIntegrationProps) {
    super(scope, id);
    this.resource = new CustomAppIntegration(this, "integration", {
      name: literal(client.name),
      confidential: true,
      redirectUrls: integration.redirectUrls.map((url) => literal(url)),
      scopes: integration.scopes.map((scope) => literal(scope)),
      tokenAccessPolicy: { ...integration.tokenAccessPolicy },
      // Not for replacement (a client is never replaced in place) but for the order of a
      // removal: without it Terraform destroys a removed client BEFORE it updates the dbt
      // Cloud connection that held it (measured in e2e/rotation.e2e.test.ts); with it, the
      // destroy waits for that update. Terraform keeps the flag in state for the removal.
      lifecycle: { createBeforeDestroy: true },
    });
    this.resource.overrideLogicalId(client.resourceName);
    if (client.movedFrom) this.resource.moveFromId(`${this.resource.terraformResourceType}.${client.movedFrom}`);
  }
}
