"use client";
// A client's transcript sync, polled every second while a run is going and slowly otherwise.
import useSWR from "swr";
import type { SyncStatus } from "@/lib/transcripts/sync/status";
import { swrFetcher } from "./fetcher";

export const syncStatusKey = (clientId: string) => `/api/clients/${clientId}/sync`;

export function useSyncStatus(clientId: string, fallbackData: SyncStatus) {
  return useSWR<SyncStatus>(syncStatusKey(clientId), swrFetcher, {
    fallbackData,
    refreshInterval: (latest) => (latest?.state === "running" ? 1_000 : 15_000),
    revalidateOnFocus: true,
  });
}
