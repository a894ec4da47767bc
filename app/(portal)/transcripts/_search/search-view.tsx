// The transcript search, shared by the agency-wide page (/transcripts) and a client's Calls tab.
// A server component: the URL is the whole state (bookmark it, share it, open it in another tab),
// the form is a plain GET form, and the live search box only rewrites the URL as people type.
import Link from "next/link";
import type { VisibleClient } from "@/lib/transcripts/visible-clients";
import type { SearchPage } from "@/lib/transcripts/search/search";
import type { TranscriptSearchParams } from "@/lib/transcripts/search-params";
import { ResultList } from "./result-list";
import { SearchFilters, type AgentOption } from "./search-filters";

export interface SearchViewProps {
  /** Where the form submits to (this page's path). */
  action: string;
  clients: VisibleClient[];
  /** Set on a client's Calls tab: the search is that client's only. */
  fixedClientId?: string;
  agents: AgentOption[];
  params: TranscriptSearchParams;
  problems: Record<string, string[]>;
  page: SearchPage | null;
  /** The current query string, for export links and paging. */
  query: URLSearchParams;
  cachedCalls: number;
  /** The person sees callers' numbers masked. */
  maskCallers: boolean;
  /** How many clients the search covers (cachedCalls counts theirs). */
  scopeCount: number;
}

/** The form's own words for the URL's parameters, for messages about them. */
const FIELD_LABELS: Record<string, string> = {
  q: "Search", clientId: "Clients", agentId: "Agent", type: "Call type", outcome: "Outcome", ratingMin: "Rating at least",
  ratingMax: "Rating at most", from: "From", to: "To", durationMin: "Longer than", durationMax: "Shorter than", sort: "Order",
  cursor: "Page", limit: "Page size",
};

function withParam(query: URLSearchParams, name: string, value: string | null): string {
  const next = new URLSearchParams(query);
  next.delete(name);
  if (value !== null) next.set(name, value);
  return next.toString();
}

export function SearchView({ action, clients, fixedClientId, agents, params, problems, page, query, cachedCalls, maskCallers }: SearchViewProps) {
  const exportQuery = new URLSearchParams(query);
  exportQuery.delete("cursor");
  exportQuery.delete("limit");
  if (fixedClientId) exportQuery.set("clientId", fixedClientId);
  const exportHref = (format: "csv" | "json") => `/api/transcripts/export?${withParam(exportQuery, "format", format)}`;
  const filtered = [...query.keys()].some((key) => key !== "sort" && key !== "cursor");
  return (
    <div className="stack transcript-search">
      <SearchFilters action={action} clients={clients} fixedClientId={fixedClientId} agents={agents} params={params} problems={problems} maskCallers={maskCallers} />
      {Object.keys(problems).length > 0 ? (
        <div className="alert warn" role="alert">
          <div>
            <strong>Some filters need attention</strong>
            {Object.entries(problems).map(([field, messages]) => <div key={field} className="small">{FIELD_LABELS[field] ?? field}: {messages[0]?.replace(new RegExp(`^${field} `), "")}</div>)}
            <div className="small"><Link href={action}>Start a new search</Link></div>
          </div>
        </div>
      ) : null}
      {page ? (
        <>
          <div className="row results-bar">
            <span className="muted small" aria-live="polite">{resultsLabel(page, params.cursor !== undefined)}</span>
            <span className="row results-actions">
              {page.items.length > 0 ? <a className="btn small-btn" href={exportHref("csv")} download>Export CSV</a> : null}
              {page.items.length > 0 ? <a className="btn small-btn" href={exportHref("json")} download>Export JSON</a> : null}
            </span>
          </div>
          {page.items.length === 0 ? (
            <EmptyResults cachedCalls={cachedCalls} filtered={filtered} matchedAs={page.matchedAs} action={action} />
          ) : (
            <ResultList items={page.items} clients={clients} showClient={!fixedClientId} />
          )}
          <nav className="row result-pager" aria-label="Result pages">
            {params.cursor ? <Link className="btn small-btn" href={`${action}?${withParam(query, "cursor", null)}`}>← First page</Link> : null}
            {page.nextCursor ? <Link className="btn small-btn" href={`${action}?${withParam(query, "cursor", page.nextCursor)}`}>Next page →</Link> : null}
          </nav>
        </>
      ) : null}
    </div>
  );
}

function resultsLabel(page: SearchPage, later: boolean): string {
  const count = page.items.length;
  const more = page.nextCursor ? "+" : "";
  const calls = count === 1 && !more ? "call" : "calls";
  const what = page.matchedAs === "phone" ? `${calls} from matching numbers` : calls;
  const order = page.sort === "date"
    ? "newest first"
    : page.rankedFrom === "recent-calls" ? "best matches among the newest 2,000 calls (order by newest for all of them)"
    : page.rankedFrom === "newest-matches" ? "best of the newest 200 matches (order by newest for all of them)"
    : "best matches first";
  return count === 0 ? "" : `${later ? "More: " : ""}${count}${more} ${what}, ${order}`;
}

function EmptyResults({ cachedCalls, filtered, matchedAs, action }: { cachedCalls: number; filtered: boolean; matchedAs: SearchPage["matchedAs"]; action: string }) {
  if (cachedCalls === 0) {
    return (
      <div className="card"><div className="empty">
        <h2>No calls synced yet</h2>
        <p>Calls are copied from OnCallClerk in the background, and on a client&apos;s Calls tab with “Sync now”. They appear here as soon as the first sync has run.</p>
      </div></div>
    );
  }
  return (
    <div className="card"><div className="empty">
      <h2>{matchedAs === "hidden_number" ? "Callers' numbers are hidden for your role" : "No call matches"}</h2>
      <p>
        {matchedAs === "hidden_number"
          ? "Your agency shows callers' numbers masked to your role, so searches cannot contain numbers (three or more digits in a row). Search for words from the call instead."
          : matchedAs === "unsearchable"
          ? "That search has no words to look for. Try a word from the conversation, a caller's number or an email address."
          : filtered ? "Nothing matches this search and these filters. Try fewer words, another spelling or a wider date range." : "There are no calls here yet."}
      </p>
      {filtered ? <Link className="btn" href={action}>Clear the search</Link> : null}
    </div></div>
  );
}
