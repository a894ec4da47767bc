"use client";
// The agency's client accounts, for the client switcher. Keyed by URL so `mutate("/api/clients")`
// after adding, renaming or removing a client refreshes every list that shows them.
import useSWR from "swr";
import { swrFetcher } from "./fetcher";

export interface ClientSummary {
  id: string;
  name: string;
  keyHint: string;
  status: string;
}

export const CLIENTS_KEY = "/api/clients";

export function useClients(fallbackData?: ClientSummary[]) {
  return useSWR<ClientSummary[]>(CLIENTS_KEY, swrFetcher, { fallbackData, revalidateOnFocus: true });
}
