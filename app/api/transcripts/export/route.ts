// GET /api/transcripts/export?format=csv|json&… (the search's own parameters, no cursor/limit)
//   — every call of the search, newest first, streamed as a download
import { validationError } from "@/lib/api/errors";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { exportStream } from "@/lib/transcripts/export";
import { clientsInScope } from "@/lib/transcripts/scope";
import { parseSearchParams, SEARCH_PARAMS, toSearchInput } from "@/lib/transcripts/search-params";

const EXPORT_PARAMS = [...SEARCH_PARAMS.filter((name) => name !== "cursor" && name !== "limit"), "format"];

export const GET = withAgency(async (args) => {
  requirePermission(args, "transcript:read");
  const search = new URL(args.request.url).searchParams;
  const format = search.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") throw validationError({ format: ["format is csv or json"] });
  const withoutFormat = new URLSearchParams([...search].filter(([name]) => name !== "format"));
  if (search.getAll("format").length > 1) throw validationError({ format: ["Give this parameter once"] });
  const params = parseSearchParams(withoutFormat, EXPORT_PARAMS);
  const stream = await exportStream(toSearchInput(args.agency.id, await clientsInScope(args, params.clientId), params, args.access), format);
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
  return new Response(stream, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="transcripts-${stamp}.${format}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
