/**
 * The Databricks OAuth custom app integration that dbt Cloud signs in through.
 * Rotation is replacement on purpose: the secret can be read only at create, and the
 * stored copy makes a new one safe to issue.
 */
import { CustomAppIntegration } from "@cdktf/provider-databricks/lib/custom-app-integration";
import { anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl, TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { IntegrationSpec } from "./config/model";

export interface OAuthAppIntegrationProps {
  readonly integration: IntegrationSpec;
}

export class OAuthAppIntegration extends Construct {
  readonly resource: CustomAppIntegration;

  constructor(scope: Construct, id: string, { integration }: OAuthAppIntegrationProps) {
    super(scope, id);

    // A terraform_data whose input is the rotation token: changing the token replaces it,
    // and replace_triggered_by carries that replacement over to the integration.
    const rotation = new RotationData(this, "rotation", { token: integration.rotation ?? "" });
    rotation.overrideLogicalId(integration.id);

    this.resource = new CustomAppIntegration(this, "integration", {
      name: integration.name,
      confidential: true,
      redirectUrls: [...integration.redirectUrls],
      scopes: [...integration.scopes],
      tokenAccessPolicy: { ...integration.tokenAccessPolicy },
      lifecycle: {
        // The replacement's secret is stored before the old integration goes, so dbt Cloud
        // is never left with a client that no longer exists and no new one to switch to.
        createBeforeDestroy: true,
        // An address string: cdktf 0.21 synthesizes a construct reference here as an invalid
        // expression (an interpolation instead of a bare resource address).
        replaceTriggeredBy: [`${rotation.terraformResourceType}.${rotation.friendlyUniqueId}`],
      },
    });
    this.resource.overrideLogicalId(integration.id);
  }
}

/**
 * `terraform_data` holding the rotation token. Not cdktf's DataResource: its constructor adds
 * a validation that runs `terraform version` in a shell at every synth, once per instance
 * (about 70 ms each; 100 integrations, 7 s), and fails the synth where terraform is not on PATH.
 */
interface RotationDataProps {
  readonly token: string;
}

class RotationData extends TerraformResource {
  private readonly input: Record<string, string>;

  constructor(scope: Construct, id: string, { token }: RotationDataProps) {
    super(scope, id, { terraformResourceType: "terraform_data", terraformGeneratorMetadata: { providerName: "terraform" } });
    this.input = { rotation: token };
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { input: hashMapper(anyToTerraform)(this.input) };
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    return { input: hashMapperHcl(anyToHclTerraform)(this.input) };
  }
}
