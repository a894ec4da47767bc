// Turns a transcript search's clientId list into the clients it may cover: none asked = every
// client the person may see; any asked client they may not see (another agency's, or unknown)
// makes the whole request a 404, exactly like a foreign id anywhere else.
import { notFound } from "@/lib/api/errors";
import type { AgencyContext } from "@/lib/auth/agency";
import { visibleScope, type VisibleClient } from "./visible-clients";

export interface ClientScope {
  clients: VisibleClient[];
  /** Every client of the agency (the search needs no client filter then). */
  wholeAgency: boolean;
}

export async function clientsInScope(context: AgencyContext, requested: string[]): Promise<ClientScope> {
  const visible = await visibleScope(context);
  if (requested.length === 0) return visible;
  const byId = new Map(visible.clients.map((client) => [client.id, client]));
  const chosen = [...new Set(requested)].map((id) => byId.get(id));
  if (chosen.some((client) => client === undefined)) throw notFound("No such client");
  return { clients: chosen as VisibleClient[], wholeAgency: false };
}
