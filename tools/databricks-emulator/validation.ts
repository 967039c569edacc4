/**
 * Request validation for the custom app integration API. Field names and types
 * follow databricks-sdk-go v0.93.0 service/oauth2/model.go
 * (CreateCustomAppIntegration, UpdateCustomAppIntegration, TokenAccessPolicy).
 * Every failure becomes a 400 INVALID_PARAMETER_VALUE whose message starts
 * with the offending field, e.g. "token_access_policy.access_token_ttl_in_minutes: ...".
 * Unknown fields are ignored (proto-JSON APIs drop them), so only the known
 * ones are checked.
 */
import { z } from "zod";
import { parseOrThrow } from "../common/parse";
import { invalidParameter } from "./errors";

/**
 * Scopes an account accepts for a custom app integration. The SDK's doc
 * comment lists "all-apis, sql, offline_access, openid, profile, email"; the
 * iam.* scopes are the fine-grained ones the account console also offers.
 */
export const ALLOWED_SCOPES = [
  "all-apis",
  "sql",
  "offline_access",
  "openid",
  "email",
  "profile",
  "iam.current-user:read",
  "iam.groups:read",
  "iam.service-principals:read",
  "iam.users:read",
] as const;

/** Limits from facts.md section 2; the provider checks the same ranges (apps/resource_custom_app_integration.go). */
export const ACCESS_TTL = { min: 5, max: 1440, default: 60 } as const;
export const REFRESH_TTL = { min: 5, max: 129600, default: 10080 } as const;

const between = (r: { min: number; max: number }) =>
  z.int("must be an integer").min(r.min, `must be between ${r.min} and ${r.max}`).max(r.max, `must be between ${r.min} and ${r.max}`);

const scope = z.string("must be a string").refine((s) => (ALLOWED_SCOPES as readonly string[]).includes(s), {
  error: (issue) => `unknown scope '${String(issue.input)}'; supported scopes: ${ALLOWED_SCOPES.join(", ")}`,
});

const redirectUrl = z.string("must be a string").refine((s) => URL.canParse(s), "must be an absolute URL");

const tokenAccessPolicy = z.object(
  {
    access_token_ttl_in_minutes: between(ACCESS_TTL).optional(),
    refresh_token_ttl_in_minutes: between(REFRESH_TTL).optional(),
    enable_single_use_refresh_tokens: z.boolean("must be a boolean").optional(),
    absolute_session_lifetime_in_minutes: z.int("must be an integer").positive("must be positive").optional(),
  },
  "must be an object",
);

const mutableFields = {
  redirect_urls: z.array(redirectUrl, "must be an array of strings").optional(),
  scopes: z.array(scope, "must be an array of strings").optional(),
  token_access_policy: tokenAccessPolicy.optional(),
  user_authorized_scopes: z.array(scope, "must be an array of strings").optional(),
};

const createSchema = z.object(
  {
    name: z.string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") }).refine((s) => s.trim() !== "", "must not be empty"),
    confidential: z.boolean("must be a boolean").optional(),
    ...mutableFields,
  },
  "request body must be a JSON object",
);

const updateSchema = z.object(mutableFields, "request body must be a JSON object");

/** What the emulator's control API may change out of band: what PATCH may, plus the name (as the account console can). */
const controlPatchSchema = updateSchema.extend({ name: createSchema.shape.name.optional() });

export type TokenAccessPolicy = z.infer<typeof tokenAccessPolicy>;
export type CreateRequest = z.infer<typeof createSchema>;
export type UpdateRequest = z.infer<typeof updateSchema>;
export type ControlPatch = z.infer<typeof controlPatchSchema>;

/** Parses with a zod schema; the first issue becomes INVALID_PARAMETER_VALUE "<field>: <reason>". */
export const parse = <T>(schema: z.ZodType<T>, body: unknown): T => parseOrThrow(schema, body, invalidParameter);

export const parseCreate = (body: unknown) => parse(createSchema, body);
export const parseUpdate = (body: unknown) => parse(updateSchema, body);
export const parseControlPatch = (body: unknown) => parse(controlPatchSchema, body);

/**
 * The policy as stored: missing TTLs take the service defaults (access 60 min,
 * refresh 7 days), then the cross-field rules the API enforces:
 * - the refresh token may not live shorter than the access token (provider
 *   docs/resources/custom_app_integration.md);
 * - absolute_session_lifetime_in_minutes only with single-use refresh tokens
 *   (the provider's Update clears it otherwise because "the API rejects" it).
 */
export function effectivePolicy(policy: TokenAccessPolicy | undefined): TokenAccessPolicy {
  const p: TokenAccessPolicy = {
    access_token_ttl_in_minutes: policy?.access_token_ttl_in_minutes ?? ACCESS_TTL.default,
    refresh_token_ttl_in_minutes: policy?.refresh_token_ttl_in_minutes ?? REFRESH_TTL.default,
  };
  if (p.refresh_token_ttl_in_minutes! < p.access_token_ttl_in_minutes!) {
    throw invalidParameter(
      "token_access_policy.refresh_token_ttl_in_minutes: must not be lower than access_token_ttl_in_minutes " +
        `(${p.refresh_token_ttl_in_minutes} < ${p.access_token_ttl_in_minutes})`,
    );
  }
  if (policy?.enable_single_use_refresh_tokens) p.enable_single_use_refresh_tokens = true;
  if (policy?.absolute_session_lifetime_in_minutes !== undefined) {
    if (!p.enable_single_use_refresh_tokens) {
      throw invalidParameter("token_access_policy.absolute_session_lifetime_in_minutes: only allowed when enable_single_use_refresh_tokens is true");
    }
    p.absolute_session_lifetime_in_minutes = policy.absolute_session_lifetime_in_minutes;
  }
  return p;
}

/** The SDK documents user_authorized_scopes as "Must be a subset of scopes". */
export function checkUserAuthorizedScopes(scopes: string[], userAuthorized: string[]): void {
  const extra = userAuthorized.filter((s) => !scopes.includes(s));
  if (extra.length > 0) {
    throw invalidParameter(`user_authorized_scopes: must be a subset of scopes; not in scopes: ${extra.join(", ")}`);
  }
}
