// POST /api/invitations/{id}/resend: a new link with a new 7-day expiry. The old token's hash is
// replaced, so the old link dies in the same write. Works on expired invitations too (that is how
// one is renewed); not on accepted or revoked ones.
import { ApiError, notFound } from "@/lib/api/errors";
import type { Access } from "@/lib/auth/permissions";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { assertMayGrantRole } from "@/lib/members/role-rules";
import { assertNotMember, lockInvitee, type IssuedInvitation } from "./create-invitation";
import { sendInvitationMail } from "./mail";
import { invitationSelect, invitationView } from "./schemas";
import { invitationUrl, newInvitationToken } from "./token";

export async function resendInvitation(
  context: { agency: { id: string; name: string }; access: Access },
  actor: AuditActor,
  invitationId: string,
  request: Request,
): Promise<IssuedInvitation> {
  const agencyId = context.agency.id;
  const issued = newInvitationToken();
  const { invitation, clientNames } = await db().$transaction(async (tx) => {
    const row = await tx.invitation.findFirst({ where: { id: invitationId, agencyId }, select: { ...invitationSelect, acceptedAt: true, revokedAt: true } });
    if (!row) throw notFound("No such invitation");
    // Re-sending issues a working link: the same rule as inviting with that role.
    assertMayGrantRole(context.access, row.role);
    if (row.acceptedAt) throw new ApiError(409, "invitation_used", `${row.email} already accepted this invitation`);
    if (row.revokedAt) throw new ApiError(410, "invitation_revoked", "This invitation was revoked. Invite the person again instead.");
    await lockInvitee(tx, agencyId, row.email);
    await assertNotMember(tx, agencyId, row.email);
    const now = new Date();
    const updated = await tx.invitation.updateMany({
      where: { id: row.id, agencyId, acceptedAt: null, revokedAt: null },
      data: { tokenHash: issued.tokenHash, sentAt: now, expiresAt: issued.expiresAt },
    });
    // Accepted or revoked between our read and this write.
    if (updated.count === 0) throw new ApiError(409, "conflict", "This invitation changed meanwhile. Reload and try again.");
    const fresh = await tx.invitation.findFirstOrThrow({ where: { id: row.id, agencyId }, select: invitationSelect });
    const clients = await tx.clientAccount.findMany({ where: { agencyId, id: { in: fresh.clientIds } }, select: { id: true, name: true } });
    await recordAudit(
      actor,
      { action: "member.invite_resend", target: { type: "invitation", id: row.id, name: row.email }, details: { email: row.email, expiresAt: issued.expiresAt.toISOString() } },
      tx,
    );
    return { invitation: fresh, clientNames: new Map(clients.map((client) => [client.id, client.name])) };
  });
  const url = invitationUrl(issued.token, request);
  const mail = await sendInvitationMail({ to: invitation.email, url, agencyName: context.agency.name, inviterName: actor.name, role: invitation.role, expiresAt: issued.expiresAt });
  return { invitation: invitationView(invitation, clientNames), token: issued.token, url, mail };
}
