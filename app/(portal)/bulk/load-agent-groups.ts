// Server side of the bulk page: every client's agents, read with each client's own key (a few
// clients at a time), key health recorded as on every client page. A client whose key fails is a
// group with an error, never a crash of the page. Only what the picker shows reaches the browser.
import type { ClientPageError } from "@/app/_components/upstream-error-state";
import { CLIENT_CONCURRENCY, mapWithLimit } from "@/lib/bulk/targets";
import type { ClientAccountView } from "@/lib/clients/schemas";
import { loadFromUpstream } from "../clients/[clientId]/load-from-upstream";

export interface PickerAgent {
  id: string;
  name: string;
  businessName: string | null;
  phoneNumber: string | null;
  status: string | null;
}

export type AgentGroup = { clientId: string; clientName: string; country: string } & ({ ok: true; agents: PickerAgent[] } | { ok: false; error: ClientPageError });

export async function loadAgentGroups(agencyId: string, clients: ClientAccountView[]): Promise<AgentGroup[]> {
  return mapWithLimit(clients, CLIENT_CONCURRENCY, async (client) => {
    const head = { clientId: client.id, clientName: client.name, country: client.country };
    // The list alone: names are all the picker needs; before/after comes from the preview.
    const loaded = await loadFromUpstream(agencyId, client, (oncallclerk) => oncallclerk.agents.list());
    if (!loaded.ok) return { ...head, ok: false, error: loaded.error };
    const agents = loaded.data.map((agent) => ({
      id: agent.id,
      name: agent.agent_name || "Unnamed agent",
      businessName: agent.business_name ?? null,
      phoneNumber: agent.phone_number ?? null,
      status: agent.status ?? null,
    }));
    return { ...head, ok: true, agents };
  });
}
