// GET /api/clients/:clientId/agents/:agentId — one agent of the client, fetched with its key
import { parseWith } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { agentIdParamsSchema } from "@/lib/agents/schemas";
import { otherMethods } from "@/lib/api/other-methods";

type Params = { clientId: string; agentId: string };

export const GET = withClient<Params>("agent:read", async ({ params, upstream }) => {
  const { agentId } = parseWith(agentIdParamsSchema, params);
  const oncallclerk = await upstream();
  return ok(await oncallclerk.agents.get(agentId));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
