// The simulator core: state + switches (SimCore) and the API request pipeline. See server.ts.
import type { IncomingMessage, ServerResponse } from "node:http";
import { simConfigSchema, type SimConfig, type SimConfigPatch } from "./config";
import { SimError, readBody, sendJson, sendProxyHtml } from "./http";
import { PLANS } from "./plans";
import { RateLimiter, retryAfterHeader } from "./rate-limit";
import { matchRoute, type Route } from "./router";
import { accountRoutes } from "./routes/account";
import { agentRoutes } from "./routes/agents";
import { phoneRoutes } from "./routes/phone";
import { transcriptRoutes } from "./routes/transcripts";
import { SimStore } from "./store";
import { Arrivals } from "./arrivals";

const ROUTES: readonly Route[] = [...agentRoutes, ...transcriptRoutes, ...phoneRoutes, ...accountRoutes];

export interface SimCore {
  readonly store: SimStore;
  readonly limiter: RateLimiter;
  readonly arrivals: Arrivals;
  readonly startedAt: number;
  readonly config: SimConfig;
  setConfig(patch: SimConfigPatch): SimConfig;
}

export function createCore(initial: SimConfig): SimCore {
  let config = simConfigSchema.parse(initial);
  const store = new SimStore(() => config);
  const arrivals = new Arrivals(store);
  arrivals.setRate(config.arrivalsPerMinute, config.deletionsPerMinute);
  return {
    store, arrivals, limiter: new RateLimiter(), startedAt: Date.now(),
    get config() {
      return config;
    },
    setConfig(patch) {
      config = simConfigSchema.parse({ ...config, ...patch });
      arrivals.setRate(config.arrivalsPerMinute, config.deletionsPerMinute);
      return config;
    },
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function handleApi(core: SimCore, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const config = core.config;
  if (config.latencyMs > 0) await sleep(config.latencyMs);
  if (config.htmlErrorRate > 0 && Math.random() < config.htmlErrorRate) {
    req.resume();
    return sendProxyHtml(res);
  }
  const auth = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "");
  const account = auth?.[1] ? core.store.account(auth[1]) : null;
  if (!account) throw new SimError(401, "Invalid API key");

  if (config.rateLimit) {
    const now = Date.now();
    const decision = core.limiter.check(account.key, PLANS[account.plan].requestsPerMinute, now);
    if (!decision.ok) {
      throw new SimError(429, `Rate limit exceeded: ${decision.limit} requests per minute on the ${account.plan} plan`, {
        "retry-after": retryAfterHeader(decision.retryAfterMs, config.retryAfterFormat, now),
      });
    }
    res.setHeader("x-ratelimit-limit", String(decision.limit));
    res.setHeader("x-ratelimit-remaining", String(decision.remaining));
  }
  if (config.tooManyRequestsRate > 0 && Math.random() < config.tooManyRequestsRate) {
    throw new SimError(429, "Rate limit exceeded", { "retry-after": retryAfterHeader(1000, config.retryAfterFormat, Date.now()) });
  }
  if (config.errorRate > 0 && Math.random() < config.errorRate) throw new SimError(500, "Internal server error");

  const match = matchRoute(ROUTES, req.method ?? "GET", url.pathname);
  if (!match) throw new SimError(404, `Not found: ${req.method} ${url.pathname}`);
  if ("allowed" in match) throw new SimError(405, `Method ${req.method} not allowed on ${url.pathname}`, { allow: match.allowed.join(", ") });
  const routeName = `${match.route.method} ${match.route.path}`;
  account.requests[routeName] = (account.requests[routeName] ?? 0) + 1;
  const body = await readBody(req);
  const reply = await match.route.handler({ account, store: core.store, config, params: match.params, query: url.searchParams, body });
  sendJson(res, reply.status ?? 200, reply.body);
}

