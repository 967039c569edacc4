// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DatabricksPlatformMetadataCredentialConfig extends cdktf.TerraformMetaArguments {
  /**
  * The Unity Catalog name to use.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential#catalog DatabricksPlatformMetadataCredential#catalog}
  */
  readonly catalog: string;
  /**
  * Whether catalog ingestion is enabled for this credential. When enabled, dbt Cloud will ingest metadata about tables, views, and other objects from your data warehouse.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential#catalog_ingestion_enabled DatabricksPlatformMetadataCredential#catalog_ingestion_enabled}
  */
  readonly catalogIngestionEnabled?: boolean | cdktf.IResolvable;
  /**
  * The ID of the global connection this credential is associated with. Cannot be changed after creation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential#connection_id DatabricksPlatformMetadataCredential#connection_id}
  */
  readonly connectionId: number;
  /**
  * Whether cost insights is enabled for this credential.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential#cost_insights_enabled DatabricksPlatformMetadataCredential#cost_insights_enabled}
  */
  readonly costInsightsEnabled?: boolean | cdktf.IResolvable;
  /**
  * Whether cost optimization data collection is enabled for this credential.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential#cost_optimization_enabled DatabricksPlatformMetadataCredential#cost_optimization_enabled}
  */
  readonly costOptimizationEnabled?: boolean | cdktf.IResolvable;
  /**
  * The Databricks personal access token. Consider using `token_wo` instead, which is not stored in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential#token DatabricksPlatformMetadataCredential#token}
  */
  readonly token?: string;
  /**
  * Write-only alternative to `token`. The value is not stored in state. Requires `token_wo_version` to trigger updates.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential#token_wo DatabricksPlatformMetadataCredential#token_wo}
  */
  readonly tokenWo?: string;
  /**
  * Version number for `token_wo`. Increment this value to trigger an update of the token when using `token_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential#token_wo_version DatabricksPlatformMetadataCredential#token_wo_version}
  */
  readonly tokenWoVersion?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential dbtcloud_databricks_platform_metadata_credential}
*/
export class DatabricksPlatformMetadataCredential extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_databricks_platform_metadata_credential";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DatabricksPlatformMetadataCredential resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DatabricksPlatformMetadataCredential to import
  * @param importFromId The id of the existing DatabricksPlatformMetadataCredential that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DatabricksPlatformMetadataCredential to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_databricks_platform_metadata_credential", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/databricks_platform_metadata_credential dbtcloud_databricks_platform_metadata_credential} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DatabricksPlatformMetadataCredentialConfig
  */
  public constructor(scope: Construct, id: string, config: DatabricksPlatformMetadataCredentialConfig) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_databricks_platform_metadata_credential',
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
    this._catalog = config.catalog;
    this._catalogIngestionEnabled = config.catalogIngestionEnabled;
    this._connectionId = config.connectionId;
    this._costInsightsEnabled = config.costInsightsEnabled;
    this._costOptimizationEnabled = config.costOptimizationEnabled;
    this._token = config.token;
    this._tokenWo = config.tokenWo;
    this._tokenWoVersion = config.tokenWoVersion;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // adapter_version - computed: true, optional: false, required: false
  public get adapterVersion() {
    return this.getStringAttribute('adapter_version');
  }

  // catalog - computed: false, optional: false, required: true
  private _catalog?: string; 
  public get catalog() {
    return this.getStringAttribute('catalog');
  }
  public set catalog(value: string) {
    this._catalog = value;
  }
  // Temporarily expose input value. Use with caution.
  public get catalogInput() {
    return this._catalog;
  }

  // catalog_ingestion_enabled - computed: true, optional: true, required: false
  private _catalogIngestionEnabled?: boolean | cdktf.IResolvable; 
  public get catalogIngestionEnabled() {
    return this.getBooleanAttribute('catalog_ingestion_enabled');
  }
  public set catalogIngestionEnabled(value: boolean | cdktf.IResolvable) {
    this._catalogIngestionEnabled = value;
  }
  public resetCatalogIngestionEnabled() {
    this._catalogIngestionEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get catalogIngestionEnabledInput() {
    return this._catalogIngestionEnabled;
  }

  // connection_id - computed: false, optional: false, required: true
  private _connectionId?: number; 
  public get connectionId() {
    return this.getNumberAttribute('connection_id');
  }
  public set connectionId(value: number) {
    this._connectionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectionIdInput() {
    return this._connectionId;
  }

  // cost_insights_enabled - computed: true, optional: true, required: false
  private _costInsightsEnabled?: boolean | cdktf.IResolvable; 
  public get costInsightsEnabled() {
    return this.getBooleanAttribute('cost_insights_enabled');
  }
  public set costInsightsEnabled(value: boolean | cdktf.IResolvable) {
    this._costInsightsEnabled = value;
  }
  public resetCostInsightsEnabled() {
    this._costInsightsEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get costInsightsEnabledInput() {
    return this._costInsightsEnabled;
  }

  // cost_optimization_enabled - computed: true, optional: true, required: false
  private _costOptimizationEnabled?: boolean | cdktf.IResolvable; 
  public get costOptimizationEnabled() {
    return this.getBooleanAttribute('cost_optimization_enabled');
  }
  public set costOptimizationEnabled(value: boolean | cdktf.IResolvable) {
    this._costOptimizationEnabled = value;
  }
  public resetCostOptimizationEnabled() {
    this._costOptimizationEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get costOptimizationEnabledInput() {
    return this._costOptimizationEnabled;
  }

  // credential_id - computed: true, optional: false, required: false
  public get credentialId() {
    return this.getNumberAttribute('credential_id');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // token - computed: false, optional: true, required: false
  private _token?: string; 
  public get token() {
    return this.getStringAttribute('token');
  }
  public set token(value: string) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // token_wo - computed: false, optional: true, required: false
  private _tokenWo?: string; 
  public get tokenWo() {
    return this.getStringAttribute('token_wo');
  }
  public set tokenWo(value: string) {
    this._tokenWo = value;
  }
  public resetTokenWo() {
    this._tokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoInput() {
    return this._tokenWo;
  }

  // token_wo_version - computed: false, optional: true, required: false
  private _tokenWoVersion?: number; 
  public get tokenWoVersion() {
    return this.getNumberAttribute('token_wo_version');
  }
  public set tokenWoVersion(value: number) {
    this._tokenWoVersion = value;
  }
  public resetTokenWoVersion() {
    this._tokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoVersionInput() {
    return this._tokenWoVersion;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      catalog: cdktf.stringToTerraform(this._catalog),
      catalog_ingestion_enabled: cdktf.booleanToTerraform(this._catalogIngestionEnabled),
      connection_id: cdktf.numberToTerraform(this._connectionId),
      cost_insights_enabled: cdktf.booleanToTerraform(this._costInsightsEnabled),
      cost_optimization_enabled: cdktf.booleanToTerraform(this._costOptimizationEnabled),
      token: cdktf.stringToTerraform(this._token),
      token_wo: cdktf.stringToTerraform(this._tokenWo),
      token_wo_version: cdktf.numberToTerraform(this._tokenWoVersion),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      catalog: {
        value: cdktf.stringToHclTerraform(this._catalog),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      catalog_ingestion_enabled: {
        value: cdktf.booleanToHclTerraform(this._catalogIngestionEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      connection_id: {
        value: cdktf.numberToHclTerraform(this._connectionId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cost_insights_enabled: {
        value: cdktf.booleanToHclTerraform(this._costInsightsEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      cost_optimization_enabled: {
        value: cdktf.booleanToHclTerraform(this._costOptimizationEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      token: {
        value: cdktf.stringToHclTerraform(this._token),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token_wo: {
        value: cdktf.stringToHclTerraform(this._tokenWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token_wo_version: {
        value: cdktf.numberToHclTerraform(this._tokenWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
