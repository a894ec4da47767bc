// GET    /api/clients/:clientId/agents/:agentId — one agent of the client, fetched with its key
// PUT    /api/clients/:clientId/agents/:agentId — change any create fields (If-Match: updated_at → 412 agent_changed) → the full agent
// DELETE /api/clients/:clientId/agents/:agentId — delete it upstream (its number is released, its transcripts deleted)
import { parseWith, readJson } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { noContent, ok } from "@/lib/api/respond";
import { ifMatchValue, updateAgentBodySchema } from "@/lib/agents/agent-schemas";
import { deleteAgent } from "@/lib/agents/delete-agent";
import { agentIdParamsSchema } from "@/lib/agents/schemas";
import { updateAgent } from "@/lib/agents/update-agent";
import { forgetAgent } from "@/lib/transcripts/sync/discover";
import { otherMethods } from "@/lib/api/other-methods";

type Params = { clientId: string; agentId: string };

const AGENT_BODY_LIMIT = 256 * 1024;

export const GET = withClient<Params>("agent:read", async ({ params, upstream }) => {
  const { agentId } = parseWith(agentIdParamsSchema, params);
  const oncallclerk = await upstream();
  return ok(await oncallclerk.agents.get(agentId));
});

export const PUT = withClient<Params>("agent:update", async ({ request, params, client, upstream }) => {
  const { agentId } = parseWith(agentIdParamsSchema, params);
  const input = await readJson(request, updateAgentBodySchema(client.country), AGENT_BODY_LIMIT);
  return ok(await updateAgent(await upstream(), agentId, input, ifMatchValue(request.headers.get("if-match"))));
});

export const DELETE = withClient<Params>("agent:delete", async ({ params, agency, client, upstream }) => {
  const { agentId } = parseWith(agentIdParamsSchema, params);
  await deleteAgent(await upstream(), agentId);
  // OnCallClerk deleted the agent's transcripts with it; our copies go too.
  await forgetAgent(agency.id, client.id, agentId);
  return noContent();
});

export const { POST, PATCH } = otherMethods(["GET", "PUT", "DELETE"]);
