// /agents CRUD and the singular PUT /agent/{id}/functions/email (the reference spells it that way).
import { SimError, jsonObject } from "../http";
import { PLANS } from "../plans";
import { randId } from "../prng";
import type { Route } from "../router";
import { AGENT_READ_ONLY, createAgentSchema, emailFunctionSchema, updateAgentSchema } from "../schemas";
import { agentRecord, contextOf, weekdayHours } from "../seed/account";
import { VERTICALS } from "../seed/business";
import type { AgentConfig } from "../types";
import { parseOr400, rejectReadOnly } from "../validation";

/** GET /agents returns a summary per agent, not the full config (matches the reference example). */
function listShape(a: AgentConfig) {
  const { id, business_name, agent_name, phone_number, voice_id, greeting, system_prompt, status, escalation_policy, forwarding_number, created_at, updated_at } = a;
  return { id, business_name, agent_name, phone_number, voice_id, greeting, system_prompt, status, escalation_policy, forwarding_number, created_at, updated_at };
}

export const agentRoutes: Route[] = [
  // GET /agents — list agents
  { method: "GET", path: "/agents", handler: ({ account }) => ({ body: { success: true, data: [...account.agents.values()].map((a) => listShape(a.config)) } }) },

  // POST /agents — create; 403 beyond the plan's agent limit (the reference has no code for it; 403 = "not allowed on your plan")
  {
    method: "POST", path: "/agents",
    handler: ({ account, body, store }) => {
      const raw = jsonObject(body);
      rejectReadOnly(raw, AGENT_READ_ONLY);
      const input = parseOr400(createAgentSchema, raw);
      const limit = PLANS[account.plan].agents;
      if (account.agents.size >= limit) {
        throw new SimError(403, `Agent limit reached: the ${account.plan} plan allows ${limit} agent${limit === 1 ? "" : "s"}. Delete an agent or upgrade your plan.`);
      }
      const now = new Date(store.now()).toISOString();
      const config: AgentConfig = {
        id: `agt_${randId(account.rng, 10)}`,
        business_name: input.business_name, agent_name: input.agent_name,
        phone_number: null, phone_number_sid: null,
        voice_id: input.voice_id, greeting: input.greeting, system_prompt: input.system_prompt,
        voice_settings: input.voice_settings ?? {},
        functions_enabled: input.functions_enabled ?? [],
        forwarding_number: input.forwarding_number ?? null,
        escalation_number: input.escalation_number ?? null,
        escalation_policy: input.escalation_policy ?? "never",
        business_hours: input.business_hours ?? weekdayHours(account.profile.timezone, false),
        faq: input.faq ?? [],
        status: "active", created_at: now, updated_at: now,
      };
      const vertical = [...account.agents.values()][0]?.vertical ?? VERTICALS[0]?.id ?? "plumbing";
      account.agents.set(config.id, agentRecord(config, vertical));
      const { id, business_name, agent_name, voice_id, status, phone_number, created_at } = config;
      return { status: 201, body: { success: true, agent: { id, business_name, agent_name, voice_id, status, phone_number, created_at } } };
    },
  },

  // GET /agents/:agentId — full config
  { method: "GET", path: "/agents/:agentId", handler: ({ account, store, params }) => ({ body: { success: true, data: store.agent(account, params.agentId ?? "").config } }) },

  // PUT /agents/:agentId — partial update; answers only the fields sent plus updated_at
  {
    method: "PUT", path: "/agents/:agentId",
    handler: ({ account, store, params, body }) => {
      const agent = store.agent(account, params.agentId ?? "");
      const raw = jsonObject(body);
      rejectReadOnly(raw, AGENT_READ_ONLY);
      const input = parseOr400(updateAgentSchema, raw);
      Object.assign(agent.config, input);
      // Strictly later than the previous value, so sync code comparing updated_at sees the change.
      const prev = Date.parse(agent.config.updated_at);
      agent.config.updated_at = new Date(Math.max(store.now(), prev + 1)).toISOString();
      agent.ctx = contextOf(agent.config, agent.vertical); // future calls use the new name/greeting
      return { body: { success: true, updatedAgent: { id: agent.config.id, ...input, updated_at: agent.config.updated_at } } };
    },
  },

  // DELETE /agents/:agentId — also deletes its transcripts and releases its number
  {
    method: "DELETE", path: "/agents/:agentId",
    handler: ({ account, store, params }) => {
      store.deleteAgent(account, params.agentId ?? "");
      return { body: { success: true } };
    },
  },

  // PUT /agent/:agentId/functions/email — singular "agent" on purpose
  {
    method: "PUT", path: "/agent/:agentId/functions/email",
    handler: ({ account, store, params, body }) => {
      const agent = store.agent(account, params.agentId ?? "");
      const input = parseOr400(emailFunctionSchema, jsonObject(body));
      agent.emailFunction = { enabled: input.enabled, permitted_recipients: input.params.permitted_recipients };
      const others = agent.config.functions_enabled.filter((f) => f !== "email");
      agent.config.functions_enabled = input.enabled ? [...others, "email"] : others;
      agent.config.updated_at = new Date(Math.max(store.now(), Date.parse(agent.config.updated_at) + 1)).toISOString();
      return { body: { success: true } };
    },
  },
];
