/** JSON-syntax strings to HCL expressions: the value must stay the same, only the spelling changes. */
import { layoutExpression, mapStringLiterals, objectKey, plainLiteral, referenceToExpression, scanTemplate, templateToExpression } from "../../../cli/eject/hcl-expressions";

describe("templateToExpression", () => {
  test.each([
    ["a lone interpolation becomes the bare expression", "${aws_secretsmanager_secret.prod.arn}", "aws_secretsmanager_secret.prod.arn"],
    ["text around an interpolation stays a template", "https://${local.host}/callback", '"https://${local.host}/callback"'],
    ["a plain literal is quoted", "dbt-cloud-prod", '"dbt-cloud-prod"'],
    ["quotes, backslashes and newlines are escaped", 'say "hi"\\\n', '"say \\"hi\\"\\\\\\n"'],
    ["an escaped interpolation stays escaped (a literal ${)", "$${not.a.reference}", '"$${not.a.reference}"'],
    ["a directive is copied as written", '%{ if var.x == "a" }yes%{ endif }', '"%{ if var.x == "a" }yes%{ endif }"'],
    ["quotes inside an interpolation are the expression's, not escaped", '${jsonencode({"a" = "}"})}', 'jsonencode({"a" = "}"})'],
    ["a nested template inside an interpolation is kept whole", '${upper("x-${var.y}")}-z', '"${upper("x-${var.y}")}-z"'],
    ["strip markers are dropped from a lone interpolation", "${~ var.x ~}", "var.x"],
  ])("%s", (_, json, hcl) => {
    expect(templateToExpression(json)).toBe(hcl);
  });

  test("an unterminated interpolation is refused, as Terraform would", () => {
    expect(() => scanTemplate("${var.x")).toThrow("unterminated template sequence");
  });
});

describe("referenceToExpression", () => {
  test("references are bare with or without cdktf's ${} wrapper", () => {
    expect(referenceToExpression("terraform_data.prod")).toBe("terraform_data.prod");
    expect(referenceToExpression("${terraform_data.prod}")).toBe("terraform_data.prod");
  });
});

describe("plainLiteral", () => {
  test("is the text of a string without templates, else undefined", () => {
    expect(plainLiteral("us-east-1")).toBe("us-east-1");
    expect(plainLiteral("a-${var.b}")).toBeUndefined();
    expect(plainLiteral("$${x}")).toBeUndefined();
  });
});

describe("mapStringLiterals", () => {
  test("given an expression, then plain string values are offered with their key; object keys and templates are not", () => {
    const seen: unknown[] = [];
    const result = mapStringLiterals('jsonencode({"account" = "0d26", "url" = "https://${x}", "n" = upper("abc")})', (token) => {
      seen.push(token);
      return token.value === "0d26" ? "var.account" : undefined;
    });
    expect(seen).toEqual([
      { value: "0d26", key: "account" },
      { value: "abc", key: undefined },
    ]);
    expect(result).toBe('jsonencode({"account" = var.account, "url" = "https://${x}", "n" = upper("abc")})');
  });

  test("a string compared with == is a value, not a key", () => {
    const seen: string[] = [];
    mapStringLiterals('var.a == "b" ? "c" : "d"', (token) => void seen.push(token.value));
    expect(seen).toEqual(["b", "c", "d"]);
  });
});

describe("objectKey", () => {
  test("identifiers are bare; anything else is quoted; keywords stay quoted", () => {
    expect(objectKey("managed-by")).toBe("managed-by");
    expect(objectKey("aws:cost center")).toBe('"aws:cost center"');
    expect(objectKey("null")).toBe('"null"');
    expect(objectKey("${var.k}")).toBe("(var.k)");
  });
});

describe("layoutExpression", () => {
  test("a short expression is left on one line", () => {
    expect(layoutExpression('jsonencode({"a" = 1})')).toBe('jsonencode({"a" = 1})');
  });

  test("a long object constructor gets one item per line, keys unquoted", () => {
    const long = `jsonencode({"client_id" = a.b.client_id, "client_secret" = a.b.client_secret, "url" = "https://x,y", "list" = [1, 2]})`;
    expect(layoutExpression(long, 40)).toBe('jsonencode({\nclient_id = a.b.client_id\nclient_secret = a.b.client_secret\nurl = "https://x,y"\nlist = [1, 2]\n})');
  });

  test("indexes and splats are not tuples: left as written", () => {
    const indexed = 'concat(aws_secretsmanager_secret.prod[*].arn, [local.first_secret_arn_of_many[0], "arn:aws:secretsmanager:x"])';
    expect(layoutExpression(indexed, 40)).toBe('concat(aws_secretsmanager_secret.prod[*].arn, [\nlocal.first_secret_arn_of_many[0],\n"arn:aws:secretsmanager:x",\n])');
  });

  test("a for-expression is left as written", () => {
    const forExpression = "{ for k, v in var.some_long_map_name : k => upper(v) if v != null }";
    expect(layoutExpression(forExpression, 20)).toBe(forExpression);
  });
});
