// POST /api/invitations/:invitationId/resend — a new link and a new 7-day expiry; the old link dies (member:manage)
import { notFound } from "@/lib/api/errors";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { actorOf } from "@/lib/audit/record";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { invitationIdSchema } from "@/lib/invitations/schemas";

export const POST = withAgency<{ invitationId: string }>(async (args) => {
  requirePermission(args, "member:manage");
  const id = invitationIdSchema.safeParse(args.params.invitationId);
  if (!id.success) throw notFound("No such invitation");
  return ok(await resendInvitation(args, actorOf(args), id.data, args.request));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
