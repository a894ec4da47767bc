// GET /api/clients/:clientId/agents/:agentId/versions/:version — one saved configuration, with what it changed
import { parseWith } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { getVersion } from "@/lib/agents/versions/queries";
import { versionParamsSchema } from "@/lib/agents/versions/schemas";

type Params = { clientId: string; agentId: string; version: string };

export const GET = withClient<Params>("agent:read", async ({ params, agency, client }) => {
  const { agentId, version } = parseWith(versionParamsSchema, params);
  return ok(await getVersion({ agencyId: agency.id, clientId: client.id, agentId }, version));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
