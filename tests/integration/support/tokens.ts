// Calling routes with an API token (Authorization: Bearer …) instead of a session cookie.
import * as tokenRoute from "@/app/api/tokens/[tokenId]/route";
import * as tokensRoute from "@/app/api/tokens/route";
import { callRoute, type CallOptions } from "./http";

type Handler = Parameters<typeof callRoute>[0];

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** One route called with a token (and, when given, cookies too: the token must win). */
export function withToken(handler: Handler, token: string, options: Omit<CallOptions, "headers"> & { headers?: Record<string, string> }) {
  return callRoute(handler, { ...options, headers: { ...bearer(token), ...options.headers } });
}

export const tokensApi = {
  list: (auth: { cookie?: string; token?: string }, query = "") =>
    callRoute(tokensRoute.GET, { path: `/api/tokens${query}`, ...(auth.cookie ? { cookie: auth.cookie } : {}), ...(auth.token ? { headers: bearer(auth.token) } : {}) }),
  create: (auth: { cookie?: string; token?: string }, json: unknown) =>
    callRoute(tokensRoute.POST, { method: "POST", path: "/api/tokens", json, ...(auth.cookie ? { cookie: auth.cookie } : {}), ...(auth.token ? { headers: bearer(auth.token) } : {}) }),
  revoke: (auth: { cookie?: string; token?: string }, tokenId: string) =>
    callRoute(tokenRoute.DELETE, { method: "DELETE", path: `/api/tokens/${tokenId}`, params: { tokenId }, ...(auth.cookie ? { cookie: auth.cookie } : {}), ...(auth.token ? { headers: bearer(auth.token) } : {}) }),
};
