// Browser-side calls to our own API. Unwraps `{success, data}` and throws the error envelope as an
// ApiRequestError so forms can show field errors and toasts can show the message.
export class ApiRequestError extends Error {
  override name = "ApiRequestError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export async function apiFetch<T>(url: string, init?: RequestInit & { json?: unknown }): Promise<T> {
  const { json, ...rest } = init ?? {};
  let response: Response;
  try {
    response = await fetch(url, {
      ...rest,
      headers: { accept: "application/json", ...(json !== undefined ? { "content-type": "application/json" } : {}), ...rest.headers },
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
  } catch {
    throw new ApiRequestError(0, "network_error", "Could not reach the portal. Check your connection and try again.");
  }
  const body = (await response.json().catch(() => null)) as
    | { success: true; data: T }
    | { success: false; error: { code: string; message: string; fieldErrors?: Record<string, string[]> } }
    | null;
  if (response.ok && body && body.success) return body.data;
  if (body && !body.success) throw new ApiRequestError(response.status, body.error.code, body.error.message, body.error.fieldErrors);
  throw new ApiRequestError(response.status, "unexpected_response", `The portal answered with an unexpected response (${response.status}).`);
}

export const swrFetcher = <T>(url: string) => apiFetch<T>(url);
