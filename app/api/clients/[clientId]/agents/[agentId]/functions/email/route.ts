// PUT /api/clients/:clientId/agents/:agentId/functions/email — {enabled, params:{permitted_recipients}} → the settings applied
import { parseWith, readJson } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { emailFunctionBodySchema } from "@/lib/agents/email-function";
import { agentIdParamsSchema } from "@/lib/agents/schemas";
import { knownAgentName } from "@/lib/audit/agent-name";
import { actorOf, recordAudit } from "@/lib/audit/record";

type Params = { clientId: string; agentId: string };

export const PUT = withClient<Params>("agent:update", async (args) => {
  const { request, params, agency, client, upstream } = args;
  const { agentId } = parseWith(agentIdParamsSchema, params);
  const input = await readJson(request, emailFunctionBodySchema);
  await (await upstream()).agents.configureEmailFunction(agentId, input);
  await recordAudit(actorOf(args), {
    action: "agent.email_function",
    client,
    target: { type: "agent", id: agentId, name: await knownAgentName(agency.id, client.id, agentId) },
    details: { enabled: input.enabled, permittedRecipients: input.params.permitted_recipients },
  });
  // OnCallClerk answers only {success}; the normalized list is what it now holds.
  return ok(input);
});

export const { GET, POST, PATCH, DELETE } = otherMethods(["PUT"]);
