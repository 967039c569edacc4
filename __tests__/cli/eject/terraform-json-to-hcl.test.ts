/**
 * The JSON → HCL writer on a synthetic stack that holds what the app does not (yet): a
 * dbtcloud provider and a dbtcloud_global_connection, moved blocks, sensitive variables,
 * ignore_changes, an s3 backend. The schemas are the real providers' (`terraform providers
 * schema -json` of aws 5.100.0, databricks 1.99.0, dbtcloud 1.12.5, descriptions removed and
 * aws cut to the types used here), so "block or attribute" is decided as Terraform decides it.
 *
 * Each HCL result is parsed back with @cdktf/hcl2json (HashiCorp's HCL parser): blocks come
 * back as arrays of objects, attributes as plain values, so the structure is checked by a
 * real parser and not by string matching alone.
 */
import { parse } from "@cdktf/hcl2json";
import schemas from "../fixtures/eject-provider-schemas.json";
import { EjectError, terraformJsonToHcl, type Json, type ProvidersSchema } from "../../../cli/eject/terraform-json-to-hcl";

type Stack = { [key: string]: Json };

const ACCOUNT = "0d26daa6-5e44-4c97-a497-ef015f91254a";

/** Shaped as cdktf synthesizes it, "//" metadata included. */
function syntheticStack(): Stack {
  return {
    "//": { metadata: { backend: "s3", stackName: "synthetic", version: "0.21.0" }, outputs: {} },
    terraform: {
      required_providers: {
        aws: { source: "aws", version: "5.100.0" },
        databricks: { source: "databricks/databricks", version: "1.99.0" },
        dbtcloud: { source: "dbt-labs/dbtcloud", version: "1.12.5" },
      },
      backend: { s3: { bucket: "acme-terraform-state", key: "synthetic.tfstate", region: "us-east-1", encrypt: true, use_lockfile: true } },
    },
    provider: {
      aws: [{ region: "us-east-1", default_tags: [{ tags: { "managed-by": "dbt-databricks-oauth" } }] }],
      databricks: [{ account_id: ACCOUNT, host: "https://accounts.cloud.databricks.com", auth_type: "oauth-m2m" }],
      dbtcloud: [{ account_id: 12345, host_url: "https://ab123.us1.dbt.com/api" }],
    },
    variable: {
      dbt_cloud_token: { type: "string", sensitive: true, description: "dbt Cloud service token" },
      http_path: { type: "string", default: "/sql/1.0/warehouses/abc" },
    },
    resource: {
      terraform_data: {
        prod: { "//": { metadata: { path: "synthetic/prod-app/rotation", uniqueId: "prod" } }, input: { rotation: "2026-11" } },
      },
      databricks_custom_app_integration: {
        prod: {
          "//": { metadata: { path: "synthetic/prod-app/integration", uniqueId: "prod" } },
          confidential: true,
          name: "dbt-cloud-prod-2026-11",
          redirect_urls: ["https://ab123.us1.dbt.com", "https://ab123.us1.dbt.com/callback"],
          scopes: ["sql", "offline_access"],
          token_access_policy: { access_token_ttl_in_minutes: 480, refresh_token_ttl_in_minutes: 10080 },
          lifecycle: { create_before_destroy: true, replace_triggered_by: ["terraform_data.prod"] },
        },
      },
      aws_secretsmanager_secret: {
        prod: { name: "dbt-cloud/databricks-oauth/prod", recovery_window_in_days: 30, replica: [{ region: "eu-west-1" }] },
      },
      aws_secretsmanager_secret_version: {
        prod: {
          secret_id: "${aws_secretsmanager_secret.prod.id}",
          secret_string: `\${jsonencode({"client_id" = databricks_custom_app_integration.prod.client_id, "client_secret" = databricks_custom_app_integration.prod.client_secret, "databricks_account_id" = "${ACCOUNT}"})}`,
          lifecycle: { ignore_changes: ["version_stages"] },
        },
      },
      dbtcloud_global_connection: {
        databricks: {
          name: "Databricks ${var.http_path}",
          databricks: {
            host: "dbc-1234.cloud.databricks.com",
            http_path: "${var.http_path}",
            client_id: "${databricks_custom_app_integration.prod.client_id}",
            client_secret: "${databricks_custom_app_integration.prod.client_secret}",
          },
          depends_on: ["aws_secretsmanager_secret_version.prod"],
        },
      },
    },
    moved: [{ from: "databricks_custom_app_integration.main", to: "databricks_custom_app_integration.prod" }],
    output: {
      prod_client_id: { value: "${databricks_custom_app_integration.prod.client_id}" },
      prod_client_secret: { value: "${databricks_custom_app_integration.prod.client_secret}", sensitive: true },
    },
  };
}

const SCHEMAS = schemas as ProvidersSchema;

// biome-ignore lint/suspicious/noExplicitAny: HCL parsed back to JSON, walked freely by the assertions
type ParsedHcl = Record<string, any>;

async function parsed(files: Record<string, string>): Promise<ParsedHcl> {
  const merged: ParsedHcl = {};
  for (const [name, text] of Object.entries(files)) {
    for (const [key, value] of Object.entries(await parse(name, text))) merged[key] = { ...(merged[key] ?? {}), ...(value as object) };
  }
  return merged;
}

describe("terraformJsonToHcl", () => {
  describe("given a stack with providers and resources eject has never seen", () => {
    let files: Record<string, string>;
    let all: string;
    beforeAll(async () => {
      files = await terraformJsonToHcl(syntheticStack(), SCHEMAS);
      all = Object.values(files).join("\n");
    });

    test("then it writes the conventional files and drops cdktf's metadata", () => {
      expect(Object.keys(files)).toEqual(["versions.tf", "providers.tf", "variables.tf", "main.tf", "outputs.tf"]);
      expect(all).not.toMatch(/"\/\/"|metadata|uniqueId|cdktf/);
    });

    test("then nested blocks are blocks and nested attributes are attributes, as each provider's schema says", async () => {
      const hcl = await parsed(files);
      const integration = hcl.resource.databricks_custom_app_integration.prod[0];
      expect(integration.token_access_policy).toEqual([{ access_token_ttl_in_minutes: 480, refresh_token_ttl_in_minutes: 10080 }]);
      // dbtcloud 1.12.5: `databricks` is a SingleNestedAttribute, written `databricks = { ... }`.
      const connection = hcl.resource.dbtcloud_global_connection.databricks[0];
      expect(connection.databricks).toEqual({
        host: "dbc-1234.cloud.databricks.com",
        http_path: "${var.http_path}",
        client_id: "${databricks_custom_app_integration.prod.client_id}",
        client_secret: "${databricks_custom_app_integration.prod.client_secret}",
      });
      expect(hcl.resource.aws_secretsmanager_secret.prod[0].replica).toEqual([{ region: "eu-west-1" }]);
      expect(hcl.provider.aws[0].default_tags).toEqual([{ tags: { "managed-by": "dbt-databricks-oauth" } }]);
      expect(hcl.resource.terraform_data.prod[0].input).toEqual({ rotation: "2026-11" });
    });

    test("then interpolations become expressions and templates stay templates", () => {
      expect(files["main.tf"]).toContain("secret_id = aws_secretsmanager_secret.prod.id");
      expect(files["main.tf"]).toContain('name = "Databricks ${var.http_path}"');
      expect(files["main.tf"]).toMatch(/secret_string = jsonencode\(\{\n\s*client_id\s+= databricks_custom_app_integration\.prod\.client_id\n/);
      expect(files["outputs.tf"]).toContain("value     = databricks_custom_app_integration.prod.client_secret\n  sensitive = true");
    });

    test("then meta-arguments keep their meaning: references, not strings", async () => {
      expect(files["main.tf"]).toContain("replace_triggered_by  = [terraform_data.prod]");
      expect(files["main.tf"]).toContain("ignore_changes = [version_stages]");
      expect(files["main.tf"]).toContain("depends_on = [aws_secretsmanager_secret_version.prod]");
      expect(files["main.tf"]).toContain("moved {\n  from = databricks_custom_app_integration.main\n  to   = databricks_custom_app_integration.prod\n}");
      const hcl = await parsed(files);
      expect(hcl.resource.databricks_custom_app_integration.prod[0].lifecycle).toEqual([{ create_before_destroy: true, replace_triggered_by: ["${terraform_data.prod}"] }]);
    });

    test("then pins and backend are the app's, the source written as Terraform reads it", async () => {
      const hcl = await parsed(files);
      expect(hcl.terraform[0].required_providers[0]).toEqual({
        aws: { source: "hashicorp/aws", version: "5.100.0" },
        databricks: { source: "databricks/databricks", version: "1.99.0" },
        dbtcloud: { source: "dbt-labs/dbtcloud", version: "1.12.5" },
      });
      expect(hcl.terraform[0].backend).toEqual({ s3: [{ bucket: "acme-terraform-state", key: "synthetic.tfstate", region: "us-east-1", encrypt: true, use_lockfile: true }] });
    });

    test("then declared variables keep their type keyword and sensitivity", () => {
      expect(files["variables.tf"]).toMatch(/variable "dbt_cloud_token" \{\n\s*type\s+= string\n\s*sensitive\s+= true\n/);
      expect(files["variables.tf"]).toMatch(/variable "http_path" \{\n\s*type\s+= string\n\s*default = "\/sql\/1.0\/warehouses\/abc"\n/);
    });

    test("then a literal a provider and a resource share becomes a variable, its value the default", () => {
      expect(files["variables.tf"]).toContain(`variable "databricks_account_id" {`);
      expect(files["variables.tf"]).toContain(`default     = "${ACCOUNT}"`);
      expect(files["providers.tf"]).toContain("account_id = var.databricks_account_id");
      expect(files["main.tf"]).toContain("databricks_account_id = var.databricks_account_id");
      expect(all.split(ACCOUNT)).toHaveLength(2);
    });
  });

  describe("given literals repeated only among resources", () => {
    const stack = syntheticStack();
    // The two resources syntheticStack declares for "prod".
    type ProdOf<Type extends string> = Record<Type, { prod: Record<string, Json> }>;
    const resources = stack.resource as ProdOf<"aws_secretsmanager_secret" | "aws_secretsmanager_secret_version">;
    resources.aws_secretsmanager_secret.prod.description = "OAuth client for https://ab123.us1.dbt.com";
    resources.aws_secretsmanager_secret_version.prod.secret_string = '${jsonencode({"dbt_cloud_access_url" = "https://ab123.us1.dbt.com"})}';
    let files: Record<string, string>;
    beforeAll(async () => {
      files = await terraformJsonToHcl(stack, SCHEMAS);
    });

    test("then the value becomes a local named after its key, used whole and inside longer strings", () => {
      expect(files["main.tf"]).toMatch(/locals \{\n\s*dbt_cloud_access_url = "https:\/\/ab123.us1.dbt.com"\n\}/);
      expect(files["main.tf"]).toMatch(/description += "OAuth client for \$\{local\.dbt_cloud_access_url\}"/);
      expect(files["main.tf"]).toContain('redirect_urls = [local.dbt_cloud_access_url, "${local.dbt_cloud_access_url}/callback"]');
      expect(files["main.tf"]).toContain('jsonencode({ "dbt_cloud_access_url" = local.dbt_cloud_access_url })');
    });

    test("then short or unkeyed repeats (list items like scopes) are left in place", () => {
      expect(files["main.tf"]).toContain('scopes        = ["sql", "offline_access"]');
    });
  });

  describe("given two resources whose repeated values share a key", () => {
    test("then each named value is prefixed with its resource's name", async () => {
      const urlDocument = (url: string) => `\${jsonencode({"dbt_cloud_access_url" = "${url}"})}`;
      const stack = {
        ...syntheticStack(),
        resource: {
          aws_secretsmanager_secret: { prod: { description: "https://ab123.us1.dbt.com" }, emea: { description: "https://cd456.eu1.dbt.com" } },
          aws_secretsmanager_secret_version: {
            prod: { secret_id: "x", secret_string: urlDocument("https://ab123.us1.dbt.com") },
            emea: { secret_id: "y", secret_string: urlDocument("https://cd456.eu1.dbt.com") },
          },
        },
      };
      const files = await terraformJsonToHcl(stack, SCHEMAS);
      expect(files["main.tf"]).toMatch(/locals \{\n\s*prod_dbt_cloud_access_url = "https:\/\/ab123.us1.dbt.com"\n\s*emea_dbt_cloud_access_url = "https:\/\/cd456.eu1.dbt.com"\n\}/);
      expect(files["main.tf"]).toContain(`"dbt_cloud_access_url" = local.emea_dbt_cloud_access_url`);
      expect(files["main.tf"]).toMatch(/description = local.emea_dbt_cloud_access_url/);
    });
  });

  describe("given a resource type no schema describes", () => {
    test("then it refuses, naming the type, instead of guessing blocks", async () => {
      const stack = { ...syntheticStack(), resource: { acme_widget: { one: { size: 1 } } } };
      await expect(terraformJsonToHcl(stack, SCHEMAS)).rejects.toThrow(
        new EjectError("resource type acme_widget: no provider schema describes it, so its nested blocks cannot be told from its attributes"),
      );
    });
  });

  describe("given a key the schema does not know", () => {
    test("then it refuses, naming the path and the known keys", async () => {
      const stack = { ...syntheticStack(), resource: { terraform_data: { prod: { inputs: {} } } } };
      await expect(terraformJsonToHcl(stack, SCHEMAS)).rejects.toThrow(
        "resource.terraform_data.prod.inputs: not an attribute or block of this schema (known: id, input, output, triggers_replace)",
      );
    });
  });

  describe("given a block written as an empty list", () => {
    test("then it refuses, naming the block, instead of failing on a missing object", async () => {
      const stack = { ...syntheticStack(), resource: { terraform_data: { prod: [] } } };
      await expect(terraformJsonToHcl(stack, SCHEMAS)).rejects.toThrow(new EjectError("resource.terraform_data.prod: expected an object (a block), got an empty list"));
    });
  });
});
