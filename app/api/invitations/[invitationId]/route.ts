// DELETE /api/invitations/:invitationId — revoke: the link stops working at once (member:manage)
import { notFound } from "@/lib/api/errors";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { noContent } from "@/lib/api/respond";
import { actorOf } from "@/lib/audit/record";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { invitationIdSchema } from "@/lib/invitations/schemas";

export const DELETE = withAgency<{ invitationId: string }>(async (args) => {
  requirePermission(args, "member:manage");
  const id = invitationIdSchema.safeParse(args.params.invitationId);
  if (!id.success) throw notFound("No such invitation");
  await revokeInvitation(args.agency.id, actorOf(args), id.data);
  return noContent();
});

export const { GET, POST, PUT, PATCH } = otherMethods(["DELETE"]);
