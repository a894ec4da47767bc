// The /__sim control API (no auth; exists only in the simulator). Documented in server.ts.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { simConfigPatchSchema } from "./config";
import { SimError, jsonObject, readBody, sendJson, type Body } from "./http";
import { matchRoute } from "./router";
import { bundleStatusSchema } from "./schemas";
import { renderTranscript } from "./seed/calls";
import type { SimCore } from "./core";
import type { Account } from "./types";
import { usageOf } from "./usage";
import { parseOr400 } from "./validation";

interface ControlCtx { core: SimCore; params: Record<string, string>; query: URLSearchParams; body: Body }
interface ControlRoute { method: string; path: string; handler: (c: ControlCtx) => unknown }

/** Control calls may touch a revoked account (its data stays), but never create one for a bad key. */
function accountOf(core: SimCore, key: string): Account {
  const account = core.store.accounts.get(key) ?? core.store.account(key);
  if (!account) throw new SimError(404, `No account for key "${key}" (invalid or deleted)`);
  return account;
}

const addCallsSchema = z.strictObject({ count: z.number().int().min(1).max(100_000).optional() });

function dump(core: SimCore, account: Account, full: boolean) {
  return {
    key: account.key, plan: account.plan, revoked: core.store.deadKeys.has(account.key), requests: account.requests,
    profile: account.profile, usage: usageOf(account, core.store.now()), bundles: account.bundles,
    agents: [...account.agents.values()].map((a) => ({
      config: a.config, vertical: a.vertical, emailFunction: a.emailFunction, callCount: a.calls.length,
      calls: full
        ? a.calls.map((c) => renderTranscript(c, a.config.id))
        : a.calls.map((c) => ({ id: c.id, created_at: new Date(c.createdAt).toISOString(), type: c.type, outcome: c.outcome, duration: c.duration })),
    })),
  };
}

const routes: ControlRoute[] = [
  {
    method: "GET", path: "/__sim/health",
    handler: ({ core }) => ({ status: "ok", accounts: core.store.accounts.size, calls: core.store.totalCalls(), uptimeSeconds: Math.round((Date.now() - core.startedAt) / 1000) }),
  },
  { method: "GET", path: "/__sim/config", handler: ({ core }) => core.config },
  { method: "PUT", path: "/__sim/config", handler: ({ core, body }) => core.setConfig(parseOr400(simConfigPatchSchema, jsonObject(body))) },
  {
    method: "POST", path: "/__sim/reset",
    handler: ({ core }) => {
      core.store.reset();
      core.limiter.reset();
      return { reset: true };
    },
  },
  { method: "GET", path: "/__sim/accounts/:key", handler: ({ core, params, query }) => dump(core, accountOf(core, params.key ?? ""), query.get("transcripts") === "full") },
  {
    method: "DELETE", path: "/__sim/accounts/:key/requests",
    handler: ({ core, params }) => {
      accountOf(core, params.key ?? "").requests = {};
      return { requests: {} };
    },
  },
  {
    method: "POST", path: "/__sim/accounts/:key/revoke",
    handler: ({ core, params }) => {
      accountOf(core, params.key ?? "");
      core.store.revoke(params.key ?? "");
      return { revoked: true };
    },
  },
  {
    method: "POST", path: "/__sim/accounts/:key/agents/:agentId/calls",
    handler: ({ core, params, body }) => {
      const account = accountOf(core, params.key ?? "");
      const agent = core.store.agent(account, params.agentId ?? "");
      const { count = 1 } = parseOr400(addCallsSchema, body.kind === "none" ? {} : jsonObject(body));
      const added = core.store.addCalls(account, agent, count);
      return { added: added.map((c) => c.id), total: agent.calls.length };
    },
  },
  {
    method: "DELETE", path: "/__sim/accounts/:key/agents/:agentId/calls/:callId",
    handler: ({ core, params }) => {
      const agent = core.store.agent(accountOf(core, params.key ?? ""), params.agentId ?? "");
      if (!core.store.deleteCall(agent, params.callId ?? "")) throw new SimError(404, "Transcript not found");
      return { deleted: params.callId, total: agent.calls.length };
    },
  },
  {
    method: "PUT", path: "/__sim/accounts/:key/bundles/:sid",
    handler: ({ core, params, body }) => {
      const bundle = accountOf(core, params.key ?? "").bundles.find((b) => b.sid === params.sid);
      if (!bundle) throw new SimError(404, "Bundle not found");
      bundle.status = parseOr400(bundleStatusSchema, jsonObject(body)).status;
      return bundle;
    },
  },
];

/** Answers `{success: true, data}` or the usual error envelope. */
export async function handleControl(core: SimCore, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const match = matchRoute(routes, req.method ?? "GET", url.pathname);
  if (!match) throw new SimError(404, `Unknown control endpoint ${url.pathname}`);
  if ("allowed" in match) throw new SimError(405, `Method ${req.method} not allowed (allowed: ${match.allowed.join(", ")})`);
  const body = await readBody(req);
  const data = await match.route.handler({ core, params: match.params, query: url.searchParams, body });
  sendJson(res, 200, { success: true, data });
}
