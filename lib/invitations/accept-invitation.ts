// Accepting an invitation (POST /api/members {token}, or sign-up from the invitation page): one
// transaction that claims the invitation — acceptedAt set only where it is still open, so of two
// simultaneous accepts exactly one wins — and creates the membership with its clients (clients
// deleted since the invitation are skipped). Nothing is claimed when anything fails.
import { ApiError, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { readableAccess } from "@/lib/members/audit-fields";
import { hashInvitationToken, isInvitationToken } from "./token";

export interface AcceptedInvitation {
  agency: { id: string; name: string };
  role: Role;
  membershipId: string;
}

export interface Joiner {
  id: string;
  email: string;
  name: string;
}

const invalidLink = () => notFound("This invitation link is not valid. If it was re-sent, use the newest link.");

type OpenState = { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date; agency: { name: string } };

/** Why an invitation cannot be accepted any more, as the error to answer; null when it can. */
export function closedInvitationError(row: OpenState, now = new Date()): ApiError | null {
  if (row.revokedAt) return new ApiError(410, "invitation_revoked", `This invitation was revoked. Ask ${row.agency.name} for a new one.`);
  if (row.acceptedAt) return new ApiError(409, "invitation_used", "This invitation has already been used. Sign in to open the portal.");
  if (row.expiresAt.getTime() <= now.getTime()) {
    return new ApiError(410, "invitation_expired", `This invitation expired on ${row.expiresAt.toUTCString()}. Ask ${row.agency.name} to re-send it.`);
  }
  return null;
}

/**
 * An invitation is only as good as its sender's right to give that role now: someone removed or
 * demoted after inviting (a second address of their own, say) must not get back in through it.
 */
export async function inviterLostRightError(
  tx: Prisma.TransactionClient | Db,
  row: { agencyId: string; role: Role; invitedById: string | null; agency: { name: string } },
): Promise<ApiError | null> {
  const inviter = row.invitedById
    ? await tx.membership.findUnique({ where: { agencyId_userId: { agencyId: row.agencyId, userId: row.invitedById } }, select: { role: true } })
    : null;
  const mayStill = inviter !== null && can({ role: inviter.role, clientIds: null, clientGrants: [], maskCallers: false }, "member:manage") && (row.role !== "owner" || inviter.role === "owner");
  return mayStill ? null : new ApiError(410, "invitation_revoked", `This invitation no longer holds: the person who sent it can no longer invite for this role. Ask ${row.agency.name} for a new one.`);
}

export async function acceptInvitationIn(
  tx: Prisma.TransactionClient,
  token: string,
  user: Joiner,
  from: { ip: string | null; userAgent: string | null },
): Promise<AcceptedInvitation> {
  if (!isInvitationToken(token)) throw invalidLink();
  const tokenHash = hashInvitationToken(token);
  const row = await tx.invitation.findUnique({
    where: { tokenHash },
    select: {
      id: true, agencyId: true, email: true, role: true, allClients: true, clientIds: true, clientGrants: true,
      acceptedAt: true, revokedAt: true, expiresAt: true, invitedById: true,
      agency: { select: { id: true, name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!row) throw invalidLink();
  const closed = closedInvitationError(row);
  if (closed) throw closed;
  const lostRight = await inviterLostRightError(tx, row);
  if (lostRight) throw lostRight;
  if (row.email !== user.email) {
    throw new ApiError(403, "invitation_wrong_email", `This invitation is for ${row.email}, not ${user.email}. Sign in as ${row.email} to accept it.`);
  }
  const existing = await tx.membership.findFirst({ where: { agencyId: row.agencyId, userId: user.id }, select: { id: true } });
  if (existing) throw new ApiError(409, "conflict", `You are already a member of ${row.agency.name}.`);

  const now = new Date();
  const claimed = await tx.invitation.updateMany({
    where: { id: row.id, tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: user.id },
  });
  if (claimed.count === 0) {
    // Someone got there first (accepted, re-sent, revoked): say which.
    const fresh = await tx.invitation.findUnique({ where: { id: row.id }, select: { tokenHash: true, acceptedAt: true, revokedAt: true, expiresAt: true, agency: { select: { name: true } } } });
    throw (fresh && fresh.tokenHash === tokenHash ? closedInvitationError(fresh) : null) ?? invalidLink();
  }

  const clients = await tx.clientAccount.findMany({ where: { agencyId: row.agencyId, id: { in: row.clientIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  if (row.role === "client_user" && clients.length === 0) {
    throw new ApiError(409, "conflict", `The client this invitation was for is no longer with ${row.agency.name}. Ask for a new invitation.`);
  }
  let membershipId: string;
  try {
    const membership = await tx.membership.create({
      data: {
        agencyId: row.agencyId,
        userId: user.id,
        role: row.role,
        allClients: row.role === "member" || row.role === "viewer" ? row.allClients : row.role !== "client_user",
        clientGrants: row.role === "client_user" ? row.clientGrants : [],
        clients: { create: (row.role === "client_user" ? clients.slice(0, 1) : row.role === "owner" || row.role === "admin" ? [] : clients).map((client) => ({ clientId: client.id, agencyId: row.agencyId })) },
      },
      select: { id: true },
    });
    membershipId = membership.id;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ApiError(409, "conflict", `You are already a member of ${row.agency.name}.`);
    }
    throw error;
  }
  await recordAudit(
    { agencyId: row.agencyId, userId: user.id, name: user.name, email: user.email, ip: from.ip, userAgent: from.userAgent },
    {
      action: "member.join",
      target: { type: "member", id: membershipId, name: user.name || user.email },
      details: { email: user.email, invitationId: row.id, invitedBy: row.invitedBy?.name ?? null, ...readableAccess({ ...row, clients }) },
    },
    tx,
  );
  return { agency: row.agency, role: row.role, membershipId };
}
