// A minimal fetch wrapper for tests that drive the simulator over real HTTP (API and /__sim).
// Bodies are whatever the server sent; each test asserts the shape it expects, so `any` is deliberate here.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface SimResponse<T = any> { status: number; headers: Headers; text: string; body: T }

export function simClient(baseUrl: string) {
  async function send<T>(path: string, init: RequestInit): Promise<SimResponse<T>> {
    const res = await fetch(`${baseUrl}${path}`, init);
    const text = await res.text();
    let body: unknown = undefined;
    try {
      body = JSON.parse(text);
    } catch {
      // HTML (502) and empty bodies are legitimate answers here; tests check `text`.
    }
    return { status: res.status, headers: res.headers, text, body: body as T };
  }

  return {
    /** API call as `key`; a plain object body is sent as JSON, FormData/strings as given. */
    api<T = any>(key: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const h: Record<string, string> = { ...headers };
      if (key !== null) h.authorization = `Bearer ${key}`;
      let payload: BodyInit | undefined;
      if (body instanceof FormData || typeof body === "string") payload = body;
      else if (body !== undefined) {
        payload = JSON.stringify(body);
        h["content-type"] ??= "application/json";
      }
      return send<T>(path, { method, headers: h, body: payload });
    },
    /** /__sim control call. */
    control<T = any>(method: string, path: string, body?: unknown) {
      return send<T>(`/__sim${path}`, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
  };
}
