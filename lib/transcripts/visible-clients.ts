// Which client accounts' transcripts a person may see: the one question every transcript search,
// export and analytics view asks first. The clients they see (every client, their assignments, or a
// client user's one client), where they may read transcripts.
import { can } from "@/lib/auth/permissions";
import type { AgencyContext } from "@/lib/auth/agency";
import { visibleClientWhere } from "@/lib/clients/service";
import { db } from "@/lib/db/client";

export interface VisibleClient {
  id: string;
  name: string;
  timeZone: string;
  country: string;
}

export async function visibleClients(context: AgencyContext): Promise<VisibleClient[]> {
  return (await visibleScope(context)).clients;
}

/**
 * The visible clients, and whether they are the whole agency: then a search over all of them needs
 * no client filter (the agency id scopes it, and PostgreSQL plans it far better). When per-client
 * assignments narrow what someone sees, `wholeAgency` must be false for them.
 */
export async function visibleScope(context: AgencyContext): Promise<{ clients: VisibleClient[]; wholeAgency: boolean }> {
  if (!can(context.access, "transcript:read")) return { clients: [], wholeAgency: false };
  const clients = await db().clientAccount.findMany({
    where: visibleClientWhere(context),
    select: { id: true, name: true, timeZone: true, country: true },
    orderBy: { name: "asc" },
  });
  const readable = clients.filter((client) => can(context.access, "transcript:read", client.id));
  return { clients: readable, wholeAgency: context.access.clientIds === null && readable.length === clients.length };
}
