"use client";
import { useClientAccount } from "@/lib/swr/use-client-account";
import type { ClientSummary } from "@/lib/swr/use-clients";
import { KeyStatusBadge } from "./key-status-badge";

/** The key status badge of a client's header, refreshed after the page's own OnCallClerk calls. */
export function LiveKeyStatusBadge({ client }: { client: ClientSummary }) {
  const { data } = useClientAccount(client);
  return <KeyStatusBadge status={(data ?? client).status} />;
}
