// Building responses: every answer is private and never cached (it depends on who is asking).
import type { ApiError, ErrorBody } from "./errors";

const NO_STORE = { "cache-control": "private, no-store" };

export function ok<T>(data: T, status = 200): Response {
  return Response.json({ success: true, data }, { status, headers: NO_STORE });
}

export function noContent(): Response {
  return Response.json({ success: true }, { status: 200, headers: NO_STORE });
}

export function errorBody(error: ApiError, requestId: string): ErrorBody {
  return {
    success: false,
    error: {
      code: error.code,
      message: error.message,
      ...(error.extra.fieldErrors ? { fieldErrors: error.extra.fieldErrors } : {}),
      ...(error.extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.extra.retryAfterSeconds } : {}),
      ...(error.extra.current !== undefined ? { current: error.extra.current } : {}),
      requestId,
    },
  };
}

export function errorResponse(error: ApiError, requestId: string): Response {
  const headers: Record<string, string> = { ...NO_STORE, "x-request-id": requestId };
  if (error.extra.retryAfterSeconds !== undefined) headers["retry-after"] = String(error.extra.retryAfterSeconds);
  return Response.json(errorBody(error, requestId), { status: error.status, headers });
}
