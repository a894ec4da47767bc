"use client";
// Phone numbers of a client: its agents' current numbers and OnCallClerk's available numbers.
// Keys are our API's URLs, so `mutate` on an agents URL (here or on the agent pages) refreshes
// every view of those agents.
import useSWR, { mutate } from "swr";
import type { Agent } from "@/lib/oncallclerk";
import type { ShownNumber } from "@/lib/phone/search-schemas";
import { swrFetcher } from "./fetcher";

export interface NumberSearch {
  country: string;
  areaCode: string;
  contains: string;
  pageSize: number;
  page: number;
}

export interface AvailableNumbersResult {
  numbers: ShownNumber[];
  page: number;
  pageSize: number;
  country: string;
  bundleRequired: boolean;
}

export const agentsKey = (clientId: string) => `/api/clients/${clientId}/agents`;

export function availableNumbersKey(clientId: string, search: NumberSearch): string {
  const query = new URLSearchParams({ country: search.country, pageSize: String(search.pageSize), page: String(search.page) });
  if (search.areaCode.trim() !== "") query.set("areaCode", search.areaCode.trim());
  if (search.contains.trim() !== "") query.set("contains", search.contains.trim());
  return `/api/clients/${clientId}/phone-numbers/available?${query.toString()}`;
}

/** The client's agents (id, name, number), server-rendered first. */
export function useAgentNumbers(clientId: string, fallbackData: Agent[]) {
  return useSWR<Agent[]>(agentsKey(clientId), swrFetcher, { fallbackData, revalidateOnMount: false });
}

/** One page of available numbers; the previous page stays on screen while the next one loads. */
export function useAvailableNumbers(clientId: string, search: NumberSearch | null) {
  return useSWR<AvailableNumbersResult>(search ? availableNumbersKey(clientId, search) : null, swrFetcher, {
    keepPreviousData: true,
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
}

/** After a number changed hands: every agent view of the client, and every search (the number is gone). */
export async function revalidateAfterAssignment(clientId: string): Promise<void> {
  const agents = agentsKey(clientId);
  const search = `/api/clients/${clientId}/phone-numbers/available`;
  await mutate((key) => typeof key === "string" && (key === agents || key.startsWith(`${agents}/`) || key.startsWith(search)));
}
