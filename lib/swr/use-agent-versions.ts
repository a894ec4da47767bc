"use client";
// An agent's history and the diff between two of its versions, keyed under the agent's URL so a
// restore (or any revalidateClient) refreshes them with everything else of the client.
import useSWR from "swr";
import type { VersionDiff, VersionPage } from "@/lib/agents/versions/queries";
import { swrFetcher } from "./fetcher";

export const versionsUrl = (clientId: string, agentId: string) => `/api/clients/${clientId}/agents/${encodeURIComponent(agentId)}/versions`;

/** The newest `limit` versions ("Show older versions" asks for more). */
export function useAgentVersions(clientId: string, agentId: string, limit: number) {
  return useSWR<VersionPage>(`${versionsUrl(clientId, agentId)}?limit=${limit}`, swrFetcher, { revalidateOnFocus: false, keepPreviousData: true });
}

export function useVersionDiff(clientId: string, agentId: string, pair: { from: number; to: number } | null) {
  return useSWR<VersionDiff>(pair ? `${versionsUrl(clientId, agentId)}/diff?from=${pair.from}&to=${pair.to}` : null, swrFetcher, { revalidateOnFocus: false });
}
