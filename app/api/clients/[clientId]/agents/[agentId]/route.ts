// GET    /api/clients/:clientId/agents/:agentId — one agent of the client, fetched with its key
// PUT    /api/clients/:clientId/agents/:agentId — change any create fields (If-Match: updated_at → 412 agent_changed) → the full agent
// DELETE /api/clients/:clientId/agents/:agentId — delete it upstream (its number is released, its transcripts deleted)
import { parseWith, readJson } from "@/lib/api/body";
import { requirePermission, withClient } from "@/lib/api/handler";
import { noContent, ok } from "@/lib/api/respond";
import { actorOf } from "@/lib/audit/record";
import { ifMatchValue, updateAgentBodySchema } from "@/lib/agents/agent-schemas";
import { deleteAgent } from "@/lib/agents/delete-agent";
import { agentIdParamsSchema } from "@/lib/agents/schemas";
import { updateAgent } from "@/lib/agents/update-agent";
import { recordAgentDelete, recordAgentSave } from "@/lib/agents/versions/record";
import { readAgentBeforeWrite } from "@/lib/agents/versions/upstream-agent";
import { forgetAgent } from "@/lib/transcripts/sync/discover";
import { otherMethods } from "@/lib/api/other-methods";
import type { Agent } from "@/lib/oncallclerk";

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
  const oncallclerk = await upstream();
  // Read first for the history and the audit's before-values (and for If-Match, which reuses it).
  const before = await readAgentBeforeWrite(oncallclerk, agentId);
  const after = await updateAgent(oncallclerk, agentId, input, ifMatchValue(request.headers.get("if-match")), before);
  await recordAgentSave({ actor: actorOf(args), client, agentId, before, after, source: "updated" });
  return ok(after);
});

export const DELETE = withClient<Params>("agent:delete", async (args) => {
  const { params, agency, client, upstream } = args;
  const { agentId } = parseWith(agentIdParamsSchema, params);
  const oncallclerk = await upstream();
  // The last configuration goes into the audit event; if it cannot be read, the delete still decides.
  const before: Agent | null = await oncallclerk.agents.get(agentId).catch(() => null);
  await deleteAgent(oncallclerk, agentId);
  // OnCallClerk deleted the agent's transcripts with it; our copies go too.
  await forgetAgent(agency.id, client.id, agentId);
  await recordAgentDelete(actorOf(args), client, agentId, before);
  return noContent();
});

export const { POST, PATCH } = otherMethods(["GET", "PUT", "DELETE"]);
