// https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NotificationSettingConfig extends cdktf.TerraformMetaArguments {
  /**
  * Delivery channels for this setting. At least one channel is required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting#channels NotificationSetting#channels}
  */
  readonly channels: NotificationSettingChannels[] | cdktf.IResolvable;
  /**
  * Optional description of what this notification setting does
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting#description NotificationSetting#description}
  */
  readonly description?: string;
  /**
  * Human-readable name for this notification setting
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting#name NotificationSetting#name}
  */
  readonly name: string;
  /**
  * Trigger rules. At least one rule is required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting#rules NotificationSetting#rules}
  */
  readonly rules: NotificationSettingRules[] | cdktf.IResolvable;
}
export interface NotificationSettingChannels {
  /**
  * Channel type. Currently only `teams` is supported.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting#channel_type NotificationSetting#channel_type}
  */
  readonly channelType: string;
  /**
  * Microsoft Teams channel ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting#teams_channel_id NotificationSetting#teams_channel_id}
  */
  readonly teamsChannelId: string;
  /**
  * Microsoft Teams team ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting#teams_team_id NotificationSetting#teams_team_id}
  */
  readonly teamsTeamId: string;
}

export function notificationSettingChannelsToTerraform(struct?: NotificationSettingChannels | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    channel_type: cdktf.stringToTerraform(struct!.channelType),
    teams_channel_id: cdktf.stringToTerraform(struct!.teamsChannelId),
    teams_team_id: cdktf.stringToTerraform(struct!.teamsTeamId),
  }
}


export function notificationSettingChannelsToHclTerraform(struct?: NotificationSettingChannels | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    channel_type: {
      value: cdktf.stringToHclTerraform(struct!.channelType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    teams_channel_id: {
      value: cdktf.stringToHclTerraform(struct!.teamsChannelId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    teams_team_id: {
      value: cdktf.stringToHclTerraform(struct!.teamsTeamId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class NotificationSettingChannelsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): NotificationSettingChannels | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._channelType !== undefined) {
      hasAnyValues = true;
      internalValueResult.channelType = this._channelType;
    }
    if (this._teamsChannelId !== undefined) {
      hasAnyValues = true;
      internalValueResult.teamsChannelId = this._teamsChannelId;
    }
    if (this._teamsTeamId !== undefined) {
      hasAnyValues = true;
      internalValueResult.teamsTeamId = this._teamsTeamId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NotificationSettingChannels | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._channelType = undefined;
      this._teamsChannelId = undefined;
      this._teamsTeamId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._channelType = value.channelType;
      this._teamsChannelId = value.teamsChannelId;
      this._teamsTeamId = value.teamsTeamId;
    }
  }

  // channel_type - computed: false, optional: false, required: true
  private _channelType?: string; 
  public get channelType() {
    return this.getStringAttribute('channel_type');
  }
  public set channelType(value: string) {
    this._channelType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get channelTypeInput() {
    return this._channelType;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // teams_channel_id - computed: false, optional: false, required: true
  private _teamsChannelId?: string; 
  public get teamsChannelId() {
    return this.getStringAttribute('teams_channel_id');
  }
  public set teamsChannelId(value: string) {
    this._teamsChannelId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get teamsChannelIdInput() {
    return this._teamsChannelId;
  }

  // teams_team_id - computed: false, optional: false, required: true
  private _teamsTeamId?: string; 
  public get teamsTeamId() {
    return this.getStringAttribute('teams_team_id');
  }
  public set teamsTeamId(value: string) {
    this._teamsTeamId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get teamsTeamIdInput() {
    return this._teamsTeamId;
  }
}

export class NotificationSettingChannelsList extends cdktf.ComplexList {
  public internalValue? : NotificationSettingChannels[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): NotificationSettingChannelsOutputReference {
    return new NotificationSettingChannelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface NotificationSettingRules {
  /**
  * Job ID this rule applies to. Omit to fire for all jobs in the account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting#job_id NotificationSetting#job_id}
  */
  readonly jobId?: number;
  /**
  * Event that fires the notification. Valid values: `run_warning`, `run_successful`, `run_errored`, `run_cancelled`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting#trigger_on NotificationSetting#trigger_on}
  */
  readonly triggerOn: string;
}

export function notificationSettingRulesToTerraform(struct?: NotificationSettingRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    job_id: cdktf.numberToTerraform(struct!.jobId),
    trigger_on: cdktf.stringToTerraform(struct!.triggerOn),
  }
}


export function notificationSettingRulesToHclTerraform(struct?: NotificationSettingRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    job_id: {
      value: cdktf.numberToHclTerraform(struct!.jobId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    trigger_on: {
      value: cdktf.stringToHclTerraform(struct!.triggerOn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class NotificationSettingRulesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): NotificationSettingRules | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._jobId !== undefined) {
      hasAnyValues = true;
      internalValueResult.jobId = this._jobId;
    }
    if (this._triggerOn !== undefined) {
      hasAnyValues = true;
      internalValueResult.triggerOn = this._triggerOn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NotificationSettingRules | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._jobId = undefined;
      this._triggerOn = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._jobId = value.jobId;
      this._triggerOn = value.triggerOn;
    }
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // job_id - computed: false, optional: true, required: false
  private _jobId?: number; 
  public get jobId() {
    return this.getNumberAttribute('job_id');
  }
  public set jobId(value: number) {
    this._jobId = value;
  }
  public resetJobId() {
    this._jobId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jobIdInput() {
    return this._jobId;
  }

  // job_name - computed: true, optional: false, required: false
  public get jobName() {
    return this.getStringAttribute('job_name');
  }

  // trigger_on - computed: false, optional: false, required: true
  private _triggerOn?: string; 
  public get triggerOn() {
    return this.getStringAttribute('trigger_on');
  }
  public set triggerOn(value: string) {
    this._triggerOn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get triggerOnInput() {
    return this._triggerOn;
  }
}

export class NotificationSettingRulesList extends cdktf.ComplexList {
  public internalValue? : NotificationSettingRules[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): NotificationSettingRulesOutputReference {
    return new NotificationSettingRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting dbtcloud_notification_setting}
*/
export class NotificationSetting extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "dbtcloud_notification_setting";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NotificationSetting resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NotificationSetting to import
  * @param importFromId The id of the existing NotificationSetting that should be imported. Refer to the {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NotificationSetting to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "dbtcloud_notification_setting", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/dbt-labs/dbtcloud/1.12.5/docs/resources/notification_setting dbtcloud_notification_setting} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NotificationSettingConfig
  */
  public constructor(scope: Construct, id: string, config: NotificationSettingConfig) {
    super(scope, id, {
      terraformResourceType: 'dbtcloud_notification_setting',
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
    this._channels.internalValue = config.channels;
    this._description = config.description;
    this._name = config.name;
    this._rules.internalValue = config.rules;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // channels - computed: false, optional: false, required: true
  private _channels = new NotificationSettingChannelsList(this, "channels", false);
  public get channels() {
    return this._channels;
  }
  public putChannels(value: NotificationSettingChannels[] | cdktf.IResolvable) {
    this._channels.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get channelsInput() {
    return this._channels.internalValue;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // rules - computed: false, optional: false, required: true
  private _rules = new NotificationSettingRulesList(this, "rules", false);
  public get rules() {
    return this._rules;
  }
  public putRules(value: NotificationSettingRules[] | cdktf.IResolvable) {
    this._rules.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rulesInput() {
    return this._rules.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      channels: cdktf.listMapper(notificationSettingChannelsToTerraform, false)(this._channels.internalValue),
      description: cdktf.stringToTerraform(this._description),
      name: cdktf.stringToTerraform(this._name),
      rules: cdktf.listMapper(notificationSettingRulesToTerraform, false)(this._rules.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      channels: {
        value: cdktf.listMapperHcl(notificationSettingChannelsToHclTerraform, false)(this._channels.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "NotificationSettingChannelsList",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rules: {
        value: cdktf.listMapperHcl(notificationSettingRulesToHclTerraform, false)(this._rules.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "NotificationSettingRulesList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
