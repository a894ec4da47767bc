// GET /api/clients/:clientId/agents/:agentId/transcripts/:transcriptId — one transcript with its conversation
import { parseWith } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { transcriptParamsSchema } from "@/lib/agents/transcript-schemas";
import { maskUpstreamTranscript } from "@/lib/transcripts/mask-upstream";

type Params = { clientId: string; agentId: string; transcriptId: string };

export const GET = withClient<Params>("transcript:read", async ({ params, upstream, access, client }) => {
  const { agentId, transcriptId } = parseWith(transcriptParamsSchema, params);
  const transcript = await (await upstream()).transcripts.get(agentId, transcriptId);
  return ok(access.maskCallers ? maskUpstreamTranscript(transcript, client.country) : transcript);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
