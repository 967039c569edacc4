/**
 * dbt Cloud API errors: the `{data, status}` envelope with `data: null`, as the
 * provider's client parses it (terraform-provider-dbtcloud v1.12.5,
 * pkg/dbt_cloud/client.go `APIError`, `attemptRequest`). The provider decides
 * by HTTP status, and for a 404 also by `status.code` and `status.user_message`:
 * - 404 whose body has `status.code: 404` (or is not JSON) on GET or DELETE is
 *   "resource-not-found", which Read turns into "gone, remove from state"
 *   (pkg/framework/objects/global_connection/common.go `readGeneric`), unless
 *   user_message mentions "permission" (then it is a hard error);
 * - 400 is *also* reported as "resource-not-found: <body>", so a 400 on a GET
 *   would drop the connection from state: a GET of one connection never gets a 400 here;
 * - 401, 403, 500 and anything else non-2xx fail the run; 429, 500, 502, 503,
 *   504 are retried first (default 3 attempts, `retry_interval_seconds` apart, doubling).
 */

export interface ResponseStatus {
  code: number;
  is_success: boolean;
  user_message: string;
  developer_message: string;
}

export class DbtApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly userMessage: string,
    readonly developerMessage = "",
    readonly headers: Record<string, string> = {},
  ) {
    super(userMessage);
  }

  get body(): { status: ResponseStatus; data: null } {
    return {
      status: { code: this.statusCode, is_success: false, user_message: this.userMessage, developer_message: this.developerMessage },
      data: null,
    };
  }
}

/** Bad input. The message names the field: "<field>: <reason>". */
export const badRequest = (message: string) => new DbtApiError(400, message);

export const unauthorized = () => new DbtApiError(401, "Invalid token.", "", { "WWW-Authenticate": 'Token realm="api"' });

/**
 * A valid token aimed at another account. Not a 404: the provider would read
 * a 404 on read as "deleted" and drop the connection from state.
 */
export const forbiddenAccount = (accountId: string) => new DbtApiError(403, `You do not have access to account ${accountId}.`);

/** No "permission" in the wording: the provider must read it as a plain "gone". */
export const notFound = (developerMessage: string) => new DbtApiError(404, "The requested resource was not found.", developerMessage);

export const methodNotAllowed = (method: string, path: string, allowed: string[]) =>
  new DbtApiError(405, `Method "${method}" not allowed.`, `${method} ${path}; allowed: ${allowed.join(", ")}`, { Allow: allowed.join(", ") });

export function injectedFault(status: number): DbtApiError {
  switch (status) {
    case 429:
      return new DbtApiError(429, "Injected fault: too many requests, please retry later.", "", { "Retry-After": "1" });
    case 503:
      return new DbtApiError(503, "Injected fault: the service is temporarily unavailable.");
    default:
      return new DbtApiError(status, "Injected fault: internal error.");
  }
}
