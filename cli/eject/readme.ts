/** The README written beside ejected HCL: what the files are and how to switch over safely. */
import { relative } from "node:path";
import { recordedSandboxEnvironment } from "../../lib/sandbox-environment";
import type { Json } from "./terraform-json-to-hcl";

export interface ReadmeInput {
  stack: string;
  /** The synthesized stack, for its backend and resource count. */
  json: { [key: string]: Json };
  /** Where the HCL is written. */
  dir: string;
  projectDir: string;
}

type Settings = Record<string, Json>;

export function switchOverReadme({ stack, json, dir, projectDir }: ReadmeInput): string {
  const terraform = (json.terraform ?? {}) as Settings;
  // No backend (or an empty one) is Terraform's default: local state.
  const [backendType, backendConfig] = Object.entries((terraform.backend ?? {}) as Record<string, Settings>)[0] ?? ["local", {}];
  const fromDir = relative(dir, projectDir) || ".";
  // A short relative path where the folders are close, else the project's own path.
  const stackDir = `${fromDir.split("/").filter((part) => part === "..").length > 2 ? projectDir : fromDir}/cdktf.out/stacks/${stack}`;
  const resources = Object.values((json.resource ?? {}) as Record<string, Settings>).reduce((sum, byName) => sum + Object.keys(byName).length, 0);
  const backup =
    backendType === "s3"
      ? `   aws s3 cp s3://${backendConfig.bucket}/${backendConfig.key} ./${stack}-backup.tfstate   # bucket versioning keeps earlier copies too`
      : backendType === "local"
        ? `   cp ${backendConfig.path ?? "terraform.tfstate"} ./${stack}-backup.tfstate`
        : `   terraform -chdir=${stackDir} state pull > ${stack}-backup.tfstate`;
  const state =
    backendType === "s3"
      ? `S3: \`s3://${backendConfig.bucket}/${backendConfig.key}\``
      : backendType === "local"
        ? `a local file: \`${backendConfig.path ?? "terraform.tfstate"}\``
        : `the \`${backendType}\` backend`;

  // A sandbox stack's aws provider finds moto through the environment (lib/sandbox-environment.ts).
  const sandboxEnvironment = Object.entries(recordedSandboxEnvironment(json));
  const sandboxNote =
    sandboxEnvironment.length > 0
      ? `\n   This stack deploys to the local sandbox: its aws provider finds moto through the\n   environment, so export this first (the provider works in moto's account only):\n\n   \`\`\`sh\n${sandboxEnvironment.map(([name, value]) => `   export ${name}=${value}`).join("\n")}\n   \`\`\`\n`
      : "";

  return `# ${stack} as plain Terraform

Written by \`npm run eject\` of the dbt-databricks-oauth cdktf app. These files declare the
same ${resources} resources, at the same addresses, as the app's stack \`${stack}\`, with the
same provider versions, provider configuration and state backend (${state}). Terraform
takes the existing state over as it is: nothing is imported, moved or replaced.

| file | holds |
|---|---|
| \`versions.tf\` | the provider pins (\`required_providers\`) and the backend, as the app had them |
| \`providers.tf\` | the provider configuration; credentials still come from the environment |
| \`variables.tf\` | values used in several places, provider settings among them; the defaults are the deployed values |
| \`main.tf\` | \`locals\` for other repeated values, then the resources, grouped by name |
| \`outputs.tf\` | the outputs (identifiers only; no secret) |

## Switch over

1. Pause deploys from the cdktf app (its workflows), so nothing writes the state meanwhile.
2. Back up the state:

   \`\`\`sh
${backup}
   \`\`\`

3. \`terraform init\` in this folder, with the credentials the app's deploys used (the same
   \`DATABRICKS_*\` variables, the AWS credential chain). The backend block is the app's, so
   init attaches to the existing state. There is nothing to migrate: \`-migrate-state\` only
   matters when a working directory moves from one backend to another, and this one had none.
   To keep the exact provider checksums, copy \`${stackDir}/.terraform.lock.hcl\` here
   first; otherwise init writes a new lock file. Commit it either way.${sandboxNote}
4. \`terraform plan -detailed-exitcode\` must exit 0 and print "No changes.". If it shows any
   change, stop: do not apply; the app still works against the untouched state.
5. Retire the cdktf app: delete \`cdktf.out/\`, run plans, deploys and drift checks here with
   plain \`terraform plan\` / \`apply\` (\`npm run drift\` was \`terraform plan -detailed-exitcode\`),
   and make changes in these files from now on. Never deploy both against the same state.

Rotation keeps its two steps: each client is its own \`databricks_custom_app_integration\` and
\`aws_secretsmanager_secret_version\` (\`<id>_<token>\`, named \`<name>-<token>\`). Step 1 adds a
new pair with \`version_stages = ["AWSPENDING"]\`; once Databricks has propagated the new client,
step 2 sets it to \`["AWSCURRENT"]\`, points the dbt Cloud connection's \`client_id\` and
\`client_secret\` at it and removes the old pair (its \`create_before_destroy\` makes Terraform
delete the old client only after the connection has moved).
`;
}
