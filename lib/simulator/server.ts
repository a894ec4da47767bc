/**
 * OnCallClerk simulator: a stateful local implementation of the whole vendor reference
 * (/work/shared/oncallclerk-api.md) on node:http, strict on input so it catches portal bugs.
 *
 * API (same paths, envelopes and status codes as the reference; `Authorization: Bearer <key>`):
 *   keys match /^sim_(starter|growth|professional|enterprise)_[A-Za-z0-9]{4,64}$/ — the plan comes
 *   from the key, the account is seeded deterministically from the key on first use. Anything else,
 *   a deleted (DELETE /user) or a revoked key → 401 {success:false, error:"Invalid API key", status:401}.
 *
 * Request pipeline (core.ts), in order: latencyMs → htmlErrorRate (502 HTML, as a proxy would, before auth)
 *   → auth (401) → rate limit (429 + Retry-After) → tooManyRequestsRate (429, Retry-After 1 s)
 *   → errorRate (500 JSON, no state change) → route.
 *
 * Control API — no auth, JSON, answers {success:true, data} or the error envelope:
 *   GET    /__sim/health                                   → {status:"ok", accounts, calls, uptimeSeconds}
 *   GET    /__sim/config                                   → current switches (see config.ts)
 *   PUT    /__sim/config  {latencyMs?, errorRate?, htmlErrorRate?, rateLimit?, arrivalsPerMinute?,
 *                          deletionsPerMinute?, tooManyRequestsRate?, retryAfterFormat?, transcriptsPerAgent?, bundleInitialStatus?}  → new config
 *   POST   /__sim/reset                                    → forget all accounts, dead keys, rate counters (config stays)
 *   GET    /__sim/accounts/{key}[?transcripts=full]        → full state dump (seeds the account if new), incl.
 *                                                            `requests`: API calls per "METHOD /route" since creation
 *   DELETE /__sim/accounts/{key}/requests                  → reset those request counters
 *   POST   /__sim/accounts/{key}/revoke                    → the key answers 401 from now on; data kept
 *   POST   /__sim/accounts/{key}/agents/{agentId}/calls {count?=1}  → new calls at the head now: {added:[ids], total}
 *   DELETE /__sim/accounts/{key}/agents/{agentId}/calls/{id}        → remove one transcript: {deleted, total}
 *   PUT    /__sim/accounts/{key}/bundles/{sid} {status}    → move a regulatory bundle (e.g. "rejected")
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_CONFIG, type SimConfig, type SimConfigPatch } from "./config";
import { handleControl } from "./control";
import { createCore, handleApi, type SimCore } from "./core";
import { SimError, sendError } from "./http";
import type { SimStore } from "./store";

export function createSimServer(core: SimCore): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://simulator.local");
    const work = url.pathname.startsWith("/__sim/") ? handleControl(core, req, res, url) : handleApi(core, req, res, url);
    work.catch((err: unknown) => {
      req.resume(); // drain an unread body so keep-alive connections stay usable
      if (res.headersSent) return void res.end();
      if (err instanceof SimError) return sendError(res, err.status, err.message, err.headers);
      console.error("[simulator] unexpected error", err);
      sendError(res, 500, "Internal server error");
    });
  });
}

export interface SimulatorOptions extends SimConfigPatch {
  /** 0 = random free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface RunningSimulator {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Direct state access for tests (same objects the HTTP handlers use). */
  store: SimStore;
  readonly config: SimConfig;
  setConfig(patch: SimConfigPatch): SimConfig;
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<RunningSimulator> {
  const { port = 0, host = "127.0.0.1", ...switches } = opts;
  const defined = Object.fromEntries(Object.entries(switches).filter(([, v]) => v !== undefined));
  const core = createCore({ ...DEFAULT_CONFIG, ...defined });
  const server = createSimServer(core);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actual}`,
    port: actual,
    store: core.store,
    get config() {
      return core.config;
    },
    setConfig: (patch) => core.setConfig(patch),
    close: () =>
      new Promise<void>((resolve, reject) => {
        core.arrivals.stop();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections(); // idle keep-alive sockets would otherwise hold close() open
      }),
  };
}
