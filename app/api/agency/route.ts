// GET   /api/agency — the agency's settings: {id, name, maskCallersFor}
// PATCH /api/agency — {maskCallersFor: Role[]}: the roles that see callers' numbers masked (agency:update)
import { readJson } from "@/lib/api/body";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { getAgencySettings, updateAgencySchema, updateAgencySettings } from "@/lib/agency/settings";
import { actorOf, fieldChanges, recordAudit } from "@/lib/audit/record";
import { ROLE_LABELS } from "@/lib/auth/permissions";

export const GET = withAgency(async ({ agency }) => ok(await getAgencySettings(agency.id)));

export const PATCH = withAgency(async (args) => {
  requirePermission(args, "agency:update");
  const input = await readJson(args.request, updateAgencySchema);
  const { before, after } = await updateAgencySettings(args.agency.id, input);
  // Recorded as people read roles ("Viewer, Client user"), not as stored.
  const readable = (settings: typeof before) => ({ maskCallersFor: settings.maskCallersFor.map((role) => ROLE_LABELS[role]) });
  const changes = fieldChanges(readable(before), readable(after), ["maskCallersFor"]);
  if (changes.length > 0) await recordAudit(actorOf(args), { action: "agency.update", target: { type: "agency", id: after.id, name: after.name }, changes });
  return ok(after);
});

export const { POST, PUT, DELETE } = otherMethods(["GET", "PATCH"]);
