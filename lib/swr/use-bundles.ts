"use client";
// A client's regulatory bundles for one country. The numbers page and the bundles page share the
// key, so a bundle created on one unblocks assignment on the other without a reload.
import useSWR, { mutate } from "swr";
import type { RegulatoryBundle } from "@/lib/oncallclerk";
import { swrFetcher } from "./fetcher";

export const bundlesKey = (clientId: string, isoCountry: string) =>
  `/api/clients/${clientId}/phone-numbers/regulatory-bundles/${encodeURIComponent(isoCountry.toUpperCase())}`;

/** `isoCountry` null: nothing to fetch (e.g. the searched country needs no bundle). */
export function useBundles(clientId: string, isoCountry: string | null, fallbackData?: RegulatoryBundle[]) {
  return useSWR<RegulatoryBundle[]>(isoCountry ? bundlesKey(clientId, isoCountry) : null, swrFetcher, {
    // The server just read the list it hands over; fetch again only when there was none.
    ...(fallbackData ? { fallbackData, revalidateOnMount: false } : {}),
  });
}

export function revalidateBundles(clientId: string, isoCountry: string): Promise<unknown> {
  return mutate(bundlesKey(clientId, isoCountry));
}
