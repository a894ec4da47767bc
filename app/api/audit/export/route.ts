// GET /api/audit/export?clientId=&actor=&action=&from=&to= — the filtered audit log as a CSV
//   download (every matching event, newest first, streamed). Read-only like the log itself.
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { auditCsvStream } from "@/lib/audit/export";
import { AUDIT_FILTER_PARAMS, parseAuditQuery } from "@/lib/audit/query-params";
import { assertClientInScope, auditScope } from "@/lib/audit/scope";

export const GET = withAgency(async (args) => {
  requirePermission(args, "audit:read");
  const query = parseAuditQuery(new URL(args.request.url).searchParams, AUDIT_FILTER_PARAMS);
  const scope = await auditScope(args);
  if (query.clientId !== undefined) await assertClientInScope(scope, query.clientId);
  const stream = await auditCsvStream(scope, query);
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log-${stamp}.csv"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
