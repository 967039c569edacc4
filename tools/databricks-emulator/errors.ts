/**
 * Databricks-style API errors. The Go SDK (databricks-sdk-go v0.93.0,
 * apierr/errors.go `standardErrorParser`) reads `error_code` and `message`
 * from the JSON body and then maps the error first by `error_code`, then by
 * HTTP status (apierr/error_mapping.go). The provider's behaviour depends on
 * that mapping: a 404 / RESOURCE_DOES_NOT_EXIST is "gone" (dropped from
 * state), 429 and 503 are retried, everything else fails the run. So the codes
 * below are chosen from the ones the SDK knows, with the status that matches.
 */

export interface ErrorBody {
  error_code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errorCode: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get body(): ErrorBody {
    return { error_code: this.errorCode, message: this.message };
  }
}

export const invalidParameter = (message: string) => new ApiError(400, "INVALID_PARAMETER_VALUE", message);

/** Unparsable bodies: Databricks answers MALFORMED_REQUEST here, not INVALID_PARAMETER_VALUE (both 400 / ErrBadRequest to the SDK). */
export const malformedRequest = (message: string) => new ApiError(400, "MALFORMED_REQUEST", message);

export const resourceDoesNotExist = (message: string) => new ApiError(404, "RESOURCE_DOES_NOT_EXIST", message);

/**
 * 409 + RESOURCE_ALREADY_EXISTS: the SDK maps it to ErrResourceAlreadyExists
 * (a kind of ErrResourceConflict), which is what a duplicate name is. A 400
 * would be indistinguishable from a validation error, and it must not be a
 * retriable status, or the provider would loop on it forever.
 */
export const resourceAlreadyExists = (message: string) => new ApiError(409, "RESOURCE_ALREADY_EXISTS", message);

export const unauthenticated = (message: string) => new ApiError(401, "UNAUTHENTICATED", message, { "WWW-Authenticate": 'Bearer realm="databricks", Basic realm="databricks"' });

export const permissionDenied = (message: string) => new ApiError(403, "PERMISSION_DENIED", message);

/** Same wording as Databricks' own gateway: "No API found for 'GET /...'". */
export const endpointNotFound = (method: string, path: string) => new ApiError(404, "ENDPOINT_NOT_FOUND", `No API found for '${method} ${path}'`);

export const methodNotAllowed = (method: string, path: string, allowed: string[]) =>
  new ApiError(405, "METHOD_NOT_ALLOWED", `Method ${method} is not allowed for '${path}'; allowed: ${allowed.join(", ")}`, {
    Allow: allowed.join(", "),
  });

/**
 * Injected faults. 429 and 503 are what the SDK retries (apierr/errors.go
 * `IsRetriable`; the provider sets an unlimited retry timeout in
 * internal/providers/client/databricks_client.go), 500 is not retried. The
 * messages avoid the SDK's transient-error patterns ("Timed out after",
 * "deadline exceeded", apierr/error_overrides.go) so a 500 really is final.
 */
export function injectedFault(status: number): ApiError {
  switch (status) {
    case 429:
      // The SDK itself ignores Retry-After (it backs off on its own), but real gateways send it.
      return new ApiError(429, "REQUEST_LIMIT_EXCEEDED", "Injected fault: too many requests, please retry later", {
        "Retry-After": "1",
      });
    case 503:
      return new ApiError(503, "TEMPORARILY_UNAVAILABLE", "Injected fault: the service is temporarily unavailable");
    default:
      return new ApiError(status, "INTERNAL_ERROR", "Injected fault: internal error");
  }
}
