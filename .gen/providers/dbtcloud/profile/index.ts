// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/profile
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ProfileConfig extends cdktf.TerraformMetaArguments {
  /**
  * The ID of the connection to use for this profile
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/profile#connection_id Profile#connection_id}
  */
  readonly connectionId: number;
  /**
  * The ID of the credentials to use for this profile
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/profile#credentials_id Profile#credentials_id}
  */
  readonly credentialsId: number;
  /**
  * The ID of the extended attributes for this profile. Set to null to unset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/profile#extended_attributes_id Profile#extended_attributes_id}
  */
  readonly extendedAttributesId?: number;
  /**
  * Unique identifier for the profile
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/profile#key Profile#key}
  */
  readonly key: string;
  /**
  * The ID of the project in which to create the profile
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/profile#project_id Profile#project_id}
  */
  readonly projectId: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/profile dbtcloud_profile}
*/
export class Profile extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_profile";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Profile resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Profile to import
  * @param importFromId The id of the existing Profile that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/profile#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Profile to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_profile", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/profile dbtcloud_profile} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ProfileConfig
  */
  public constructor(scope: Construct, id: string, config: ProfileConfig) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_profile',
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
    this._connectionId = config.connectionId;
    this._credentialsId = config.credentialsId;
    this._extendedAttributesId = config.extendedAttributesId;
    this._key = config.key;
    this._projectId = config.projectId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // credentials_id - computed: false, optional: false, required: true
  private _credentialsId?: number; 
  public get credentialsId() {
    return this.getNumberAttribute('credentials_id');
  }
  public set credentialsId(value: number) {
    this._credentialsId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialsIdInput() {
    return this._credentialsId;
  }

  // extended_attributes_id - computed: false, optional: true, required: false
  private _extendedAttributesId?: number; 
  public get extendedAttributesId() {
    return this.getNumberAttribute('extended_attributes_id');
  }
  public set extendedAttributesId(value: number) {
    this._extendedAttributesId = value;
  }
  public resetExtendedAttributesId() {
    this._extendedAttributesId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extendedAttributesIdInput() {
    return this._extendedAttributesId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // profile_id - computed: true, optional: false, required: false
  public get profileId() {
    return this.getNumberAttribute('profile_id');
  }

  // project_id - computed: false, optional: false, required: true
  private _projectId?: number; 
  public get projectId() {
    return this.getNumberAttribute('project_id');
  }
  public set projectId(value: number) {
    this._projectId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      connection_id: cdktf.numberToTerraform(this._connectionId),
      credentials_id: cdktf.numberToTerraform(this._credentialsId),
      extended_attributes_id: cdktf.numberToTerraform(this._extendedAttributesId),
      key: cdktf.stringToTerraform(this._key),
      project_id: cdktf.numberToTerraform(this._projectId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      connection_id: {
        value: cdktf.numberToHclTerraform(this._connectionId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      credentials_id: {
        value: cdktf.numberToHclTerraform(this._credentialsId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      extended_attributes_id: {
        value: cdktf.numberToHclTerraform(this._extendedAttributesId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      key: {
        value: cdktf.stringToHclTerraform(this._key),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_id: {
        value: cdktf.numberToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
