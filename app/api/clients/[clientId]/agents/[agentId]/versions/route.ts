// GET /api/clients/:clientId/agents/:agentId/versions?limit&before&include=config — the agent's saved configurations, newest first
import { parseWith } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { queryParams } from "@/lib/api/query-params";
import { ok } from "@/lib/api/respond";
import { agentIdParamsSchema } from "@/lib/agents/schemas";
import { assertAgentExists } from "@/lib/agents/versions/upstream-agent";
import { listVersions } from "@/lib/agents/versions/queries";
import { LIST_QUERY_PARAMS, listVersionsQuerySchema } from "@/lib/agents/versions/schemas";

type Params = { clientId: string; agentId: string };

export const GET = withClient<Params>("agent:read", async ({ request, params, agency, client, upstream }) => {
  const { agentId } = parseWith(agentIdParamsSchema, params);
  const query = queryParams(request, listVersionsQuerySchema, LIST_QUERY_PARAMS);
  const page = await listVersions({ agencyId: agency.id, clientId: client.id, agentId }, { limit: query.limit ?? 50, before: query.before, includeConfig: query.include === "config" });
  // No history yet: an agent OnCallClerk knows has an empty one, an unknown agent is not found.
  if (page.versions.length === 0 && query.before === undefined) await assertAgentExists(await upstream(), agentId);
  return ok(page);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
