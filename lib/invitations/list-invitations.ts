// The agency's open invitations (not accepted, not revoked), newest first; expired ones are listed
// as such until someone re-sends or revokes them.
import { db } from "@/lib/db/client";
import { invitationSelect, invitationView, type InvitationView } from "./schemas";

export async function listInvitations(agencyId: string): Promise<InvitationView[]> {
  const rows = await db().invitation.findMany({
    where: { agencyId, acceptedAt: null, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: invitationSelect,
  });
  const ids = [...new Set(rows.flatMap((row) => row.clientIds))];
  const clients = ids.length === 0 ? [] : await db().clientAccount.findMany({ where: { agencyId, id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(clients.map((client) => [client.id, client.name]));
  const now = new Date();
  return rows.map((row) => invitationView(row, names, now));
}
