// POST /api/bulk/agents/apply — {targets: [{clientId, agentId, updatedAt?}], change} → per agent applied | unchanged | failed (with OnCallClerk's reason)
import { readJson } from "@/lib/api/body";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { actorOf } from "@/lib/audit/record";
import { applyBulkChange } from "@/lib/bulk/apply";
import { BULK_BODY_LIMIT_BYTES, bulkApplyBodySchema } from "@/lib/bulk/bulk-schemas";

// 200 with every agent's outcome even when some failed: a partial failure is an answer, not an error.
export const POST = withAgency(async (args) => {
  const { request, agency, access } = args;
  requirePermission({ access }, "agent:update");
  const body = await readJson(request, bulkApplyBodySchema, BULK_BODY_LIMIT_BYTES);
  return ok(await applyBulkChange({ agency, access }, body, actorOf(args)));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
