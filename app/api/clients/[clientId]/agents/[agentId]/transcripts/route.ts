// GET /api/clients/:clientId/agents/:agentId/transcripts?limit&offset&type&outcome — newest first → array
import { parseWith } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { queryParams } from "@/lib/api/query-params";
import { agentIdParamsSchema } from "@/lib/agents/schemas";
import { TRANSCRIPT_QUERY_PARAMS, transcriptQuerySchema } from "@/lib/agents/transcript-schemas";
import { maskUpstreamTranscript } from "@/lib/transcripts/mask-upstream";

type Params = { clientId: string; agentId: string };

export const GET = withClient<Params>("transcript:read", async ({ request, params, upstream, access, client }) => {
  const { agentId } = parseWith(agentIdParamsSchema, params);
  const query = queryParams(request, transcriptQuerySchema, TRANSCRIPT_QUERY_PARAMS);
  const transcripts = await (await upstream()).transcripts.list(agentId, query);
  return ok(access.maskCallers ? transcripts.map((transcript) => maskUpstreamTranscript(transcript, client.country)) : transcripts);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
