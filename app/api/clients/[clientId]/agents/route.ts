// GET  /api/clients/:clientId/agents — the client's OnCallClerk agents, fetched with its key
// POST /api/clients/:clientId/agents — create an agent (reference body; numbers in any format) → 201 the full agent
import { readJson } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { createAgentBodySchema } from "@/lib/agents/agent-schemas";
import { createAgent } from "@/lib/agents/create-agent";
import { recordAgentSave } from "@/lib/agents/versions/record";
import { actorOf } from "@/lib/audit/record";
import { registerAgent } from "@/lib/transcripts/sync/discover";

type Params = { clientId: string };

export const GET = withClient<Params>("agent:read", async ({ upstream }) => {
  const oncallclerk = await upstream();
  return ok(await oncallclerk.agents.list());
});

// Agent bodies carry the whole system prompt and FAQ: a larger cap than the 16 kB default.
const AGENT_BODY_LIMIT = 256 * 1024;

export const POST = withClient<Params>("agent:create", async (args) => {
  const { request, agency, client, upstream } = args;
  const input = await readJson(request, createAgentBodySchema(client.country), AGENT_BODY_LIMIT);
  const agent = await createAgent(await upstream(), input);
  // Its calls sync from the next run on, without waiting for the hourly look at the agent list.
  await registerAgent(agency.id, client.id, agent.id, agent.agent_name ?? null);
  await recordAgentSave({ actor: actorOf(args), client, agentId: agent.id, before: null, after: agent, source: "created" });
  return ok(agent, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
