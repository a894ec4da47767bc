// One error class and one JSON envelope for every route:
//   { success: false, error: { code, message, fieldErrors?, retryAfterSeconds?, current?, requestId } }
// `current` carries the resource as it is now when a write was refused because it changed (412).
// Handlers throw; the route wrapper turns the error into this envelope with the right status.
export type ApiErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid_json"
  | "invalid_path"
  | "validation_failed"
  | "payload_too_large"
  | "unsupported_media_type"
  | "method_not_allowed"
  | "conflict"
  | "signup_closed"
  | "rate_limited"
  | "api_key_rejected"
  | "client_key_rejected"
  | "client_key_unreadable"
  | "upstream_forbidden"
  | "upstream_not_found"
  | "upstream_validation"
  | "upstream_conflict"
  | "upstream_rate_limited"
  | "upstream_unavailable"
  | "upstream_timeout"
  | "internal_error"
  | "agent_limit_reached"
  | "agent_changed"
  | "bundle_required"
  | "phone_numbers_not_allowed"
  | "upstream_outcome_unknown"
  | "invitation_expired"
  | "invitation_revoked"
  | "invitation_used"
  | "invitation_wrong_email"
  | "last_owner";

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: { fieldErrors?: FieldErrors; retryAfterSeconds?: number; current?: unknown } = {},
  ) {
    super(message);
  }
}

export const notFound = (what = "Not found") => new ApiError(404, "not_found", what);
export const forbidden = (message = "You do not have permission to do this") => new ApiError(403, "forbidden", message);
export const unauthenticated = () => new ApiError(401, "unauthenticated", "Sign in to continue");

export function validationError(fieldErrors: FieldErrors, message = "Some fields need attention"): ApiError {
  return new ApiError(400, "validation_failed", message, { fieldErrors });
}

export interface ErrorBody {
  success: false;
  error: { code: ApiErrorCode; message: string; fieldErrors?: FieldErrors; retryAfterSeconds?: number; current?: unknown; requestId: string };
}
