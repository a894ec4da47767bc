"use client";
// One client account (name, key hint, key status) as our API has it now. The client's pages render
// the server's copy first; this keeps it fresh, e.g. after the page itself learned that OnCallClerk
// rejects the key (the layout was rendered before that was known).
import useSWR from "swr";
import { swrFetcher } from "./fetcher";
import type { ClientSummary } from "./use-clients";

export function useClientAccount(initial: ClientSummary) {
  return useSWR<ClientSummary>(`/api/clients/${initial.id}`, swrFetcher, { fallbackData: initial, revalidateOnMount: true });
}
