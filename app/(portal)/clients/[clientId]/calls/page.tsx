// A client's calls: the sync with OnCallClerk (state, progress, "Sync now") and the search over
// this client's cached transcripts.
import type { Metadata } from "next";
import { SearchView } from "@/app/(portal)/transcripts/_search/search-view";
import { loadSearch } from "@/app/(portal)/transcripts/_search/load-search";
import { requirePageClient } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { syncStatus } from "@/lib/transcripts/sync/status";
import { SyncPanel } from "./sync-panel";

export const metadata: Metadata = { title: "Calls" };

export default async function ClientCallsPage({ params, searchParams }: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { clientId } = await params;
  const context = await requirePageClient(clientId, "transcript:read");
  const [view, status] = await Promise.all([
    loadSearch(context, await searchParams, `/clients/${context.client.id}/calls`, context.client.id),
    syncStatus(context.agency.id, context.client.id),
  ]);
  return (
    <div className="stack">
      <SyncPanel clientId={context.client.id} initial={status} canSync={can(context.access, "transcript:sync", context.client.id)} keyRejected={context.client.status === "key_rejected"} />
      <SearchView {...view} />
    </div>
  );
}
