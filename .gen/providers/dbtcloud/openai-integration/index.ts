// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/openai_integration
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface OpenaiIntegrationConfig extends cdktf.TerraformMetaArguments {
  /**
  * The Azure OpenAI API version (e.g. ~~~2024-02-01~~~). Required when ~~~key_type~~~ is ~~~azure_openai~~~.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/openai_integration#azure_api_version OpenaiIntegration#azure_api_version}
  */
  readonly azureApiVersion?: string;
  /**
  * The Azure OpenAI deployment name. Required when ~~~key_type~~~ is ~~~azure_openai~~~.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/openai_integration#azure_deployment_name OpenaiIntegration#azure_deployment_name}
  */
  readonly azureDeploymentName?: string;
  /**
  * The Azure OpenAI endpoint URL. Required when ~~~key_type~~~ is ~~~azure_openai~~~.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/openai_integration#azure_endpoint OpenaiIntegration#azure_endpoint}
  */
  readonly azureEndpoint?: string;
  /**
  * The type of OpenAI key. One of: ~~~openai~~~, ~~~azure_openai~~~. To revert to the dbt Labs-managed key, destroy this resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/openai_integration#key_type OpenaiIntegration#key_type}
  */
  readonly keyType: string;
  /**
  * The OpenAI or Azure OpenAI API key. Stored as a sensitive value in Terraform state. Conflicts with ~~~key_value_wo~~~. For Terraform 1.11+, prefer ~~~key_value_wo~~~ to avoid storing secrets in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/openai_integration#key_value OpenaiIntegration#key_value}
  */
  readonly keyValue?: string;
  /**
  * Write-only variant of the API key (Terraform 1.11+). Never stored in state. Increment ~~~key_value_wo_version~~~ to rotate the key. Conflicts with ~~~key_value~~~.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/openai_integration#key_value_wo OpenaiIntegration#key_value_wo}
  */
  readonly keyValueWo?: string;
  /**
  * Increment this value to rotate the key when using ~~~key_value_wo~~~.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/openai_integration#key_value_wo_version OpenaiIntegration#key_value_wo_version}
  */
  readonly keyValueWoVersion?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/openai_integration dbtcloud_openai_integration}
*/
export class OpenaiIntegration extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_openai_integration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a OpenaiIntegration resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the OpenaiIntegration to import
  * @param importFromId The id of the existing OpenaiIntegration that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/openai_integration#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the OpenaiIntegration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_openai_integration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/openai_integration dbtcloud_openai_integration} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options OpenaiIntegrationConfig
  */
  public constructor(scope: Construct, id: string, config: OpenaiIntegrationConfig) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_openai_integration',
      terraformGeneratorMetadata: {
        providerName: 'dbtcloud',
        providerVersion: '1.12.5',
        providerVersionConstraint: '=1.12.5'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._azureApiVersion = config.azureApiVersion;
    this._azureDeploymentName = config.azureDeploymentName;
    this._azureEndpoint = config.azureEndpoint;
    this._keyType = config.keyType;
    this._keyValue = config.keyValue;
    this._keyValueWo = config.keyValueWo;
    this._keyValueWoVersion = config.keyValueWoVersion;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // account_id - computed: true, optional: false, required: false
  public get accountId() {
    return this.getNumberAttribute('account_id');
  }

  // azure_api_version - computed: false, optional: true, required: false
  private _azureApiVersion?: string; 
  public get azureApiVersion() {
    return this.getStringAttribute('azure_api_version');
  }
  public set azureApiVersion(value: string) {
    this._azureApiVersion = value;
  }
  public resetAzureApiVersion() {
    this._azureApiVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azureApiVersionInput() {
    return this._azureApiVersion;
  }

  // azure_deployment_name - computed: false, optional: true, required: false
  private _azureDeploymentName?: string; 
  public get azureDeploymentName() {
    return this.getStringAttribute('azure_deployment_name');
  }
  public set azureDeploymentName(value: string) {
    this._azureDeploymentName = value;
  }
  public resetAzureDeploymentName() {
    this._azureDeploymentName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azureDeploymentNameInput() {
    return this._azureDeploymentName;
  }

  // azure_endpoint - computed: false, optional: true, required: false
  private _azureEndpoint?: string; 
  public get azureEndpoint() {
    return this.getStringAttribute('azure_endpoint');
  }
  public set azureEndpoint(value: string) {
    this._azureEndpoint = value;
  }
  public resetAzureEndpoint() {
    this._azureEndpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azureEndpointInput() {
    return this._azureEndpoint;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // key_type - computed: false, optional: false, required: true
  private _keyType?: string; 
  public get keyType() {
    return this.getStringAttribute('key_type');
  }
  public set keyType(value: string) {
    this._keyType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyTypeInput() {
    return this._keyType;
  }

  // key_value - computed: false, optional: true, required: false
  private _keyValue?: string; 
  public get keyValue() {
    return this.getStringAttribute('key_value');
  }
  public set keyValue(value: string) {
    this._keyValue = value;
  }
  public resetKeyValue() {
    this._keyValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyValueInput() {
    return this._keyValue;
  }

  // key_value_wo - computed: false, optional: true, required: false
  private _keyValueWo?: string; 
  public get keyValueWo() {
    return this.getStringAttribute('key_value_wo');
  }
  public set keyValueWo(value: string) {
    this._keyValueWo = value;
  }
  public resetKeyValueWo() {
    this._keyValueWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyValueWoInput() {
    return this._keyValueWo;
  }

  // key_value_wo_version - computed: false, optional: true, required: false
  private _keyValueWoVersion?: number; 
  public get keyValueWoVersion() {
    return this.getNumberAttribute('key_value_wo_version');
  }
  public set keyValueWoVersion(value: number) {
    this._keyValueWoVersion = value;
  }
  public resetKeyValueWoVersion() {
    this._keyValueWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyValueWoVersionInput() {
    return this._keyValueWoVersion;
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      azure_api_version: cdktf.stringToTerraform(this._azureApiVersion),
      azure_deployment_name: cdktf.stringToTerraform(this._azureDeploymentName),
      azure_endpoint: cdktf.stringToTerraform(this._azureEndpoint),
      key_type: cdktf.stringToTerraform(this._keyType),
      key_value: cdktf.stringToTerraform(this._keyValue),
      key_value_wo: cdktf.stringToTerraform(this._keyValueWo),
      key_value_wo_version: cdktf.numberToTerraform(this._keyValueWoVersion),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      azure_api_version: {
        value: cdktf.stringToHclTerraform(this._azureApiVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      azure_deployment_name: {
        value: cdktf.stringToHclTerraform(this._azureDeploymentName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      azure_endpoint: {
        value: cdktf.stringToHclTerraform(this._azureEndpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key_type: {
        value: cdktf.stringToHclTerraform(this._keyType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key_value: {
        value: cdktf.stringToHclTerraform(this._keyValue),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key_value_wo: {
        value: cdktf.stringToHclTerraform(this._keyValueWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key_value_wo_version: {
        value: cdktf.numberToHclTerraform(this._keyValueWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
