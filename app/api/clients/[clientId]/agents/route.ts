// GET  /api/clients/:clientId/agents — the client's OnCallClerk agents, fetched with its key
// POST /api/clients/:clientId/agents — create an agent (reference body; numbers in any format) → 201 the full agent
import { readJson } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { createAgentBodySchema } from "@/lib/agents/agent-schemas";
import { createAgent } from "@/lib/agents/create-agent";

type Params = { clientId: string };

export const GET = withClient<Params>("agent:read", async ({ upstream }) => {
  const oncallclerk = await upstream();
  return ok(await oncallclerk.agents.list());
});

// Agent bodies carry the whole system prompt and FAQ: a larger cap than the 16 kB default.
const AGENT_BODY_LIMIT = 256 * 1024;

export const POST = withClient<Params>("agent:create", async ({ request, client, upstream }) => {
  const input = await readJson(request, createAgentBodySchema(client.country), AGENT_BODY_LIMIT);
  return ok(await createAgent(await upstream(), input), 201);
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
