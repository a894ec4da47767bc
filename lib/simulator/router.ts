// A tiny path router: "/agents/:agentId" patterns, exact segment counts, 404 vs 405 distinguished.
import type { SimConfig } from "./config";
import type { Body } from "./http";
import type { SimStore } from "./store";
import type { Account } from "./types";

export interface Ctx {
  account: Account;
  store: SimStore;
  config: SimConfig;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Body;
}

export interface Reply { status?: number; body: unknown }
export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;
export interface Route { method: "GET" | "POST" | "PUT" | "DELETE"; path: string; handler: Handler }

export type Match<R> = { route: R; params: Record<string, string> } | { allowed: string[] } | null;

function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split("/").filter(Boolean);
  const s = path.split("/").filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const want = p[i] as string;
    const got = s[i] as string;
    if (want.startsWith(":")) {
      try {
        params[want.slice(1)] = decodeURIComponent(got);
      } catch {
        return null;
      }
    } else if (want !== got) return null;
  }
  return params;
}

export function matchRoute<R extends { method: string; path: string }>(routes: readonly R[], method: string, path: string): Match<R> {
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.method === method) return { route, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { allowed } : null;
}
