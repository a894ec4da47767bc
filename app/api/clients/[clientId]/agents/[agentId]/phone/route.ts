// POST /api/clients/:clientId/agents/:agentId/phone — assign a number {requestedNumber} (any format) → the full agent
import { parseWith, readJson } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { agentIdParamsSchema } from "@/lib/agents/schemas";
import { assignNumber } from "@/lib/phone/assign-number";
import { assignNumberBodySchema } from "@/lib/phone/schemas";

type Params = { clientId: string; agentId: string };

export const POST = withClient<Params>("number:assign", async ({ request, params, client, upstream }) => {
  const { agentId } = parseWith(agentIdParamsSchema, params);
  const { requestedNumber } = await readJson(request, assignNumberBodySchema(client.country));
  return ok(await assignNumber(await upstream(), agentId, requestedNumber));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
