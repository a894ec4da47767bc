// Calling Next.js route handlers directly with a real Request, the way Next does: (request, { params }).
// Every response text is kept in `responseLog`, so the secrets test can check none carries a key.

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface CallOptions {
  method?: string;
  /** Path plus query, e.g. "/api/clients?include=usage". */
  path: string;
  params?: Record<string, string>;
  /** A full Cookie header value (see sessionCookie()). */
  cookie?: string;
  /** Sent as JSON with Content-Type application/json. */
  json?: unknown;
  /** Sent verbatim (set the content type through `headers`). */
  body?: string;
  headers?: Record<string, string>;
}

export interface RouteResult {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body (undefined when the body is not JSON). */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- assertions read it freely
}

export const responseLog: string[] = [];

export async function callRoute(handler: RouteHandler, options: CallOptions): Promise<RouteResult> {
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("cookie", options.cookie);
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(new URL(options.path, "http://localhost:3000"), {
    method: options.method ?? "GET",
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  responseLog.push(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}
