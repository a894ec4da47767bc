// POST /api/clients/:clientId/agents/:agentId/versions/:version/restore — send OnCallClerk only the fields that differ from that version → restored | unchanged
import { parseWith } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { actorOf } from "@/lib/audit/record";
import { restoreVersion } from "@/lib/agents/versions/restore";
import { versionParamsSchema } from "@/lib/agents/versions/schemas";

type Params = { clientId: string; agentId: string; version: string };

// No body: the version says everything. "Already like that" is an answer (200, status unchanged), not an error.
export const POST = withClient<Params>("agent:update", async (args) => {
  const { params, agency, client, upstream } = args;
  const { agentId, version } = parseWith(versionParamsSchema, params);
  const ref = { agencyId: agency.id, clientId: client.id, agentId };
  return ok(await restoreVersion({ oncallclerk: await upstream(), ref, client, version, actor: actorOf(args) }));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
