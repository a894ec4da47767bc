"use client";
// The voices a client's agents can use. Pages pass the server's copy as fallback; when the server
// could not read them, the hook fetches them itself (and "Try again" revalidates).
import useSWR from "swr";
import type { Voice } from "@/lib/oncallclerk/schemas/voices";
import { swrFetcher } from "./fetcher";

export const voicesKey = (clientId: string) => `/api/clients/${clientId}/voices`;

export function useVoices(clientId: string, initial: Voice[] | null) {
  return useSWR<Voice[]>(voicesKey(clientId), swrFetcher, {
    ...(initial && initial.length > 0 ? { fallbackData: initial } : {}),
    revalidateOnFocus: false,
    revalidateIfStale: !initial || initial.length === 0,
  });
}
