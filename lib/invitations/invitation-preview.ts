// What the public invitation page may show for a token: the agency, role and inviter of an open
// invitation; for a closed one only why it cannot be used. An unknown token shows nothing at all.
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { closedInvitationError, inviterLostRightError } from "./accept-invitation";
import { hashInvitationToken, isInvitationToken } from "./token";

export type InvitationPreview =
  | { state: "invalid" }
  | { state: "closed"; code: string; message: string }
  | { state: "open"; email: string; role: Role; agencyName: string; inviterName: string | null; expiresAt: string; clientNames: string[]; hasAccount: boolean };

export async function previewInvitation(token: string): Promise<InvitationPreview> {
  if (!isInvitationToken(token)) return { state: "invalid" };
  const row = await db().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      agencyId: true, email: true, role: true, clientIds: true, acceptedAt: true, revokedAt: true, expiresAt: true, invitedById: true,
      agency: { select: { name: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  });
  if (!row) return { state: "invalid" };
  const closed = closedInvitationError(row) ?? (await inviterLostRightError(db(), row));
  if (closed) return { state: "closed", code: closed.code, message: closed.message };
  const [clients, account] = await Promise.all([
    db().clientAccount.findMany({ where: { agencyId: row.agencyId, id: { in: row.clientIds } }, select: { name: true }, orderBy: { name: "asc" } }),
    db().user.findUnique({ where: { email: row.email }, select: { id: true } }),
  ]);
  return {
    state: "open",
    email: row.email,
    role: row.role,
    agencyName: row.agency.name,
    inviterName: row.invitedBy ? row.invitedBy.name || row.invitedBy.email : null,
    expiresAt: row.expiresAt.toISOString(),
    clientNames: clients.map((client) => client.name),
    hasAccount: account !== null,
  };
}
