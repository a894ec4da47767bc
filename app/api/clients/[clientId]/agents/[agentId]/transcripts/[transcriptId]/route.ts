// GET /api/clients/:clientId/agents/:agentId/transcripts/:transcriptId — one transcript with its conversation
import { parseWith } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { transcriptParamsSchema } from "@/lib/agents/transcript-schemas";

type Params = { clientId: string; agentId: string; transcriptId: string };

export const GET = withClient<Params>("transcript:read", async ({ params, upstream }) => {
  const { agentId, transcriptId } = parseWith(transcriptParamsSchema, params);
  return ok(await (await upstream()).transcripts.get(agentId, transcriptId));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
