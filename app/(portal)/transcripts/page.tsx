// Every call of every client the person may see, searchable at once ("did anyone call about a
// leak last Tuesday?"). The URL holds the whole search.
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requirePageAgency } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { loadSearch } from "./_search/load-search";
import { SearchView } from "./_search/search-view";

export const metadata: Metadata = { title: "Calls" };

export default async function TranscriptsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requirePageAgency();
  if (!can(context.access, "transcript:read")) {
    forbidden();
  }
  const view = await loadSearch(context, await searchParams, "/transcripts");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Calls</h1>
          <p>
            {view.clients.length === 0
              ? "No client businesses yet"
              : `${view.cachedCalls.toLocaleString("en-GB")} calls of ${view.scopeCount === 1 ? "1 client" : `${view.scopeCount} clients`}${view.scopeCount < view.clients.length ? ` (of ${view.clients.length})` : ""}, searchable at once`}
          </p>
        </div>
      </div>
      <SearchView {...view} />
    </>
  );
}
