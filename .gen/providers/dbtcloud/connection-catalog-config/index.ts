// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ConnectionCatalogConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * The ID of the global connection this catalog config is associated with. Cannot be changed after creation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config#connection_id ConnectionCatalogConfig#connection_id}
  */
  readonly connectionId: number;
  /**
  * List of database names to include. Supports wildcards (e.g., 'analytics_*'). If set, only these databases are ingested.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config#database_allow ConnectionCatalogConfig#database_allow}
  */
  readonly databaseAllow?: string[];
  /**
  * List of database names to exclude. Supports wildcards (e.g., 'staging_*'). Matching databases are not ingested.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config#database_deny ConnectionCatalogConfig#database_deny}
  */
  readonly databaseDeny?: string[];
  /**
  * List of schema names to include. Supports wildcards (e.g., 'public_*'). If set, only these schemas are ingested.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config#schema_allow ConnectionCatalogConfig#schema_allow}
  */
  readonly schemaAllow?: string[];
  /**
  * List of schema names to exclude. Supports wildcards (e.g., 'temp_*'). Matching schemas are not ingested.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config#schema_deny ConnectionCatalogConfig#schema_deny}
  */
  readonly schemaDeny?: string[];
  /**
  * List of table names to include. Supports wildcards (e.g., 'fact_*'). If set, only these tables are ingested.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config#table_allow ConnectionCatalogConfig#table_allow}
  */
  readonly tableAllow?: string[];
  /**
  * List of table names to exclude. Supports wildcards (e.g., 'tmp_*'). Matching tables are not ingested.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config#table_deny ConnectionCatalogConfig#table_deny}
  */
  readonly tableDeny?: string[];
  /**
  * List of view names to include. Supports wildcards (e.g., 'v_*'). If set, only these views are ingested.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config#view_allow ConnectionCatalogConfig#view_allow}
  */
  readonly viewAllow?: string[];
  /**
  * List of view names to exclude. Supports wildcards (e.g., 'secret_*'). Matching views are not ingested.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config#view_deny ConnectionCatalogConfig#view_deny}
  */
  readonly viewDeny?: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config dbtcloud_connection_catalog_config}
*/
export class ConnectionCatalogConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_connection_catalog_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ConnectionCatalogConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ConnectionCatalogConfig to import
  * @param importFromId The id of the existing ConnectionCatalogConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ConnectionCatalogConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_connection_catalog_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/connection_catalog_config dbtcloud_connection_catalog_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ConnectionCatalogConfigConfig
  */
  public constructor(scope: Construct, id: string, config: ConnectionCatalogConfigConfig) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_connection_catalog_config',
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
    this._databaseAllow = config.databaseAllow;
    this._databaseDeny = config.databaseDeny;
    this._schemaAllow = config.schemaAllow;
    this._schemaDeny = config.schemaDeny;
    this._tableAllow = config.tableAllow;
    this._tableDeny = config.tableDeny;
    this._viewAllow = config.viewAllow;
    this._viewDeny = config.viewDeny;
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

  // database_allow - computed: false, optional: true, required: false
  private _databaseAllow?: string[]; 
  public get databaseAllow() {
    return this.getListAttribute('database_allow');
  }
  public set databaseAllow(value: string[]) {
    this._databaseAllow = value;
  }
  public resetDatabaseAllow() {
    this._databaseAllow = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseAllowInput() {
    return this._databaseAllow;
  }

  // database_deny - computed: false, optional: true, required: false
  private _databaseDeny?: string[]; 
  public get databaseDeny() {
    return this.getListAttribute('database_deny');
  }
  public set databaseDeny(value: string[]) {
    this._databaseDeny = value;
  }
  public resetDatabaseDeny() {
    this._databaseDeny = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseDenyInput() {
    return this._databaseDeny;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // schema_allow - computed: false, optional: true, required: false
  private _schemaAllow?: string[]; 
  public get schemaAllow() {
    return this.getListAttribute('schema_allow');
  }
  public set schemaAllow(value: string[]) {
    this._schemaAllow = value;
  }
  public resetSchemaAllow() {
    this._schemaAllow = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaAllowInput() {
    return this._schemaAllow;
  }

  // schema_deny - computed: false, optional: true, required: false
  private _schemaDeny?: string[]; 
  public get schemaDeny() {
    return this.getListAttribute('schema_deny');
  }
  public set schemaDeny(value: string[]) {
    this._schemaDeny = value;
  }
  public resetSchemaDeny() {
    this._schemaDeny = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaDenyInput() {
    return this._schemaDeny;
  }

  // table_allow - computed: false, optional: true, required: false
  private _tableAllow?: string[]; 
  public get tableAllow() {
    return this.getListAttribute('table_allow');
  }
  public set tableAllow(value: string[]) {
    this._tableAllow = value;
  }
  public resetTableAllow() {
    this._tableAllow = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tableAllowInput() {
    return this._tableAllow;
  }

  // table_deny - computed: false, optional: true, required: false
  private _tableDeny?: string[]; 
  public get tableDeny() {
    return this.getListAttribute('table_deny');
  }
  public set tableDeny(value: string[]) {
    this._tableDeny = value;
  }
  public resetTableDeny() {
    this._tableDeny = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tableDenyInput() {
    return this._tableDeny;
  }

  // view_allow - computed: false, optional: true, required: false
  private _viewAllow?: string[]; 
  public get viewAllow() {
    return this.getListAttribute('view_allow');
  }
  public set viewAllow(value: string[]) {
    this._viewAllow = value;
  }
  public resetViewAllow() {
    this._viewAllow = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get viewAllowInput() {
    return this._viewAllow;
  }

  // view_deny - computed: false, optional: true, required: false
  private _viewDeny?: string[]; 
  public get viewDeny() {
    return this.getListAttribute('view_deny');
  }
  public set viewDeny(value: string[]) {
    this._viewDeny = value;
  }
  public resetViewDeny() {
    this._viewDeny = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get viewDenyInput() {
    return this._viewDeny;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      connection_id: cdktf.numberToTerraform(this._connectionId),
      database_allow: cdktf.listMapper(cdktf.stringToTerraform, false)(this._databaseAllow),
      database_deny: cdktf.listMapper(cdktf.stringToTerraform, false)(this._databaseDeny),
      schema_allow: cdktf.listMapper(cdktf.stringToTerraform, false)(this._schemaAllow),
      schema_deny: cdktf.listMapper(cdktf.stringToTerraform, false)(this._schemaDeny),
      table_allow: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tableAllow),
      table_deny: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tableDeny),
      view_allow: cdktf.listMapper(cdktf.stringToTerraform, false)(this._viewAllow),
      view_deny: cdktf.listMapper(cdktf.stringToTerraform, false)(this._viewDeny),
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
      database_allow: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._databaseAllow),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      database_deny: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._databaseDeny),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      schema_allow: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._schemaAllow),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      schema_deny: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._schemaDeny),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      table_allow: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tableAllow),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      table_deny: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tableDeny),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      view_allow: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._viewAllow),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      view_deny: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._viewDeny),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
