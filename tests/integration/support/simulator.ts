// The OnCallClerk simulator on a random local port, driven over HTTP like a real upstream: the
// portal reaches it through ONCALLCLERK_BASE_URL, tests steer it through its /__sim control API.
import { randomBytes } from "node:crypto";
import { startSimulator } from "@/lib/simulator";

export interface TestSimulator {
  url: string;
  close(): Promise<void>;
  /** PUT /__sim/config, e.g. { errorRate: 1 } or { htmlErrorRate: 1 }. */
  setConfig(patch: Record<string, unknown>): Promise<void>;
  /** POST /__sim/accounts/:key/revoke: the key answers 401 from now on (until reset). */
  revoke(key: string): Promise<void>;
  /** POST /__sim/reset: forgets accounts, revocations and rate-limit windows. */
  reset(): Promise<void>;
  /** The upstream itself, called with a key (what the portal should be relaying). */
  upstream<T = unknown>(key: string, path: string): Promise<{ status: number; body: T }>;
}

async function control(url: string, method: string, path: string, json?: unknown): Promise<unknown> {
  const response = await fetch(`${url}${path}`, {
    method,
    ...(json !== undefined ? { headers: { "content-type": "application/json" }, body: JSON.stringify(json) } : {}),
  });
  const body = (await response.json()) as { success: boolean; data?: unknown; error?: string };
  if (!response.ok || !body.success) throw new Error(`simulator control ${method} ${path} failed: ${response.status} ${body.error ?? ""}`);
  return body.data;
}

/** The quiet baseline every test file starts from: no latency, no injected failures, no rate limit. */
export const QUIET_CONFIG = { latencyMs: 0, errorRate: 0, htmlErrorRate: 0, rateLimit: false } as const;

export async function startTestSimulator(): Promise<TestSimulator> {
  const sim = await startSimulator({ port: 0, ...QUIET_CONFIG });
  const url = sim.url.replace(/\/+$/, "");
  return {
    url,
    close: () => sim.close(),
    setConfig: async (patch) => void (await control(url, "PUT", "/__sim/config", patch)),
    revoke: async (key) => void (await control(url, "POST", `/__sim/accounts/${encodeURIComponent(key)}/revoke`)),
    reset: async () => void (await control(url, "POST", "/__sim/reset")),
    async upstream<T>(key: string, path: string) {
      const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${key}`, accept: "application/json" } });
      return { status: response.status, body: (await response.json()) as T };
    },
  };
}

/**
 * A simulator key no other test uses: each key is its own OnCallClerk account, and one agency
 * cannot connect the same account twice.
 */
export function freshKey(plan: "starter" | "growth" | "professional" | "enterprise", label = ""): string {
  return `sim_${plan}_${label}${randomBytes(6).toString("hex")}`;
}
