// The audit log: who changed what, when and from where, for the clients the reader may see (the
// whole agency for owners and admins). The URL holds the filters, so a view can be bookmarked,
// shared and downloaded as CSV with the same filters.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAction } from "@/lib/auth/page-context";
import { AuditEventList } from "./audit-event-list";
import { AuditFilters } from "./audit-filters";
import { loadAuditPage } from "./load-audit";

export const metadata: Metadata = { title: "Audit log" };

const FIELD_LABELS: Record<string, string> = { clientId: "Client", actor: "Person", action: "Action", from: "From", to: "To", cursor: "Page" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requirePageAction("audit:read");
  const data = await loadAuditPage(context, await searchParams);
  const { page, problems, filters, query } = data;
  const filtered = [...filters.keys()].length > 0;
  const exportHref = `/api/audit/export${filters.size ? `?${filters}` : ""}`;
  const olderHref = page?.nextCursor ? `/audit?${new URLSearchParams([...filters, ["cursor", page.nextCursor]])}` : null;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Audit log</h1>
          <p>{data.wholeAgency ? `Every change made through the portal in ${context.agency.name}, and every sign-in` : "Every change made through the portal to the clients you work on, and your own sign-ins"}</p>
        </div>
      </div>
      <div className="stack audit">
        <AuditFilters key={filters.toString()} data={data} />
        {Object.keys(problems).length > 0 ? (
          <div className="alert warn" role="alert">
            <div>
              <strong>Some filters need attention</strong>
              {Object.entries(problems).map(([field, messages]) => <div key={field} className="small">{FIELD_LABELS[field] ?? field}: {messages[0]}</div>)}
              <div className="small"><Link href="/audit">Show the newest events</Link></div>
            </div>
          </div>
        ) : null}
        {page ? (
          <>
            {page.items.length > 0 ? (
              <div className="row results-bar">
                <span className="muted small" aria-live="polite">
                  {`${query.cursor ? "Older: " : ""}${page.items.length}${page.nextCursor ? "+" : ""} ${page.items.length === 1 && !page.nextCursor ? "event" : "events"}, newest first · times in UTC`}
                </span>
                <a className="btn small-btn" href={exportHref} download>Download CSV</a>
              </div>
            ) : null}
            {page.items.length === 0 ? <EmptyLog filtered={filtered || query.cursor !== undefined} /> : <AuditEventList items={page.items} />}
            <nav className="row result-pager" aria-label="Audit log pages">
              {query.cursor ? <Link className="btn small-btn" href={`/audit${filters.size ? `?${filters}` : ""}`}>← Newest</Link> : null}
              {olderHref ? <Link className="btn small-btn" href={olderHref}>Older →</Link> : null}
            </nav>
          </>
        ) : null}
      </div>
    </>
  );
}

function EmptyLog({ filtered }: { filtered: boolean }) {
  return (
    <div className="card">
      <div className="empty">
        <h2>{filtered ? "No events match" : "Nothing recorded yet"}</h2>
        <p>
          {filtered
            ? "No change matches these filters. Try another person or action, or a wider date range."
            : "Changes to clients, agents, numbers, accounts and people appear here as soon as someone makes them, with who, when and from where."}
        </p>
        {filtered ? <Link className="btn" href="/audit">Clear the filters</Link> : null}
      </div>
    </div>
  );
}
