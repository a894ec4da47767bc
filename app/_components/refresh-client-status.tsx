"use client";
// Rendered by a client page that has just recorded what OnCallClerk said about the key: tells every
// view of that client (the header's status badge, the switcher) to fetch the status again.
import { useEffect } from "react";
import { mutate } from "swr";
import { CLIENTS_KEY } from "@/lib/swr/use-clients";

export function RefreshClientStatus({ clientId }: { clientId: string }) {
  useEffect(() => {
    void mutate(`/api/clients/${clientId}`);
    void mutate(CLIENTS_KEY);
  }, [clientId]);
  return null;
}
