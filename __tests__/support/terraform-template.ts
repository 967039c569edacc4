/** Config text with Terraform's template sequences in it, and what Terraform makes of a template. */
import { scanTemplate } from "../../cli/eject/hcl-expressions";
import type { ConfigInput } from "../../lib/config/schema";
import { ACCOUNT_ID, configInput, integrationInput, MANAGED_DBT_CLOUD } from "./config";

/**
 * What Terraform makes of a JSON-syntax template (or hcl2json's text of a quoted HCL string).
 * An interpolation is allowed only when `resolve` gives its value (a local, say); else it throws.
 */
export function templateValue(template: string, resolve?: (expression: string) => string | undefined): string {
  return scanTemplate(template)
    .map((part) => {
      if (part.kind === "literal") return part.text.replace(/\$\$\{|%%\{/g, (sequence) => sequence.slice(1));
      const value = part.kind === "interpolation" ? resolve?.(part.expression) : undefined;
      if (value === undefined) throw new Error(`${JSON.stringify(template)} holds an expression: ${part.raw}`);
      return value;
    })
    .join("");
}

/** Text a config may hold where free text is allowed, each template sequence Terraform knows. */
export const HOSTILE = 'a "b"\nc ${x} %{y} $${z} %%{w} \\ é ${aws_secretsmanager_secret_version.prod.secret_string}';
/** A tag that would copy the client secret into the tags, were it evaluated. */
export const INJECTION = "${aws_secretsmanager_secret_version.prod.secret_string}";

/** Every config field that takes free text and reaches a resource or provider argument. */
export function hostileConfig(text: string): ConfigInput {
  const connection = MANAGED_DBT_CLOUD.connection!;
  return configInput({
    databricks: { accountId: ACCOUNT_ID, auth: { method: "databricks-cli", profile: text } },
    aws: { region: "us-east-1", defaultTags: { team: text } },
    integrations: [
      integrationInput({
        dbtCloud: {
          ...MANAGED_DBT_CLOUD,
          connection: { ...connection, name: text, databricks: { ...connection.databricks, httpPath: `/${text.replace(/\s/g, "_")}`, catalog: text } },
        },
        secret: { description: text, tags: { owner: text, leak: INJECTION } },
      }),
    ],
  });
}
