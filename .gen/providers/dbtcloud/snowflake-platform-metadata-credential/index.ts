// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SnowflakePlatformMetadataCredentialConfig extends cdktf.TerraformMetaArguments {
  /**
  * The authentication type. Must be 'password' or 'keypair'.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#auth_type SnowflakePlatformMetadataCredential#auth_type}
  */
  readonly authType: string;
  /**
  * Whether catalog ingestion is enabled for this credential. When enabled, dbt Cloud will ingest metadata about tables, views, and other objects from your data warehouse.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#catalog_ingestion_enabled SnowflakePlatformMetadataCredential#catalog_ingestion_enabled}
  */
  readonly catalogIngestionEnabled?: boolean | cdktf.IResolvable;
  /**
  * The ID of the global connection this credential is associated with. Cannot be changed after creation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#connection_id SnowflakePlatformMetadataCredential#connection_id}
  */
  readonly connectionId: number;
  /**
  * Whether cost insights is enabled for this credential.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#cost_insights_enabled SnowflakePlatformMetadataCredential#cost_insights_enabled}
  */
  readonly costInsightsEnabled?: boolean | cdktf.IResolvable;
  /**
  * Whether cost optimization data collection is enabled for this credential.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#cost_optimization_enabled SnowflakePlatformMetadataCredential#cost_optimization_enabled}
  */
  readonly costOptimizationEnabled?: boolean | cdktf.IResolvable;
  /**
  * The password for password authentication. Required when auth_type is 'password'. Cannot be used with private_key or private_key_passphrase. Consider using `password_wo` instead, which is not stored in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#password SnowflakePlatformMetadataCredential#password}
  */
  readonly password?: string;
  /**
  * Write-only alternative to `password`. The value is not stored in state. Requires `password_wo_version` to trigger updates.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#password_wo SnowflakePlatformMetadataCredential#password_wo}
  */
  readonly passwordWo?: string;
  /**
  * Version number for `password_wo`. Increment this value to trigger an update of the password when using `password_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#password_wo_version SnowflakePlatformMetadataCredential#password_wo_version}
  */
  readonly passwordWoVersion?: number;
  /**
  * The private key for keypair authentication. Required when auth_type is 'keypair'. Cannot be used with password. Consider using `private_key_wo` instead, which is not stored in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#private_key SnowflakePlatformMetadataCredential#private_key}
  */
  readonly privateKey?: string;
  /**
  * The passphrase for the private key, if encrypted. Optional when auth_type is 'keypair'. Cannot be used with password. Consider using `private_key_passphrase_wo` instead, which is not stored in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#private_key_passphrase SnowflakePlatformMetadataCredential#private_key_passphrase}
  */
  readonly privateKeyPassphrase?: string;
  /**
  * Write-only alternative to `private_key_passphrase`. The value is not stored in state. Requires `private_key_passphrase_wo_version` to trigger updates.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#private_key_passphrase_wo SnowflakePlatformMetadataCredential#private_key_passphrase_wo}
  */
  readonly privateKeyPassphraseWo?: string;
  /**
  * Version number for `private_key_passphrase_wo`. Increment this value to trigger an update of the private key passphrase when using `private_key_passphrase_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#private_key_passphrase_wo_version SnowflakePlatformMetadataCredential#private_key_passphrase_wo_version}
  */
  readonly privateKeyPassphraseWoVersion?: number;
  /**
  * Write-only alternative to `private_key`. The value is not stored in state. Requires `private_key_wo_version` to trigger updates.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#private_key_wo SnowflakePlatformMetadataCredential#private_key_wo}
  */
  readonly privateKeyWo?: string;
  /**
  * Version number for `private_key_wo`. Increment this value to trigger an update of the private key when using `private_key_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#private_key_wo_version SnowflakePlatformMetadataCredential#private_key_wo_version}
  */
  readonly privateKeyWoVersion?: number;
  /**
  * The Snowflake role to use.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#role SnowflakePlatformMetadataCredential#role}
  */
  readonly role: string;
  /**
  * The Snowflake user name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#user SnowflakePlatformMetadataCredential#user}
  */
  readonly user: string;
  /**
  * The Snowflake warehouse to use.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#warehouse SnowflakePlatformMetadataCredential#warehouse}
  */
  readonly warehouse: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential dbtcloud_snowflake_platform_metadata_credential}
*/
export class SnowflakePlatformMetadataCredential extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_snowflake_platform_metadata_credential";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SnowflakePlatformMetadataCredential resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SnowflakePlatformMetadataCredential to import
  * @param importFromId The id of the existing SnowflakePlatformMetadataCredential that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SnowflakePlatformMetadataCredential to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_snowflake_platform_metadata_credential", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/snowflake_platform_metadata_credential dbtcloud_snowflake_platform_metadata_credential} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SnowflakePlatformMetadataCredentialConfig
  */
  public constructor(scope: Construct, id: string, config: SnowflakePlatformMetadataCredentialConfig) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_snowflake_platform_metadata_credential',
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
    this._authType = config.authType;
    this._catalogIngestionEnabled = config.catalogIngestionEnabled;
    this._connectionId = config.connectionId;
    this._costInsightsEnabled = config.costInsightsEnabled;
    this._costOptimizationEnabled = config.costOptimizationEnabled;
    this._password = config.password;
    this._passwordWo = config.passwordWo;
    this._passwordWoVersion = config.passwordWoVersion;
    this._privateKey = config.privateKey;
    this._privateKeyPassphrase = config.privateKeyPassphrase;
    this._privateKeyPassphraseWo = config.privateKeyPassphraseWo;
    this._privateKeyPassphraseWoVersion = config.privateKeyPassphraseWoVersion;
    this._privateKeyWo = config.privateKeyWo;
    this._privateKeyWoVersion = config.privateKeyWoVersion;
    this._role = config.role;
    this._user = config.user;
    this._warehouse = config.warehouse;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // adapter_version - computed: true, optional: false, required: false
  public get adapterVersion() {
    return this.getStringAttribute('adapter_version');
  }

  // auth_type - computed: false, optional: false, required: true
  private _authType?: string; 
  public get authType() {
    return this.getStringAttribute('auth_type');
  }
  public set authType(value: string) {
    this._authType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get authTypeInput() {
    return this._authType;
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

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // password_wo - computed: false, optional: true, required: false
  private _passwordWo?: string; 
  public get passwordWo() {
    return this.getStringAttribute('password_wo');
  }
  public set passwordWo(value: string) {
    this._passwordWo = value;
  }
  public resetPasswordWo() {
    this._passwordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoInput() {
    return this._passwordWo;
  }

  // password_wo_version - computed: false, optional: true, required: false
  private _passwordWoVersion?: number; 
  public get passwordWoVersion() {
    return this.getNumberAttribute('password_wo_version');
  }
  public set passwordWoVersion(value: number) {
    this._passwordWoVersion = value;
  }
  public resetPasswordWoVersion() {
    this._passwordWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoVersionInput() {
    return this._passwordWoVersion;
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

  // private_key_passphrase - computed: false, optional: true, required: false
  private _privateKeyPassphrase?: string; 
  public get privateKeyPassphrase() {
    return this.getStringAttribute('private_key_passphrase');
  }
  public set privateKeyPassphrase(value: string) {
    this._privateKeyPassphrase = value;
  }
  public resetPrivateKeyPassphrase() {
    this._privateKeyPassphrase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyPassphraseInput() {
    return this._privateKeyPassphrase;
  }

  // private_key_passphrase_wo - computed: false, optional: true, required: false
  private _privateKeyPassphraseWo?: string; 
  public get privateKeyPassphraseWo() {
    return this.getStringAttribute('private_key_passphrase_wo');
  }
  public set privateKeyPassphraseWo(value: string) {
    this._privateKeyPassphraseWo = value;
  }
  public resetPrivateKeyPassphraseWo() {
    this._privateKeyPassphraseWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyPassphraseWoInput() {
    return this._privateKeyPassphraseWo;
  }

  // private_key_passphrase_wo_version - computed: false, optional: true, required: false
  private _privateKeyPassphraseWoVersion?: number; 
  public get privateKeyPassphraseWoVersion() {
    return this.getNumberAttribute('private_key_passphrase_wo_version');
  }
  public set privateKeyPassphraseWoVersion(value: number) {
    this._privateKeyPassphraseWoVersion = value;
  }
  public resetPrivateKeyPassphraseWoVersion() {
    this._privateKeyPassphraseWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateKeyPassphraseWoVersionInput() {
    return this._privateKeyPassphraseWoVersion;
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

  // role - computed: false, optional: false, required: true
  private _role?: string; 
  public get role() {
    return this.getStringAttribute('role');
  }
  public set role(value: string) {
    this._role = value;
  }
  // Temporarily expose input value. Use with caution.
  public get roleInput() {
    return this._role;
  }

  // user - computed: false, optional: false, required: true
  private _user?: string; 
  public get user() {
    return this.getStringAttribute('user');
  }
  public set user(value: string) {
    this._user = value;
  }
  // Temporarily expose input value. Use with caution.
  public get userInput() {
    return this._user;
  }

  // warehouse - computed: false, optional: false, required: true
  private _warehouse?: string; 
  public get warehouse() {
    return this.getStringAttribute('warehouse');
  }
  public set warehouse(value: string) {
    this._warehouse = value;
  }
  // Temporarily expose input value. Use with caution.
  public get warehouseInput() {
    return this._warehouse;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      auth_type: cdktf.stringToTerraform(this._authType),
      catalog_ingestion_enabled: cdktf.booleanToTerraform(this._catalogIngestionEnabled),
      connection_id: cdktf.numberToTerraform(this._connectionId),
      cost_insights_enabled: cdktf.booleanToTerraform(this._costInsightsEnabled),
      cost_optimization_enabled: cdktf.booleanToTerraform(this._costOptimizationEnabled),
      password: cdktf.stringToTerraform(this._password),
      password_wo: cdktf.stringToTerraform(this._passwordWo),
      password_wo_version: cdktf.numberToTerraform(this._passwordWoVersion),
      private_key: cdktf.stringToTerraform(this._privateKey),
      private_key_passphrase: cdktf.stringToTerraform(this._privateKeyPassphrase),
      private_key_passphrase_wo: cdktf.stringToTerraform(this._privateKeyPassphraseWo),
      private_key_passphrase_wo_version: cdktf.numberToTerraform(this._privateKeyPassphraseWoVersion),
      private_key_wo: cdktf.stringToTerraform(this._privateKeyWo),
      private_key_wo_version: cdktf.numberToTerraform(this._privateKeyWoVersion),
      role: cdktf.stringToTerraform(this._role),
      user: cdktf.stringToTerraform(this._user),
      warehouse: cdktf.stringToTerraform(this._warehouse),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      auth_type: {
        value: cdktf.stringToHclTerraform(this._authType),
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
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_wo: {
        value: cdktf.stringToHclTerraform(this._passwordWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_wo_version: {
        value: cdktf.numberToHclTerraform(this._passwordWoVersion),
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
      private_key_passphrase: {
        value: cdktf.stringToHclTerraform(this._privateKeyPassphrase),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      private_key_passphrase_wo: {
        value: cdktf.stringToHclTerraform(this._privateKeyPassphraseWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      private_key_passphrase_wo_version: {
        value: cdktf.numberToHclTerraform(this._privateKeyPassphraseWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
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
      role: {
        value: cdktf.stringToHclTerraform(this._role),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user: {
        value: cdktf.stringToHclTerraform(this._user),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      warehouse: {
        value: cdktf.stringToHclTerraform(this._warehouse),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
