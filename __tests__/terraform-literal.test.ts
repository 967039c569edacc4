/**
 * Config text reaches Terraform as literal text: Terraform reads each string of cdk.tf.json's
 * resources and providers as a template, so a config value with `${` or `%{` must be escaped,
 * never evaluated. The real terraform on the same strings: e2e/config-literals.e2e.test.ts.
 */
import { scanTemplate } from "../cli/eject/hcl-expressions";
import { literal } from "../lib/terraform-literal";
import { parseConfig } from "../lib/config/load-config";
import { configInput, integrationInput, resourceOf, synthesize, type TerraformJson } from "./support/config";
import { HOSTILE, hostileConfig, INJECTION, templateValue } from "./support/terraform-template";

/** Every string argument of the stack's providers and resources, with where it is. */
function argumentStrings(json: TerraformJson): { where: string; value: string }[] {
  const strings: { where: string; value: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === "string") strings.push({ where, value });
    else if (Array.isArray(value)) for (const [index, item] of value.entries()) walk(item, `${where}[${index}]`);
    else if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) if (key !== "//") walk(inner, `${where}.${key}`);
  };
  walk(json.provider, "provider");
  walk(json.resource, "resource");
  return strings;
}

describe("literal", () => {
  it.each([
    ["plain text", "plain text"],
    ["${x}", "$${x}"],
    ["%{if x}", "%%{if x}"],
    ["$${x} and %%{y}", "$$${x} and %%%{y}"],
    ["$ { % } {} $", "$ { % } {} $"],
  ])("given %j, writes %j, which Terraform reads as the same text", (text, escaped) => {
    expect(literal(text)).toBe(escaped);
    expect(templateValue(literal(text))).toBe(text);
  });
});

describe("config strings in the synthesized JSON", () => {
  const json = synthesize(hostileConfig(HOSTILE));

  it("given template sequences in every free-text field, then no provider or resource argument holds an expression the config wrote", () => {
    const fromConfig = argumentStrings(json).filter(({ value }) => value.includes("c $") || value.includes("leak") || value.includes("secret_string"));
    const expressions = fromConfig.filter(({ value }) => scanTemplate(value).some((part) => part.kind !== "literal" && /[xyzw]\}|secret_string/.test(part.raw)));
    expect(expressions).toEqual([]);
  });

  it("keeps each value, read as Terraform reads it, exactly the config's text", () => {
    const secret = resourceOf(json, "aws_secretsmanager_secret", "prod");
    expect(templateValue(secret.description as string)).toBe(HOSTILE);
    expect(Object.fromEntries(Object.entries(secret.tags as Record<string, string>).map(([key, value]) => [key, templateValue(value)]))).toEqual({
      owner: HOSTILE,
      leak: INJECTION,
    });
    const connection = resourceOf(json, "dbtcloud_global_connection", "prod") as { name: string; databricks: Record<string, string> };
    expect(templateValue(connection.name)).toBe(HOSTILE);
    expect(templateValue(connection.databricks.catalog!)).toBe(HOSTILE);
    expect(templateValue(connection.databricks.http_path!)).toBe(`/${HOSTILE.replace(/\s/g, "_")}`);
    const [databricks] = json.provider.databricks as { profile: string }[];
    expect(templateValue(databricks!.profile)).toBe(HOSTILE);
    const [aws] = json.provider.aws as { default_tags: { tags: Record<string, string> }[] }[];
    expect(templateValue(aws!.default_tags[0]!.tags.team!)).toBe(HOSTILE);
  });

  it("given a tag that names another resource's secret, then it is written escaped, not as a reference", () => {
    expect((resourceOf(json, "aws_secretsmanager_secret", "prod").tags as Record<string, string>).leak).toBe(`$${INJECTION}`);
  });
});

describe("cdktf's own placeholders in config text", () => {
  it.each(["${TfToken[TOKEN.3]}", "a #{TfToken[TOKEN.1]} b"])(
    "given %j in a description, then the config is refused naming the field, since cdktf would replace it",
    (description) => {
      const input = configInput({ integrations: [integrationInput({ secret: { description } })] });
      expect(() => parseConfig(input)).toThrow(
        `integrations[0].secret.description: must not contain "\${TfToken[" or "#{TfToken[", cdktf's placeholder for values it fills in at synth; remove it (got ${JSON.stringify(description)})`,
      );
    },
  );
});
