// POST /api/clients/:clientId/agents/:agentId/phone — assign a number {requestedNumber} (any format) → the full agent
import { parseWith, readJson } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { agentIdParamsSchema } from "@/lib/agents/schemas";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { assignNumber } from "@/lib/phone/assign-number";
import { assignNumberBodySchema } from "@/lib/phone/schemas";

type Params = { clientId: string; agentId: string };

export const POST = withClient<Params>("number:assign", async (args) => {
  const { request, params, client, upstream } = args;
  const { agentId } = parseWith(agentIdParamsSchema, params);
  const { requestedNumber } = await readJson(request, assignNumberBodySchema(client.country));
  const agent = await assignNumber(await upstream(), agentId, requestedNumber);
  await recordAudit(actorOf(args), {
    action: "number.assign",
    client,
    target: { type: "agent", id: agentId, name: agent.agent_name },
    details: { number: agent.phone_number ?? requestedNumber },
  });
  return ok(agent);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
