// DELETE /api/invitations/{id}: the link stops working at once. Revoking a revoked invitation changes
// nothing; an accepted one is a membership now (remove the member instead).
import { ApiError, notFound } from "@/lib/api/errors";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db/client";

export async function revokeInvitation(agencyId: string, actor: AuditActor, invitationId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { id: invitationId, agencyId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const row = await tx.invitation.findFirst({ where: { id: invitationId, agencyId }, select: { id: true, email: true, role: true, acceptedAt: true } });
    if (!row) throw notFound("No such invitation");
    if (revoked.count === 0) {
      if (row.acceptedAt) throw new ApiError(409, "invitation_used", `${row.email} already accepted this invitation. Remove the member instead.`);
      return; // already revoked
    }
    await recordAudit(actor, { action: "member.invite_revoke", target: { type: "invitation", id: row.id, name: row.email }, details: { email: row.email, role: ROLE_LABELS[row.role] } }, tx);
  });
}
