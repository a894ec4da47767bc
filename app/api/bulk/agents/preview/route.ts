// POST /api/bulk/agents/preview — {targets: [{clientId, agentId}], change} → each agent's touched fields before → after (nothing is written)
import { readJson } from "@/lib/api/body";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { BULK_BODY_LIMIT_BYTES, bulkPreviewBodySchema } from "@/lib/bulk/bulk-schemas";
import { previewBulkChange } from "@/lib/bulk/preview";

export const POST = withAgency(async ({ request, agency, access }) => {
  // Checked before the body is read: a preview is the first step of a change, so it needs the same right.
  requirePermission({ access }, "agent:update");
  const body = await readJson(request, bulkPreviewBodySchema, BULK_BODY_LIMIT_BYTES);
  return ok(await previewBulkChange({ agency, access }, body));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
