# The plain Terraform a user would write instead of the cdktf app: the same resources per
# integration, for_each over a map that bench/hcl.ts generates as integrations.auto.tfvars.json,
# providers pointed at the sandbox emulators by variables (sandbox.auto.tfvars.json).
# Only the benchmark uses it (`npm run bench`), as the baseline for plan and apply times.

terraform {
  required_version = ">= 1.5.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
    databricks = {
      source  = "databricks/databricks"
      version = "1.99.0"
    }
  }
}

variable "databricks_account_id" {
  type = string
}

variable "databricks_url" {
  description = "The Databricks account API emulator (http://127.0.0.1:PORT)."
  type        = string
}

variable "aws_region" {
  type = string
}

variable "default_tags" {
  type    = map(string)
  default = {}
}

variable "integrations" {
  description = "One entry per dbt Cloud account, keyed by logical id."
  type = map(object({
    name                  = string
    access_host           = string
    scopes                = list(string)
    access_token_minutes  = number
    refresh_token_minutes = number
    rotation              = string
    secret_name           = string
    recovery_window_days  = number
  }))
}

provider "databricks" {
  account_id = var.databricks_account_id
  # A plain http:// account host is accepted only as a "unified host"; the token is DATABRICKS_TOKEN.
  host                         = var.databricks_url
  experimental_is_unified_host = true
  auth_type                    = "pat"
}

provider "aws" {
  region = var.aws_region
  default_tags {
    tags = var.default_tags
  }
  # Endpoints from AWS_ENDPOINT_URL_SECRETS_MANAGER and AWS_ENDPOINT_URL_STS, as for the app's
  # sandbox stack (lib/sandbox-environment.ts): an endpoints block costs seconds per command.
  allowed_account_ids         = ["123456789012"]
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  max_retries                 = 2
}

locals {
  integrations = {
    for id, i in var.integrations : id => merge(i, {
      full_name     = i.rotation == "" ? i.name : "${i.name}-${i.rotation}"
      access_url    = "https://${i.access_host}"
      redirect_urls = ["https://${i.access_host}", "https://${i.access_host}/callback", "https://${i.access_host}/complete/databricks"]
    })
  }
}

# Holds the rotation token: changing it replaces this, and replace_triggered_by carries the
# replacement over to the integration.
resource "terraform_data" "rotation" {
  for_each = local.integrations
  input    = { rotation = each.value.rotation }
}

resource "databricks_custom_app_integration" "this" {
  for_each      = local.integrations
  name          = each.value.full_name
  confidential  = true
  redirect_urls = each.value.redirect_urls
  scopes        = each.value.scopes
  token_access_policy {
    access_token_ttl_in_minutes  = each.value.access_token_minutes
    refresh_token_ttl_in_minutes = each.value.refresh_token_minutes
  }
  lifecycle {
    create_before_destroy = true
    replace_triggered_by  = [terraform_data.rotation[each.key]]
  }
}

resource "aws_secretsmanager_secret" "this" {
  for_each                = local.integrations
  name                    = each.value.secret_name
  description             = "dbt Cloud OAuth client for Databricks (${each.value.name}, ${each.value.access_url})"
  recovery_window_in_days = each.value.recovery_window_days
}

resource "aws_secretsmanager_secret_version" "this" {
  for_each  = local.integrations
  secret_id = aws_secretsmanager_secret.this[each.key].id
  secret_string = jsonencode({
    client_id             = databricks_custom_app_integration.this[each.key].client_id
    client_secret         = databricks_custom_app_integration.this[each.key].client_secret
    integration_id        = databricks_custom_app_integration.this[each.key].integration_id
    integration_name      = databricks_custom_app_integration.this[each.key].name
    dbt_cloud_access_url  = each.value.access_url
    databricks_account_id = var.databricks_account_id
  })
}

output "integration_ids" {
  value = { for id, app in databricks_custom_app_integration.this : id => app.integration_id }
}

output "client_ids" {
  value = { for id, app in databricks_custom_app_integration.this : id => app.client_id }
}

output "secret_arns" {
  value = { for id, secret in aws_secretsmanager_secret.this : id => secret.arn }
}
