// GET /api/clients/:clientId/agents/:agentId/versions/diff?from&to — the fields that differ between two versions (from's value → to's)
import { parseWith } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { queryParams } from "@/lib/api/query-params";
import { ok } from "@/lib/api/respond";
import { agentIdParamsSchema } from "@/lib/agents/schemas";
import { diffVersions } from "@/lib/agents/versions/queries";
import { DIFF_QUERY_PARAMS, diffQuerySchema } from "@/lib/agents/versions/schemas";

type Params = { clientId: string; agentId: string };

export const GET = withClient<Params>("agent:read", async ({ request, params, agency, client }) => {
  const { agentId } = parseWith(agentIdParamsSchema, params);
  const { from, to } = queryParams(request, diffQuerySchema, DIFF_QUERY_PARAMS);
  return ok(await diffVersions({ agencyId: agency.id, clientId: client.id, agentId }, from, to));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
