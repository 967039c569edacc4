/**
 * Config text as Terraform literal text. Terraform reads every string of a resource's or a
 * provider's arguments in cdk.tf.json as a template: `${...}` is an expression (a reference,
 * even to another resource's secret) and `%{...}` a directive. Text from the config must mean
 * only itself, so its template sequences are escaped the way HCL escapes them (`$${`, `%%{`).
 * cdktf escapes nothing outside a function call, and inside one (`Fn.jsonencode`) only `${`.
 *
 * Every config string that becomes a resource or provider argument goes through `literal` where
 * the construct sets it. Not escaped, because Terraform does not read them as templates in JSON:
 * the backend's settings, and variable and output descriptions (all read without an evaluation
 * context). `npm run eject` writes those escaped instead, since HCL reads every quoted string
 * as a template (cli/eject/terraform-json-to-hcl.ts).
 */

/** `text` as a Terraform template that evaluates to exactly `text` (an optional setting stays unset). */
export function literal(text: string): string;
export function literal(text: string | undefined): string | undefined;
export function literal(text: string | undefined): string | undefined {
  // A function replacement: in a replacement string, "$$" would itself mean one "$".
  return text?.replace(/[$%]\{/g, (sequence) => `${sequence[0]}${sequence}`);
}

/** A map of config text (tags), keys and values as literals. */
export function literalMap(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [literal(key), literal(value)]));
}
