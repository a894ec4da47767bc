// GET /api/transcripts?q&clientId…&agentId&type…&outcome…&ratingMin&ratingMax&from&to&durationMin&durationMax&sort&cursor&limit
//   — search the cached transcripts of every client the caller may see (or the clients named)
import { ApiError } from "@/lib/api/errors";
import { withAgency, requirePermission } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { clientsInScope } from "@/lib/transcripts/scope";
import { parseSearchParams, toSearchInput } from "@/lib/transcripts/search-params";
import { InvalidCursor, searchTranscripts } from "@/lib/transcripts/search/search";

export const GET = withAgency(async (args) => {
  requirePermission(args, "transcript:read");
  const params = parseSearchParams(new URL(args.request.url).searchParams);
  const scope = await clientsInScope(args, params.clientId);
  try {
    return ok(await searchTranscripts(toSearchInput(args.agency.id, scope, params, args.access)));
  } catch (error) {
    if (error instanceof InvalidCursor) throw new ApiError(400, "validation_failed", error.message, { fieldErrors: { cursor: [error.message] } });
    throw error;
  }
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
