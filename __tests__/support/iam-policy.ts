/**
 * Reading IAM policy documents in tests: which principals a policy lets do what, with the
 * rules that matter for the policies this project prints (wildcards in actions, resources and
 * principals count; an explicit Deny wins over any Allow; a condition on a key the request
 * does not carry fails, except for the negated operators, which then hold). Not a full IAM
 * evaluator: only the condition operators the printed policies use are known, and an unknown
 * one fails the test instead of being guessed.
 */
import type { PolicyDocument, PolicyStatement } from "../../cli/aws-policy";

export const list = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

/** IAM wildcard matching: `*` any run of characters, `?` one character; actions case-insensitively. */
export function wildcardMatches(pattern: string, value: string, caseInsensitive = false): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${regex}$`, caseInsensitive ? "i" : "").test(value);
}

export const actionMatches = (pattern: string, action: string) => wildcardMatches(pattern, action, true);

export function principals(statement: PolicyStatement): string[] {
  return statement.Principal === "*" ? ["*"] : list(statement.Principal.AWS);
}

/** The principals Allow statements grant `action` to (for policies without Deny, NotAction or NotPrincipal). */
export function allowedPrincipals(policy: PolicyDocument, action: string): string[] {
  return policy.Statement.filter((s) => s.Effect === "Allow" && list(s.Action).some((pattern) => actionMatches(pattern, action))).flatMap(principals);
}

export function actionsOf(policy: PolicyDocument, principal: string): string[] {
  return policy.Statement.filter((s) => principals(s).includes(principal)).flatMap((s) => list(s.Action));
}

export interface Request {
  principal: string;
  action: string;
  resource: string;
  /** Condition keys the request carries, e.g. `aws:SecureTransport` "true", `s3:prefix`. */
  context?: Record<string, string>;
}

const OPERATORS: Record<string, { test: (pattern: string, value: string) => boolean; negated: boolean }> = {
  StringEquals: { test: (p, v) => p === v, negated: false },
  StringLike: { test: (p, v) => wildcardMatches(p, v), negated: false },
  ArnEquals: { test: (p, v) => wildcardMatches(p, v), negated: false },
  ArnNotEquals: { test: (p, v) => wildcardMatches(p, v), negated: true },
  Bool: { test: (p, v) => p === v, negated: false },
};

function conditionHolds(condition: PolicyStatement["Condition"], context: Record<string, string>): boolean {
  return Object.entries(condition ?? {}).every(([operator, keys]) => {
    const known = OPERATORS[operator];
    if (!known) throw new Error(`iam-policy test support does not know the condition operator ${operator}`);
    return Object.entries(keys).every(([key, patterns]) => {
      const value = context[key];
      if (value === undefined) return known.negated;
      const any = list(patterns).some((pattern) => known.test(pattern, value));
      return known.negated ? !any : any;
    });
  });
}

function applies(statement: PolicyStatement, request: Request): boolean {
  const context = { "aws:PrincipalArn": request.principal, ...request.context };
  return (
    principals(statement).some((p) => p === "*" || p === request.principal) &&
    list(statement.Action).some((pattern) => actionMatches(pattern, request.action)) &&
    list(statement.Resource).some((pattern) => wildcardMatches(pattern, request.resource)) &&
    conditionHolds(statement.Condition, context)
  );
}

/** What this one policy says about a request: an explicit Deny wins, then an Allow, else nothing. */
export function decide(policy: PolicyDocument, request: Request): "allow" | "deny" | "no statement" {
  const matching = policy.Statement.filter((s) => applies(s, request));
  if (matching.some((s) => s.Effect === "Deny")) return "deny";
  return matching.some((s) => s.Effect === "Allow") ? "allow" : "no statement";
}
