// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/azure_ad_application
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AzureAdApplicationConfig extends cdktf.TerraformMetaArguments {
  /**
  * The method used for service authentication. One of: ~~~service_user~~~, ~~~service_principal~~~. Defaults to ~~~service_user~~~.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/azure_ad_application#azure_service_authentication_method AzureAdApplication#azure_service_authentication_method}
  */
  readonly azureServiceAuthenticationMethod?: string;
  /**
  * The client ID (application ID) of the Azure AD app registration. Stored as a sensitive value — the API never returns it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/azure_ad_application#client_id AzureAdApplication#client_id}
  */
  readonly clientId: string;
  /**
  * The client secret of the Azure AD app registration. Stored as a sensitive value — the API never returns it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/azure_ad_application#client_secret AzureAdApplication#client_secret}
  */
  readonly clientSecret: string;
  /**
  * The name of the Azure DevOps organization.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/azure_ad_application#organization_name AzureAdApplication#organization_name}
  */
  readonly organizationName: string;
  /**
  * The tenant ID of the Azure AD directory. Stored as a sensitive value — the API never returns it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/azure_ad_application#tenant_id AzureAdApplication#tenant_id}
  */
  readonly tenantId: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/azure_ad_application dbtcloud_azure_ad_application}
*/
export class AzureAdApplication extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_azure_ad_application";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AzureAdApplication resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AzureAdApplication to import
  * @param importFromId The id of the existing AzureAdApplication that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/azure_ad_application#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AzureAdApplication to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_azure_ad_application", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/azure_ad_application dbtcloud_azure_ad_application} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AzureAdApplicationConfig
  */
  public constructor(scope: Construct, id: string, config: AzureAdApplicationConfig) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_azure_ad_application',
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
    this._azureServiceAuthenticationMethod = config.azureServiceAuthenticationMethod;
    this._clientId = config.clientId;
    this._clientSecret = config.clientSecret;
    this._organizationName = config.organizationName;
    this._tenantId = config.tenantId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // account_id - computed: true, optional: false, required: false
  public get accountId() {
    return this.getNumberAttribute('account_id');
  }

  // azure_service_authentication_method - computed: true, optional: true, required: false
  private _azureServiceAuthenticationMethod?: string; 
  public get azureServiceAuthenticationMethod() {
    return this.getStringAttribute('azure_service_authentication_method');
  }
  public set azureServiceAuthenticationMethod(value: string) {
    this._azureServiceAuthenticationMethod = value;
  }
  public resetAzureServiceAuthenticationMethod() {
    this._azureServiceAuthenticationMethod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azureServiceAuthenticationMethodInput() {
    return this._azureServiceAuthenticationMethod;
  }

  // client_id - computed: false, optional: false, required: true
  private _clientId?: string; 
  public get clientId() {
    return this.getStringAttribute('client_id');
  }
  public set clientId(value: string) {
    this._clientId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // client_secret - computed: false, optional: false, required: true
  private _clientSecret?: string; 
  public get clientSecret() {
    return this.getStringAttribute('client_secret');
  }
  public set clientSecret(value: string) {
    this._clientSecret = value;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretInput() {
    return this._clientSecret;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // oauth_redirect_uri_domain - computed: true, optional: false, required: false
  public get oauthRedirectUriDomain() {
    return this.getStringAttribute('oauth_redirect_uri_domain');
  }

  // organization_name - computed: false, optional: false, required: true
  private _organizationName?: string; 
  public get organizationName() {
    return this.getStringAttribute('organization_name');
  }
  public set organizationName(value: string) {
    this._organizationName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get organizationNameInput() {
    return this._organizationName;
  }

  // tenant_id - computed: false, optional: false, required: true
  private _tenantId?: string; 
  public get tenantId() {
    return this.getStringAttribute('tenant_id');
  }
  public set tenantId(value: string) {
    this._tenantId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantIdInput() {
    return this._tenantId;
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
      azure_service_authentication_method: cdktf.stringToTerraform(this._azureServiceAuthenticationMethod),
      client_id: cdktf.stringToTerraform(this._clientId),
      client_secret: cdktf.stringToTerraform(this._clientSecret),
      organization_name: cdktf.stringToTerraform(this._organizationName),
      tenant_id: cdktf.stringToTerraform(this._tenantId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      azure_service_authentication_method: {
        value: cdktf.stringToHclTerraform(this._azureServiceAuthenticationMethod),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_id: {
        value: cdktf.stringToHclTerraform(this._clientId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_secret: {
        value: cdktf.stringToHclTerraform(this._clientSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      organization_name: {
        value: cdktf.stringToHclTerraform(this._organizationName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tenant_id: {
        value: cdktf.stringToHclTerraform(this._tenantId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
