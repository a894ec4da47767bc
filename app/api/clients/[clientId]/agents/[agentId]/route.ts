// GET    /api/clients/:clientId/agents/:agentId — one agent of the client, fetched with its key
// PUT    /api/clients/:clientId/agents/:agentId — change any create fields (If-Match: updated_at → 412 agent_changed) → the full agent
// DELETE /api/clients/:clientId/agents/:agentId — delete it upstream (its number is released, its transcripts deleted)
import { parseWith, readJson } from "@/lib/api/body";
import { requirePermission, withClient } from "@/lib/api/handler";
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

// Hours and FAQ alone need only the narrower right (what an agency may give a client user); any other
// field needs agent:update. Checked before the body is read too, so nobody learns about validation.
const HOURS_AND_FAQ: ReadonlySet<string> = new Set(["business_hours", "faq"]);

export const PUT = withClient<Params>("agent:update-hours-faq", async (args) => {
  const { request, params, client, upstream } = args;
  const { agentId } = parseWith(agentIdParamsSchema, params);
  const input = await readJson(request, updateAgentBodySchema(client.country), AGENT_BODY_LIMIT);
  if (Object.keys(input).some((field) => !HOURS_AND_FAQ.has(field))) requirePermission(args, "agent:update", client.id);
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
