/**
 * Terraform's JSON syntax holds expressions inside JSON strings, as templates: `"${aws_x.y.arn}"`
 * is a reference, `"https://${local.host}/x"` a string template. This turns such strings into
 * native HCL expressions with the same value, and lays long expressions out over lines.
 *
 * A template's text is the same language in both syntaxes (`${`, `%{`, `$${`, `%%{`), so only
 * the literal parts need escaping for a quoted HCL string; interpolations are copied as written.
 */

export type TemplatePart = { kind: "literal"; text: string } | { kind: "interpolation"; expression: string; raw: string } | { kind: "directive"; raw: string };

/** The parts of a template string. Throws on an unterminated `${` (Terraform would reject it too). */
export function scanTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = "";
  let i = 0;
  while (i < template.length) {
    const two = template.slice(i, i + 2);
    const three = template.slice(i, i + 3);
    if (three === "$${" || three === "%%{") {
      literal += three; // escapes mean the same in both syntaxes
      i += 3;
    } else if (two === "${" || two === "%{") {
      const end = endOfBraces(template, i + 2);
      if (literal) parts.push({ kind: "literal", text: literal });
      literal = "";
      const raw = template.slice(i, end + 1);
      parts.push(
        two === "${"
          ? {
              kind: "interpolation",
              expression: template
                .slice(i + 2, end)
                .replace(/^~|~$/g, "")
                .trim(),
              raw,
            }
          : { kind: "directive", raw },
      );
      i = end + 1;
    } else {
      literal += template[i];
      i += 1;
    }
  }
  if (literal) parts.push({ kind: "literal", text: literal });
  return parts;
}

/** The index of the `}` closing an expression that starts at `start`, skipping nested brackets and strings. */
function endOfBraces(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = endOfQuoted(text, i);
    else if (c === "{" || c === "(" || c === "[") depth += 1;
    else if (c === ")" || c === "]") depth -= 1;
    else if (c === "}") {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  throw new Error(`unterminated template sequence in ${JSON.stringify(text)}`);
}

/** The index of the `"` closing a quoted HCL string that opens at `start` (its templates included). */
function endOfQuoted(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i += 1;
    else if (c === '"') return i;
    else if ((c === "$" || c === "%") && text[i + 1] === "{") i = endOfBraces(text, i + 2);
  }
  throw new Error(`unterminated string in ${JSON.stringify(text)}`);
}

/** A literal as the inside of a quoted HCL string. Template escapes (`$${`) are already in the text. */
export function escapeLiteral(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this escapes
  return text.replace(/[\\"\u0000-\u001f]/g, (c) => {
    const named: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

export function quote(text: string): string {
  return `"${escapeLiteral(text)}"`;
}

/** A JSON-syntax string as an HCL expression: a lone interpolation becomes the bare expression. */
export function templateToExpression(template: string): string {
  const parts = scanTemplate(template);
  const lone = loneInterpolation(parts);
  if (lone !== undefined) return lone;
  return `"${parts.map((part) => (part.kind === "literal" ? escapeLiteral(part.text) : part.raw)).join("")}"`;
}

/**
 * A string that JSON syntax reads as a reference or keyword, not a template (depends_on,
 * replace_triggered_by, moved.from, a variable's type, ...): written bare. cdktf writes
 * some with a `${...}` wrapper and some without; both mean the same.
 */
export function referenceToExpression(text: string): string {
  return loneInterpolation(scanTemplate(text)) ?? text;
}

/** The expression of a template that is one interpolation and nothing else (`"${var.x}"`), or undefined. */
export function loneInterpolation(parts: TemplatePart[]): string | undefined {
  const [only, ...rest] = parts;
  return only?.kind === "interpolation" && rest.length === 0 ? only.expression : undefined;
}

/** The text of a plain literal (no interpolation, directive or escape), or undefined. */
export function plainLiteral(template: string): string | undefined {
  const parts = scanTemplate(template);
  const [only, ...rest] = parts;
  if (!only) return "";
  if (rest.length > 0 || only.kind !== "literal" || /[$%]\{/.test(only.text)) return undefined;
  return only.text;
}

/** A string literal found inside an expression, with the object key it is the value of, if any. */
export interface StringToken {
  value: string;
  key?: string;
}

/**
 * Rewrites the plain string literals of an expression (not those holding templates): `replace`
 * returns the new source text for a literal, or undefined to keep it.
 */
export function mapStringLiterals(expression: string, replace: (token: StringToken) => string | undefined): string {
  let out = "";
  let i = 0;
  while (i < expression.length) {
    if (expression[i] !== '"') {
      out += expression[i];
      i += 1;
      continue;
    }
    const end = endOfQuoted(expression, i);
    const source = expression.slice(i, end + 1);
    const value = decodeQuoted(source);
    // Object items are `key = value` (`:` also means a conditional's else, so it is not read as one).
    const isKey = /^\s*=(?!=)/.test(expression.slice(end + 1));
    const key = /(?:"([A-Za-z_][\w-]*)"|([A-Za-z_][\w-]*))\s*=\s*$/.exec(out);
    const replaced = value === undefined || isKey ? undefined : replace({ value, key: key?.[1] ?? key?.[2] });
    out += replaced ?? source;
    i = end + 1;
  }
  return out;
}

/** The value of a quoted HCL string without templates, or undefined when it holds one. */
function decodeQuoted(source: string): string | undefined {
  if (/(^|[^$%])[$%]\{/.test(source) || /[$%]{2}\{/.test(source)) return undefined;
  try {
    return JSON.parse(source) as string; // HCL's escapes are JSON's, but \U; a literal using it is left as it is
  } catch {
    return undefined;
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const KEYWORDS = new Set(["true", "false", "null", "for", "in", "if"]);

/** An object key as written in HCL: bare when it is an identifier, else quoted. */
export function objectKey(key: string): string {
  if (IDENTIFIER.test(key) && !KEYWORDS.has(key)) return key;
  const expression = templateToExpression(key);
  return expression.startsWith('"') ? expression : `(${expression})`;
}

/**
 * Lays an expression out for reading: object and tuple constructors that would make a line
 * longer than `width` get one item per line (hclwrite's formatter then indents them), and
 * quoted identifier keys of objects lose their quotes. The value is unchanged.
 */
export function layoutExpression(expression: string, width = 100): string {
  if (expression.length <= width) return expression;
  let out = "";
  let i = 0;
  while (i < expression.length) {
    const c = expression[i];
    if (c === '"') {
      const end = endOfQuoted(expression, i);
      out += expression.slice(i, end + 1);
      i = end + 1;
    } else if (c === "{" || c === "[") {
      const end = endOfGroup(expression, i);
      // After a value, `[` is an index or splat (`x[0]`, `x[*]`), not a tuple: left as written.
      const isConstructor = /(^|[([{,=:?>])\s*$/.test(out);
      out += isConstructor ? layoutGroup(expression.slice(i + 1, end), c, width) : expression.slice(i, end + 1);
      i = end + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

function endOfGroup(text: string, start: number): number {
  const close = text[start] === "{" ? "}" : "]";
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = endOfQuoted(text, i);
    else if (c === "{" || c === "(" || c === "[") depth += 1;
    else if (c === "}" || c === ")" || c === "]") {
      depth -= 1;
      if (depth === 0) {
        if (c !== close) break;
        return i;
      }
    }
  }
  throw new Error(`unbalanced brackets in ${JSON.stringify(text)}`);
}

function layoutGroup(inner: string, open: "{" | "[", width: number): string {
  const close = open === "{" ? "}" : "]";
  const items = splitTopLevel(inner)
    .map((item) => item.trim())
    .filter(Boolean);
  // for-expressions and anything not a plain constructor stay as written.
  if (/^for\s/.test(inner.trim()) || items.length === 0) return `${open}${inner}${close}`;
  const laidOut = items.map((item) => layoutExpression(open === "{" ? unquoteKey(item) : item, width));
  return open === "{" ? `{\n${laidOut.join("\n")}\n}` : `[\n${laidOut.join(",\n")},\n]`;
}

function unquoteKey(item: string): string {
  return item.replace(/^"([A-Za-z_][A-Za-z0-9_-]*)"(\s*[=:])/, (whole, key: string, separator: string) => (KEYWORDS.has(key) ? whole : `${key}${separator}`));
}

/** Splits at commas that are not nested in brackets or strings. */
function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = endOfQuoted(text, i);
    else if (c === "{" || c === "(" || c === "[") depth += 1;
    else if (c === "}" || c === ")" || c === "]") depth -= 1;
    else if (c === "," && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items;
}
