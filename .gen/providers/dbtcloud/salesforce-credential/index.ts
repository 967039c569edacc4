// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SalesforceCredentialConfig extends cdktf.TerraformMetaArguments {
  /**
  * The OAuth connected app client/consumer ID. Consider using `client_id_wo` instead, which is not stored in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential#client_id SalesforceCredential#client_id}
  */
  readonly clientId?: string;
  /**
  * Write-only alternative to `client_id`. The value is not stored in state. Requires `client_id_wo_version` to trigger updates.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential#client_id_wo SalesforceCredential#client_id_wo}
  */
  readonly clientIdWo?: string;
  /**
  * Version number for `client_id_wo`. Increment this value to trigger an update of the client ID when using `client_id_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential#client_id_wo_version SalesforceCredential#client_id_wo_version}
  */
  readonly clientIdWoVersion?: number;
  /**
  * The number of threads to use for dbt operations
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential#num_threads SalesforceCredential#num_threads}
  */
  readonly numThreads?: number;
  /**
  * The private key for JWT bearer flow authentication. Consider using `private_key_wo` instead, which is not stored in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential#private_key SalesforceCredential#private_key}
  */
  readonly privateKey?: string;
  /**
  * Write-only alternative to `private_key`. The value is not stored in state. Requires `private_key_wo_version` to trigger updates.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential#private_key_wo SalesforceCredential#private_key_wo}
  */
  readonly privateKeyWo?: string;
  /**
  * Version number for `private_key_wo`. Increment this value to trigger an update of the private key when using `private_key_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential#private_key_wo_version SalesforceCredential#private_key_wo_version}
  */
  readonly privateKeyWoVersion?: number;
  /**
  * Project ID to create the Salesforce credential in
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential#project_id SalesforceCredential#project_id}
  */
  readonly projectId: number;
  /**
  * Target name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential#target_name SalesforceCredential#target_name}
  */
  readonly targetName?: string;
  /**
  * The Salesforce username for OAuth JWT bearer flow authentication
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential#username SalesforceCredential#username}
  */
  readonly username: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential dbtcloud_salesforce_credential}
*/
export class SalesforceCredential extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_salesforce_credential";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SalesforceCredential resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SalesforceCredential to import
  * @param importFromId The id of the existing SalesforceCredential that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SalesforceCredential to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_salesforce_credential", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/salesforce_credential dbtcloud_salesforce_credential} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SalesforceCredentialConfig
  */
  public constructor(scope: Construct, id: string, config: SalesforceCredentialConfig) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_salesforce_credential',
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
    this._clientId = config.clientId;
    this._clientIdWo = config.clientIdWo;
    this._clientIdWoVersion = config.clientIdWoVersion;
    this._numThreads = config.numThreads;
    this._privateKey = config.privateKey;
    this._privateKeyWo = config.privateKeyWo;
    this._privateKeyWoVersion = config.privateKeyWoVersion;
    this._projectId = config.projectId;
    this._targetName = config.targetName;
    this._username = config.username;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // client_id - computed: false, optional: true, required: false
  private _clientId?: string; 
  public get clientId() {
    return this.getStringAttribute('client_id');
  }
  public set clientId(value: string) {
    this._clientId = value;
  }
  public resetClientId() {
    this._clientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // client_id_wo - computed: false, optional: true, required: false
  private _clientIdWo?: string; 
  public get clientIdWo() {
    return this.getStringAttribute('client_id_wo');
  }
  public set clientIdWo(value: string) {
    this._clientIdWo = value;
  }
  public resetClientIdWo() {
    this._clientIdWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdWoInput() {
    return this._clientIdWo;
  }

  // client_id_wo_version - computed: false, optional: true, required: false
  private _clientIdWoVersion?: number; 
  public get clientIdWoVersion() {
    return this.getNumberAttribute('client_id_wo_version');
  }
  public set clientIdWoVersion(value: number) {
    this._clientIdWoVersion = value;
  }
  public resetClientIdWoVersion() {
    this._clientIdWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdWoVersionInput() {
    return this._clientIdWoVersion;
  }

  // credential_id - computed: true, optional: false, required: false
  public get credentialId() {
    return this.getNumberAttribute('credential_id');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // num_threads - computed: true, optional: true, required: false
  private _numThreads?: number; 
  public get numThreads() {
    return this.getNumberAttribute('num_threads');
  }
  public set numThreads(value: number) {
    this._numThreads = value;
  }
  public resetNumThreads() {
    this._numThreads = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numThreadsInput() {
    return this._numThreads;
  }

  // private_key - computed: false, optional: true, required: false
  private _privateKey?: string; 
  public get privateKey() {
    return this.getStringAttribute('private_key');
  }
  public set privateKey(value: string) {
    this._privateKey = value;
  }
  public resetPrivateKey() {
    this._privateKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyInput() {
    return this._privateKey;
  }

  // private_key_wo - computed: false, optional: true, required: false
  private _privateKeyWo?: string; 
  public get privateKeyWo() {
    return this.getStringAttribute('private_key_wo');
  }
  public set privateKeyWo(value: string) {
    this._privateKeyWo = value;
  }
  public resetPrivateKeyWo() {
    this._privateKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyWoInput() {
    return this._privateKeyWo;
  }

  // private_key_wo_version - computed: false, optional: true, required: false
  private _privateKeyWoVersion?: number; 
  public get privateKeyWoVersion() {
    return this.getNumberAttribute('private_key_wo_version');
  }
  public set privateKeyWoVersion(value: number) {
    this._privateKeyWoVersion = value;
  }
  public resetPrivateKeyWoVersion() {
    this._privateKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyWoVersionInput() {
    return this._privateKeyWoVersion;
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

  // target_name - computed: true, optional: true, required: false
  private _targetName?: string; 
  public get targetName() {
    return this.getStringAttribute('target_name');
  }
  public set targetName(value: string) {
    this._targetName = value;
  }
  public resetTargetName() {
    this._targetName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetNameInput() {
    return this._targetName;
  }

  // username - computed: false, optional: false, required: true
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      client_id: cdktf.stringToTerraform(this._clientId),
      client_id_wo: cdktf.stringToTerraform(this._clientIdWo),
      client_id_wo_version: cdktf.numberToTerraform(this._clientIdWoVersion),
      num_threads: cdktf.numberToTerraform(this._numThreads),
      private_key: cdktf.stringToTerraform(this._privateKey),
      private_key_wo: cdktf.stringToTerraform(this._privateKeyWo),
      private_key_wo_version: cdktf.numberToTerraform(this._privateKeyWoVersion),
      project_id: cdktf.numberToTerraform(this._projectId),
      target_name: cdktf.stringToTerraform(this._targetName),
      username: cdktf.stringToTerraform(this._username),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      client_id: {
        value: cdktf.stringToHclTerraform(this._clientId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_id_wo: {
        value: cdktf.stringToHclTerraform(this._clientIdWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_id_wo_version: {
        value: cdktf.numberToHclTerraform(this._clientIdWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      num_threads: {
        value: cdktf.numberToHclTerraform(this._numThreads),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      private_key: {
        value: cdktf.stringToHclTerraform(this._privateKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      private_key_wo: {
        value: cdktf.stringToHclTerraform(this._privateKeyWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      private_key_wo_version: {
        value: cdktf.numberToHclTerraform(this._privateKeyWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      project_id: {
        value: cdktf.numberToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      target_name: {
        value: cdktf.stringToHclTerraform(this._targetName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
