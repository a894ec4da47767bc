// Which client accounts' transcripts a person may see: the one question every transcript search,
// export and analytics view asks first. Today that is every client of the agency for anyone who
// may read transcripts; per-client assignments narrow it here, and only here.
import { can } from "@/lib/auth/permissions";
import type { AgencyContext } from "@/lib/auth/agency";
import { db } from "@/lib/db/client";

export interface VisibleClient {
  id: string;
  name: string;
  timeZone: string;
  country: string;
}

export async function visibleClients(context: AgencyContext): Promise<VisibleClient[]> {
  if (!can(context.role, "transcript:read")) return [];
  return db().clientAccount.findMany({
    where: { agencyId: context.agency.id },
    select: { id: true, name: true, timeZone: true, country: true },
    orderBy: { name: "asc" },
  });
}
