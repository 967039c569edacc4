// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/account_features
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AccountFeaturesConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether advanced CI is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/account_features#advanced_ci AccountFeatures#advanced_ci}
  */
  readonly advancedCi?: boolean | cdktf.IResolvable;
  /**
  * Whether AI features are enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/account_features#ai_features AccountFeatures#ai_features}
  */
  readonly aiFeatures?: boolean | cdktf.IResolvable;
  /**
  * Whether catalog ingestion (external metadata ingestion into Catalog/Explorer Enterprise) is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/account_features#catalog_ingestion AccountFeatures#catalog_ingestion}
  */
  readonly catalogIngestion?: boolean | cdktf.IResolvable;
  /**
  * Whether the new Catalog navigation UI is enabled (default true for new accounts).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/account_features#explorer_account_ui AccountFeatures#explorer_account_ui}
  */
  readonly explorerAccountUi?: boolean | cdktf.IResolvable;
  /**
  * Whether permissions for accounts migrating to Fusion are enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/account_features#fusion_migration_permissions AccountFeatures#fusion_migration_permissions}
  */
  readonly fusionMigrationPermissions?: boolean | cdktf.IResolvable;
  /**
  * Whether partial parsing is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/account_features#partial_parsing AccountFeatures#partial_parsing}
  */
  readonly partialParsing?: boolean | cdktf.IResolvable;
  /**
  * Whether repository caching is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/account_features#repo_caching AccountFeatures#repo_caching}
  */
  readonly repoCaching?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/account_features dbtcloud_account_features}
*/
export class AccountFeatures extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_account_features";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AccountFeatures resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AccountFeatures to import
  * @param importFromId The id of the existing AccountFeatures that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/account_features#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AccountFeatures to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_account_features", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/account_features dbtcloud_account_features} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AccountFeaturesConfig = {}
  */
  public constructor(scope: Construct, id: string, config: AccountFeaturesConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_account_features',
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
    this._advancedCi = config.advancedCi;
    this._aiFeatures = config.aiFeatures;
    this._catalogIngestion = config.catalogIngestion;
    this._explorerAccountUi = config.explorerAccountUi;
    this._fusionMigrationPermissions = config.fusionMigrationPermissions;
    this._partialParsing = config.partialParsing;
    this._repoCaching = config.repoCaching;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // advanced_ci - computed: true, optional: true, required: false
  private _advancedCi?: boolean | cdktf.IResolvable; 
  public get advancedCi() {
    return this.getBooleanAttribute('advanced_ci');
  }
  public set advancedCi(value: boolean | cdktf.IResolvable) {
    this._advancedCi = value;
  }
  public resetAdvancedCi() {
    this._advancedCi = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advancedCiInput() {
    return this._advancedCi;
  }

  // ai_features - computed: true, optional: true, required: false
  private _aiFeatures?: boolean | cdktf.IResolvable; 
  public get aiFeatures() {
    return this.getBooleanAttribute('ai_features');
  }
  public set aiFeatures(value: boolean | cdktf.IResolvable) {
    this._aiFeatures = value;
  }
  public resetAiFeatures() {
    this._aiFeatures = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aiFeaturesInput() {
    return this._aiFeatures;
  }

  // catalog_ingestion - computed: true, optional: true, required: false
  private _catalogIngestion?: boolean | cdktf.IResolvable; 
  public get catalogIngestion() {
    return this.getBooleanAttribute('catalog_ingestion');
  }
  public set catalogIngestion(value: boolean | cdktf.IResolvable) {
    this._catalogIngestion = value;
  }
  public resetCatalogIngestion() {
    this._catalogIngestion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get catalogIngestionInput() {
    return this._catalogIngestion;
  }

  // explorer_account_ui - computed: true, optional: true, required: false
  private _explorerAccountUi?: boolean | cdktf.IResolvable; 
  public get explorerAccountUi() {
    return this.getBooleanAttribute('explorer_account_ui');
  }
  public set explorerAccountUi(value: boolean | cdktf.IResolvable) {
    this._explorerAccountUi = value;
  }
  public resetExplorerAccountUi() {
    this._explorerAccountUi = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get explorerAccountUiInput() {
    return this._explorerAccountUi;
  }

  // fusion_migration_permissions - computed: true, optional: true, required: false
  private _fusionMigrationPermissions?: boolean | cdktf.IResolvable; 
  public get fusionMigrationPermissions() {
    return this.getBooleanAttribute('fusion_migration_permissions');
  }
  public set fusionMigrationPermissions(value: boolean | cdktf.IResolvable) {
    this._fusionMigrationPermissions = value;
  }
  public resetFusionMigrationPermissions() {
    this._fusionMigrationPermissions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fusionMigrationPermissionsInput() {
    return this._fusionMigrationPermissions;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // partial_parsing - computed: true, optional: true, required: false
  private _partialParsing?: boolean | cdktf.IResolvable; 
  public get partialParsing() {
    return this.getBooleanAttribute('partial_parsing');
  }
  public set partialParsing(value: boolean | cdktf.IResolvable) {
    this._partialParsing = value;
  }
  public resetPartialParsing() {
    this._partialParsing = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get partialParsingInput() {
    return this._partialParsing;
  }

  // repo_caching - computed: true, optional: true, required: false
  private _repoCaching?: boolean | cdktf.IResolvable; 
  public get repoCaching() {
    return this.getBooleanAttribute('repo_caching');
  }
  public set repoCaching(value: boolean | cdktf.IResolvable) {
    this._repoCaching = value;
  }
  public resetRepoCaching() {
    this._repoCaching = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get repoCachingInput() {
    return this._repoCaching;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      advanced_ci: cdktf.booleanToTerraform(this._advancedCi),
      ai_features: cdktf.booleanToTerraform(this._aiFeatures),
      catalog_ingestion: cdktf.booleanToTerraform(this._catalogIngestion),
      explorer_account_ui: cdktf.booleanToTerraform(this._explorerAccountUi),
      fusion_migration_permissions: cdktf.booleanToTerraform(this._fusionMigrationPermissions),
      partial_parsing: cdktf.booleanToTerraform(this._partialParsing),
      repo_caching: cdktf.booleanToTerraform(this._repoCaching),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      advanced_ci: {
        value: cdktf.booleanToHclTerraform(this._advancedCi),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ai_features: {
        value: cdktf.booleanToHclTerraform(this._aiFeatures),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      catalog_ingestion: {
        value: cdktf.booleanToHclTerraform(this._catalogIngestion),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      explorer_account_ui: {
        value: cdktf.booleanToHclTerraform(this._explorerAccountUi),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      fusion_migration_permissions: {
        value: cdktf.booleanToHclTerraform(this._fusionMigrationPermissions),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      partial_parsing: {
        value: cdktf.booleanToHclTerraform(this._partialParsing),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      repo_caching: {
        value: cdktf.booleanToHclTerraform(this._repoCaching),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
