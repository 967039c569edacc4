// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/job_completion_trigger
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface JobCompletionTriggerConfig extends cdktf.TerraformMetaArguments {
  /**
  * The ID of the downstream job that will be triggered.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/job_completion_trigger#job_id JobCompletionTrigger#job_id}
  */
  readonly jobId: number;
  /**
  * The dbt Cloud project ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/job_completion_trigger#project_id JobCompletionTrigger#project_id}
  */
  readonly projectId: number;
  /**
  * The set of job completion statuses that trigger the downstream job. Valid values: `success`, `error`, `canceled`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/job_completion_trigger#statuses JobCompletionTrigger#statuses}
  */
  readonly statuses: string[];
  /**
  * The ID of the upstream job whose completion fires this trigger.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/job_completion_trigger#trigger_job_id JobCompletionTrigger#trigger_job_id}
  */
  readonly triggerJobId: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/job_completion_trigger dbtcloud_job_completion_trigger}
*/
export class JobCompletionTrigger extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_job_completion_trigger";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a JobCompletionTrigger resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the JobCompletionTrigger to import
  * @param importFromId The id of the existing JobCompletionTrigger that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/job_completion_trigger#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the JobCompletionTrigger to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_job_completion_trigger", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/job_completion_trigger dbtcloud_job_completion_trigger} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options JobCompletionTriggerConfig
  */
  public constructor(scope: Construct, id: string, config: JobCompletionTriggerConfig) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_job_completion_trigger',
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
    this._jobId = config.jobId;
    this._projectId = config.projectId;
    this._statuses = config.statuses;
    this._triggerJobId = config.triggerJobId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // job_id - computed: false, optional: false, required: true
  private _jobId?: number; 
  public get jobId() {
    return this.getNumberAttribute('job_id');
  }
  public set jobId(value: number) {
    this._jobId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get jobIdInput() {
    return this._jobId;
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

  // statuses - computed: false, optional: false, required: true
  private _statuses?: string[]; 
  public get statuses() {
    return cdktf.Fn.tolist(this.getListAttribute('statuses'));
  }
  public set statuses(value: string[]) {
    this._statuses = value;
  }
  // Temporarily expose input value. Use with caution.
  public get statusesInput() {
    return this._statuses;
  }

  // trigger_job_id - computed: false, optional: false, required: true
  private _triggerJobId?: number; 
  public get triggerJobId() {
    return this.getNumberAttribute('trigger_job_id');
  }
  public set triggerJobId(value: number) {
    this._triggerJobId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get triggerJobIdInput() {
    return this._triggerJobId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      job_id: cdktf.numberToTerraform(this._jobId),
      project_id: cdktf.numberToTerraform(this._projectId),
      statuses: cdktf.listMapper(cdktf.stringToTerraform, false)(this._statuses),
      trigger_job_id: cdktf.numberToTerraform(this._triggerJobId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      job_id: {
        value: cdktf.numberToHclTerraform(this._jobId),
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
      statuses: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._statuses),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      trigger_job_id: {
        value: cdktf.numberToHclTerraform(this._triggerJobId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
