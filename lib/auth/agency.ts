// Which agency a request acts in: the person's membership, re-read from the database each time.
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export const AGENCY_COOKIE = "portal-agency";

export interface AgencyContext {
  agency: { id: string; name: string };
  role: Role;
}

/** The preferred agency when the user belongs to it, else their oldest membership; null if none. */
export async function agencyForUser(userId: string, preferredAgencyId?: string): Promise<AgencyContext | null> {
  const memberships = await db().membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, agency: { select: { id: true, name: true } } },
  });
  const chosen = memberships.find((m) => m.agency.id === preferredAgencyId) ?? memberships[0];
  return chosen ? { agency: chosen.agency, role: chosen.role } : null;
}
