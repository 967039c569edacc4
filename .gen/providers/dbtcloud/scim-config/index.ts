// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/scim_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ScimConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether SCIM provisioning is enabled for the account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/scim_config#enabled ScimConfig#enabled}
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * Whether administrators can manually update users and groups that are managed by SCIM. When set to ~~~false~~~, SCIM is the sole source of truth for user and group management.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/scim_config#manual_updates_allowed ScimConfig#manual_updates_allowed}
  */
  readonly manualUpdatesAllowed: boolean | cdktf.IResolvable;
  /**
  * Whether the dbt Cloud license type (Developer, Read-Only, IT) is controlled by SCIM attribute mapping. When set to ~~~false~~~, license types are managed manually inside dbt Cloud.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/scim_config#scim_controlled_license_type ScimConfig#scim_controlled_license_type}
  */
  readonly scimControlledLicenseType: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/scim_config dbtcloud_scim_config}
*/
export class ScimConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_scim_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ScimConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ScimConfig to import
  * @param importFromId The id of the existing ScimConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/scim_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ScimConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_scim_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/scim_config dbtcloud_scim_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ScimConfigConfig
  */
  public constructor(scope: Construct, id: string, config: ScimConfigConfig) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_scim_config',
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
    this._enabled = config.enabled;
    this._manualUpdatesAllowed = config.manualUpdatesAllowed;
    this._scimControlledLicenseType = config.scimControlledLicenseType;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // manual_updates_allowed - computed: false, optional: false, required: true
  private _manualUpdatesAllowed?: boolean | cdktf.IResolvable; 
  public get manualUpdatesAllowed() {
    return this.getBooleanAttribute('manual_updates_allowed');
  }
  public set manualUpdatesAllowed(value: boolean | cdktf.IResolvable) {
    this._manualUpdatesAllowed = value;
  }
  // Temporarily expose input value. Use with caution.
  public get manualUpdatesAllowedInput() {
    return this._manualUpdatesAllowed;
  }

  // scim_controlled_license_type - computed: false, optional: false, required: true
  private _scimControlledLicenseType?: boolean | cdktf.IResolvable; 
  public get scimControlledLicenseType() {
    return this.getBooleanAttribute('scim_controlled_license_type');
  }
  public set scimControlledLicenseType(value: boolean | cdktf.IResolvable) {
    this._scimControlledLicenseType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get scimControlledLicenseTypeInput() {
    return this._scimControlledLicenseType;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      enabled: cdktf.booleanToTerraform(this._enabled),
      manual_updates_allowed: cdktf.booleanToTerraform(this._manualUpdatesAllowed),
      scim_controlled_license_type: cdktf.booleanToTerraform(this._scimControlledLicenseType),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      manual_updates_allowed: {
        value: cdktf.booleanToHclTerraform(this._manualUpdatesAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      scim_controlled_license_type: {
        value: cdktf.booleanToHclTerraform(this._scimControlledLicenseType),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
