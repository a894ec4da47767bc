// GET /api/transcripts/:transcriptId — one cached transcript with its whole conversation
import { notFound } from "@/lib/api/errors";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { findTranscript } from "@/lib/transcripts/detail";
import { visibleClients } from "@/lib/transcripts/visible-clients";

export const GET = withAgency<{ transcriptId: string }>(async (args) => {
  requirePermission(args, "transcript:read");
  const clients = await visibleClients(args);
  const transcript = await findTranscript(args.agency.id, clients.map((client) => client.id), args.params.transcriptId, args.access);
  if (!transcript) throw notFound("No such transcript");
  return ok(transcript);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
