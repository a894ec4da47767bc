// The server side of the search pages: the URL's parameters checked, the clients in scope
// (another agency's id is a 404 page), and the page of results.
import { notFound } from "next/navigation";
import type { AgencyContext } from "@/lib/auth/agency";
import { db } from "@/lib/db/client";
import { readSearchParams, toSearchInput, type TranscriptSearchParams } from "@/lib/transcripts/search-params";
import { InvalidCursor, searchTranscripts, type SearchPage } from "@/lib/transcripts/search/search";
import { visibleScope } from "@/lib/transcripts/visible-clients";
import type { SearchViewProps } from "./search-view";

type RawParams = Record<string, string | string[] | undefined>;

export function toUrlSearchParams(raw: RawParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) if (item !== "") query.append(name, item);
  }
  return query;
}

const EMPTY_PARAMS: TranscriptSearchParams = { clientId: [], type: [], outcome: [] };

export async function loadSearch(context: AgencyContext, raw: RawParams, action: string, fixedClientId?: string): Promise<SearchViewProps> {
  const query = toUrlSearchParams(raw);
  const { clients, wholeAgency } = await visibleScope(context);
  if (fixedClientId) {
    query.delete("clientId"); // the tab's own client, whatever the URL says
    if (!clients.some((client) => client.id === fixedClientId)) notFound();
  }
  const { params, problems } = readSearchParams(query);
  const chosen = fixedClientId ? [fixedClientId] : params?.clientId.length ? params.clientId : clients.map((client) => client.id);
  if (chosen.some((id) => !clients.some((client) => client.id === id))) notFound();

  const scope = { agencyId: context.agency.id, clientId: { in: chosen } };
  const [agentRows, cachedCalls] = await Promise.all([
    db().transcriptSyncAgent.findMany({ where: scope, select: { clientId: true, agentId: true, agentName: true }, orderBy: { agentName: "asc" } }),
    db().transcript.count({ where: scope }),
  ]);
  const agents = agentRows.map((agent) => ({ clientId: agent.clientId, agentId: agent.agentId, name: agent.agentName ?? agent.agentId }));

  let page: SearchPage | null = null;
  const shown = params ?? EMPTY_PARAMS;
  if (params) {
    try {
      const scope = { clients: chosen.map((id) => ({ id })), wholeAgency: wholeAgency && !fixedClientId && params.clientId.length === 0 };
      page = await searchTranscripts(toSearchInput(context.agency.id, scope, params, context.access));
    } catch (error) {
      if (!(error instanceof InvalidCursor)) throw error;
      problems.cursor = [error.message];
    }
  }
  return { action, clients, fixedClientId, agents, params: shown, problems, page, query, cachedCalls, scopeCount: chosen.length, maskCallers: context.access.maskCallers };
}
