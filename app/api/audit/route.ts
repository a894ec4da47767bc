// GET /api/audit?clientId=&actor=&action=&from=&to=&cursor=&limit= — the audit log, newest first
//   (days are UTC; action is e.g. agent.update, or agent for every agent action). Read-only: the
//   log cannot be edited or deleted through the portal, so every other method is a 405.
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { listAuditEvents } from "@/lib/audit/list-events";
import { parseAuditQuery } from "@/lib/audit/query-params";
import { assertClientInScope, auditScope } from "@/lib/audit/scope";

export const GET = withAgency(async (args) => {
  requirePermission(args, "audit:read");
  const query = parseAuditQuery(new URL(args.request.url).searchParams);
  const scope = await auditScope(args);
  if (query.clientId !== undefined) await assertClientInScope(scope, query.clientId);
  return ok(await listAuditEvents(scope, query));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
