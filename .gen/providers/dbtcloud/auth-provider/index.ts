// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AuthProviderConfig extends cdktf.TerraformMetaArguments {
  /**
  * Google Workspace admin OAuth refresh token used to fetch group memberships.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#admin_refresh_token AuthProvider#admin_refresh_token}
  */
  readonly adminRefreshToken?: string;
  /**
  * When true (default), users can still log in with email and password as a fallback. Set to false to enforce SSO-only access.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#allow_password_backdoor AuthProvider#allow_password_backdoor}
  */
  readonly allowPasswordBackdoor?: boolean | cdktf.IResolvable;
  /**
  * JSON map of SAML attribute names to dbt Cloud user fields.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#attribute_map AuthProvider#attribute_map}
  */
  readonly attributeMap?: string;
  /**
  * OAuth authorization URL for Google Workspace. May be auto-populated server-side.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#authorization_url AuthProvider#authorization_url}
  */
  readonly authorizationUrl?: string;
  /**
  * SAML X.509 certificate (PEM format). Sensitive — stored in state. Consider using `cert_wo` instead. Conflicts with `cert_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#cert AuthProvider#cert}
  */
  readonly cert?: string;
  /**
  * Write-only alternative to `cert`. Not stored in state. Use `cert_wo_version` to trigger updates. Conflicts with `cert`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#cert_wo AuthProvider#cert_wo}
  */
  readonly certWo?: string;
  /**
  * Increment to rotate `cert_wo` without changing the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#cert_wo_version AuthProvider#cert_wo_version}
  */
  readonly certWoVersion?: number;
  /**
  * OAuth client ID. Required for Azure AD and Google Workspace providers. Not returned by the API after save (encrypted at rest).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#client_id AuthProvider#client_id}
  */
  readonly clientId?: string;
  /**
  * OAuth client secret. Required for Azure AD and Google Workspace providers. Sensitive — stored in state. Consider using `client_secret_wo` instead. Conflicts with `client_secret_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#client_secret AuthProvider#client_secret}
  */
  readonly clientSecret?: string;
  /**
  * Write-only alternative to `client_secret`. Not stored in state. Use `client_secret_wo_version` to trigger updates. Conflicts with `client_secret`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#client_secret_wo AuthProvider#client_secret_wo}
  */
  readonly clientSecretWo?: string;
  /**
  * Increment to rotate `client_secret_wo` without changing the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#client_secret_wo_version AuthProvider#client_secret_wo_version}
  */
  readonly clientSecretWoVersion?: number;
  /**
  * Primary domain for the Azure AD or Google Workspace tenant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#domain AuthProvider#domain}
  */
  readonly domain?: string;
  /**
  * SAML entity ID (Issuer) from your identity provider. Required for `saml` and `okta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#entity_id AuthProvider#entity_id}
  */
  readonly entityId?: string;
  /**
  * Google Workspace admin email used to fetch group memberships.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#gsuite_admin_id AuthProvider#gsuite_admin_id}
  */
  readonly gsuiteAdminId?: string;
  /**
  * Whether to include transitive (indirect) group memberships from Azure AD. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#include_indirect_groups AuthProvider#include_indirect_groups}
  */
  readonly includeIndirectGroups?: boolean | cdktf.IResolvable;
  /**
  * Maximum number of Azure AD groups to fetch per user. Defaults to 250.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#max_groups_to_retrieve AuthProvider#max_groups_to_retrieve}
  */
  readonly maxGroupsToRetrieve?: number;
  /**
  * Whether to sign SAML authentication requests. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#sign_request AuthProvider#sign_request}
  */
  readonly signRequest?: boolean | cdktf.IResolvable;
  /**
  * URL-safe identifier used in the SSO login URL. Auto-generated if omitted. Immutable on accounts where auto-slug enforcement is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#slug AuthProvider#slug}
  */
  readonly slug?: string;
  /**
  * SAML Single Sign-On URL from your identity provider. Required for `saml` and `okta`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#sso_url AuthProvider#sso_url}
  */
  readonly ssoUrl?: string;
  /**
  * Azure AD tenant ID. Required for `azure_single_tenant`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#tenant_id AuthProvider#tenant_id}
  */
  readonly tenantId?: string;
  /**
  * The SSO provider type. One of: `saml`, `okta`, `gsuite`, `azure_single_tenant`, `azure_multi_tenant`, `azure_active_directory`. Changing this value forces a new resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#type AuthProvider#type}
  */
  readonly type: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider dbtcloud_auth_provider}
*/
export class AuthProvider extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_auth_provider";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AuthProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AuthProvider to import
  * @param importFromId The id of the existing AuthProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AuthProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_auth_provider", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/auth_provider dbtcloud_auth_provider} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AuthProviderConfig
  */
  public constructor(scope: Construct, id: string, config: AuthProviderConfig) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_auth_provider',
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
    this._adminRefreshToken = config.adminRefreshToken;
    this._allowPasswordBackdoor = config.allowPasswordBackdoor;
    this._attributeMap = config.attributeMap;
    this._authorizationUrl = config.authorizationUrl;
    this._cert = config.cert;
    this._certWo = config.certWo;
    this._certWoVersion = config.certWoVersion;
    this._clientId = config.clientId;
    this._clientSecret = config.clientSecret;
    this._clientSecretWo = config.clientSecretWo;
    this._clientSecretWoVersion = config.clientSecretWoVersion;
    this._domain = config.domain;
    this._entityId = config.entityId;
    this._gsuiteAdminId = config.gsuiteAdminId;
    this._includeIndirectGroups = config.includeIndirectGroups;
    this._maxGroupsToRetrieve = config.maxGroupsToRetrieve;
    this._signRequest = config.signRequest;
    this._slug = config.slug;
    this._ssoUrl = config.ssoUrl;
    this._tenantId = config.tenantId;
    this._type = config.type;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // admin_refresh_token - computed: false, optional: true, required: false
  private _adminRefreshToken?: string; 
  public get adminRefreshToken() {
    return this.getStringAttribute('admin_refresh_token');
  }
  public set adminRefreshToken(value: string) {
    this._adminRefreshToken = value;
  }
  public resetAdminRefreshToken() {
    this._adminRefreshToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get adminRefreshTokenInput() {
    return this._adminRefreshToken;
  }

  // allow_password_backdoor - computed: true, optional: true, required: false
  private _allowPasswordBackdoor?: boolean | cdktf.IResolvable; 
  public get allowPasswordBackdoor() {
    return this.getBooleanAttribute('allow_password_backdoor');
  }
  public set allowPasswordBackdoor(value: boolean | cdktf.IResolvable) {
    this._allowPasswordBackdoor = value;
  }
  public resetAllowPasswordBackdoor() {
    this._allowPasswordBackdoor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPasswordBackdoorInput() {
    return this._allowPasswordBackdoor;
  }

  // attribute_map - computed: true, optional: true, required: false
  private _attributeMap?: string; 
  public get attributeMap() {
    return this.getStringAttribute('attribute_map');
  }
  public set attributeMap(value: string) {
    this._attributeMap = value;
  }
  public resetAttributeMap() {
    this._attributeMap = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get attributeMapInput() {
    return this._attributeMap;
  }

  // authorization_url - computed: true, optional: true, required: false
  private _authorizationUrl?: string; 
  public get authorizationUrl() {
    return this.getStringAttribute('authorization_url');
  }
  public set authorizationUrl(value: string) {
    this._authorizationUrl = value;
  }
  public resetAuthorizationUrl() {
    this._authorizationUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authorizationUrlInput() {
    return this._authorizationUrl;
  }

  // cert - computed: false, optional: true, required: false
  private _cert?: string; 
  public get cert() {
    return this.getStringAttribute('cert');
  }
  public set cert(value: string) {
    this._cert = value;
  }
  public resetCert() {
    this._cert = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certInput() {
    return this._cert;
  }

  // cert_expiry_date - computed: true, optional: false, required: false
  public get certExpiryDate() {
    return this.getStringAttribute('cert_expiry_date');
  }

  // cert_wo - computed: false, optional: true, required: false
  private _certWo?: string; 
  public get certWo() {
    return this.getStringAttribute('cert_wo');
  }
  public set certWo(value: string) {
    this._certWo = value;
  }
  public resetCertWo() {
    this._certWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certWoInput() {
    return this._certWo;
  }

  // cert_wo_version - computed: false, optional: true, required: false
  private _certWoVersion?: number; 
  public get certWoVersion() {
    return this.getNumberAttribute('cert_wo_version');
  }
  public set certWoVersion(value: number) {
    this._certWoVersion = value;
  }
  public resetCertWoVersion() {
    this._certWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certWoVersionInput() {
    return this._certWoVersion;
  }

  // client_id - computed: true, optional: true, required: false
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

  // client_secret - computed: false, optional: true, required: false
  private _clientSecret?: string; 
  public get clientSecret() {
    return this.getStringAttribute('client_secret');
  }
  public set clientSecret(value: string) {
    this._clientSecret = value;
  }
  public resetClientSecret() {
    this._clientSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretInput() {
    return this._clientSecret;
  }

  // client_secret_wo - computed: false, optional: true, required: false
  private _clientSecretWo?: string; 
  public get clientSecretWo() {
    return this.getStringAttribute('client_secret_wo');
  }
  public set clientSecretWo(value: string) {
    this._clientSecretWo = value;
  }
  public resetClientSecretWo() {
    this._clientSecretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretWoInput() {
    return this._clientSecretWo;
  }

  // client_secret_wo_version - computed: false, optional: true, required: false
  private _clientSecretWoVersion?: number; 
  public get clientSecretWoVersion() {
    return this.getNumberAttribute('client_secret_wo_version');
  }
  public set clientSecretWoVersion(value: number) {
    this._clientSecretWoVersion = value;
  }
  public resetClientSecretWoVersion() {
    this._clientSecretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretWoVersionInput() {
    return this._clientSecretWoVersion;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // domain - computed: false, optional: true, required: false
  private _domain?: string; 
  public get domain() {
    return this.getStringAttribute('domain');
  }
  public set domain(value: string) {
    this._domain = value;
  }
  public resetDomain() {
    this._domain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainInput() {
    return this._domain;
  }

  // entity_id - computed: false, optional: true, required: false
  private _entityId?: string; 
  public get entityId() {
    return this.getStringAttribute('entity_id');
  }
  public set entityId(value: string) {
    this._entityId = value;
  }
  public resetEntityId() {
    this._entityId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get entityIdInput() {
    return this._entityId;
  }

  // gsuite_admin_id - computed: false, optional: true, required: false
  private _gsuiteAdminId?: string; 
  public get gsuiteAdminId() {
    return this.getStringAttribute('gsuite_admin_id');
  }
  public set gsuiteAdminId(value: string) {
    this._gsuiteAdminId = value;
  }
  public resetGsuiteAdminId() {
    this._gsuiteAdminId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gsuiteAdminIdInput() {
    return this._gsuiteAdminId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // include_indirect_groups - computed: true, optional: true, required: false
  private _includeIndirectGroups?: boolean | cdktf.IResolvable; 
  public get includeIndirectGroups() {
    return this.getBooleanAttribute('include_indirect_groups');
  }
  public set includeIndirectGroups(value: boolean | cdktf.IResolvable) {
    this._includeIndirectGroups = value;
  }
  public resetIncludeIndirectGroups() {
    this._includeIndirectGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeIndirectGroupsInput() {
    return this._includeIndirectGroups;
  }

  // login_url - computed: true, optional: false, required: false
  public get loginUrl() {
    return this.getStringAttribute('login_url');
  }

  // max_groups_to_retrieve - computed: true, optional: true, required: false
  private _maxGroupsToRetrieve?: number; 
  public get maxGroupsToRetrieve() {
    return this.getNumberAttribute('max_groups_to_retrieve');
  }
  public set maxGroupsToRetrieve(value: number) {
    this._maxGroupsToRetrieve = value;
  }
  public resetMaxGroupsToRetrieve() {
    this._maxGroupsToRetrieve = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxGroupsToRetrieveInput() {
    return this._maxGroupsToRetrieve;
  }

  // sign_request - computed: true, optional: true, required: false
  private _signRequest?: boolean | cdktf.IResolvable; 
  public get signRequest() {
    return this.getBooleanAttribute('sign_request');
  }
  public set signRequest(value: boolean | cdktf.IResolvable) {
    this._signRequest = value;
  }
  public resetSignRequest() {
    this._signRequest = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get signRequestInput() {
    return this._signRequest;
  }

  // slug - computed: true, optional: true, required: false
  private _slug?: string; 
  public get slug() {
    return this.getStringAttribute('slug');
  }
  public set slug(value: string) {
    this._slug = value;
  }
  public resetSlug() {
    this._slug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slugInput() {
    return this._slug;
  }

  // sso_url - computed: false, optional: true, required: false
  private _ssoUrl?: string; 
  public get ssoUrl() {
    return this.getStringAttribute('sso_url');
  }
  public set ssoUrl(value: string) {
    this._ssoUrl = value;
  }
  public resetSsoUrl() {
    this._ssoUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ssoUrlInput() {
    return this._ssoUrl;
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getNumberAttribute('state');
  }

  // tenant_id - computed: false, optional: true, required: false
  private _tenantId?: string; 
  public get tenantId() {
    return this.getStringAttribute('tenant_id');
  }
  public set tenantId(value: string) {
    this._tenantId = value;
  }
  public resetTenantId() {
    this._tenantId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantIdInput() {
    return this._tenantId;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
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
      admin_refresh_token: cdktf.stringToTerraform(this._adminRefreshToken),
      allow_password_backdoor: cdktf.booleanToTerraform(this._allowPasswordBackdoor),
      attribute_map: cdktf.stringToTerraform(this._attributeMap),
      authorization_url: cdktf.stringToTerraform(this._authorizationUrl),
      cert: cdktf.stringToTerraform(this._cert),
      cert_wo: cdktf.stringToTerraform(this._certWo),
      cert_wo_version: cdktf.numberToTerraform(this._certWoVersion),
      client_id: cdktf.stringToTerraform(this._clientId),
      client_secret: cdktf.stringToTerraform(this._clientSecret),
      client_secret_wo: cdktf.stringToTerraform(this._clientSecretWo),
      client_secret_wo_version: cdktf.numberToTerraform(this._clientSecretWoVersion),
      domain: cdktf.stringToTerraform(this._domain),
      entity_id: cdktf.stringToTerraform(this._entityId),
      gsuite_admin_id: cdktf.stringToTerraform(this._gsuiteAdminId),
      include_indirect_groups: cdktf.booleanToTerraform(this._includeIndirectGroups),
      max_groups_to_retrieve: cdktf.numberToTerraform(this._maxGroupsToRetrieve),
      sign_request: cdktf.booleanToTerraform(this._signRequest),
      slug: cdktf.stringToTerraform(this._slug),
      sso_url: cdktf.stringToTerraform(this._ssoUrl),
      tenant_id: cdktf.stringToTerraform(this._tenantId),
      type: cdktf.stringToTerraform(this._type),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      admin_refresh_token: {
        value: cdktf.stringToHclTerraform(this._adminRefreshToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      allow_password_backdoor: {
        value: cdktf.booleanToHclTerraform(this._allowPasswordBackdoor),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      attribute_map: {
        value: cdktf.stringToHclTerraform(this._attributeMap),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      authorization_url: {
        value: cdktf.stringToHclTerraform(this._authorizationUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cert: {
        value: cdktf.stringToHclTerraform(this._cert),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cert_wo: {
        value: cdktf.stringToHclTerraform(this._certWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cert_wo_version: {
        value: cdktf.numberToHclTerraform(this._certWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
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
      client_secret_wo: {
        value: cdktf.stringToHclTerraform(this._clientSecretWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_secret_wo_version: {
        value: cdktf.numberToHclTerraform(this._clientSecretWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      domain: {
        value: cdktf.stringToHclTerraform(this._domain),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      entity_id: {
        value: cdktf.stringToHclTerraform(this._entityId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      gsuite_admin_id: {
        value: cdktf.stringToHclTerraform(this._gsuiteAdminId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      include_indirect_groups: {
        value: cdktf.booleanToHclTerraform(this._includeIndirectGroups),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      max_groups_to_retrieve: {
        value: cdktf.numberToHclTerraform(this._maxGroupsToRetrieve),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      sign_request: {
        value: cdktf.booleanToHclTerraform(this._signRequest),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      slug: {
        value: cdktf.stringToHclTerraform(this._slug),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sso_url: {
        value: cdktf.stringToHclTerraform(this._ssoUrl),
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
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
