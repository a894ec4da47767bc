// Which agency a request acts in, and what the person may do there: their membership, re-read from
// the database on every request, so a changed role, assignment or removal applies to the very next one.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Access } from "./permissions";

export const AGENCY_COOKIE = "portal-agency";

export interface AgencyContext {
  agency: { id: string; name: string };
  role: Role;
  membershipId: string;
  access: Access;
}

const membershipSelect = {
  id: true,
  role: true,
  allClients: true,
  clientGrants: true,
  clients: { select: { clientId: true } },
  agency: { select: { id: true, name: true, maskCallersFor: true } },
} satisfies Prisma.MembershipSelect;

type MembershipRow = Prisma.MembershipGetPayload<{ select: typeof membershipSelect }>;

function contextOf(membership: MembershipRow, tokenRole?: Role): AgencyContext {
  const { role } = membership;
  const everyClient = role === "owner" || role === "admin" || ((role === "member" || role === "viewer") && membership.allClients);
  const assigned = membership.clients.map((row) => row.clientId);
  return {
    agency: { id: membership.agency.id, name: membership.agency.name },
    role,
    membershipId: membership.id,
    access: {
      role,
      // A client user sees exactly one client, whatever else is in the table.
      clientIds: everyClient ? null : role === "client_user" ? assigned.slice(0, 1) : assigned,
      clientGrants: role === "client_user" ? membership.clientGrants : [],
      tokenRole,
      // A token capped at a masked role sees what that role sees, whoever made it.
      maskCallers: membership.agency.maskCallersFor.includes(role) || (tokenRole !== undefined && membership.agency.maskCallersFor.includes(tokenRole)),
    },
  };
}

/** The preferred agency when the user belongs to it, else their oldest membership; null if none. */
export async function agencyForUser(userId: string, preferredAgencyId?: string): Promise<AgencyContext | null> {
  const memberships = await db().membership.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: membershipSelect });
  const chosen = memberships.find((m) => m.agency.id === preferredAgencyId) ?? memberships[0];
  return chosen ? contextOf(chosen) : null;
}

/** The user's membership of exactly this agency (an API token's), capped by the token's role. */
export async function agencyForToken(userId: string, agencyId: string, tokenRole: Role): Promise<AgencyContext | null> {
  const membership = await db().membership.findUnique({ where: { agencyId_userId: { agencyId, userId } }, select: membershipSelect });
  return membership ? contextOf(membership, tokenRole) : null;
}

/** Every agency the user belongs to, for the switcher. */
export function agenciesOfUser(userId: string) {
  return db().membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, agency: { select: { id: true, name: true } } },
  });
}
