// Every client side by side over the same number of days (each counted in its own time zone):
// which receptionists are busiest, capture leads, or hand calls to people.
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { PERIOD_DAYS } from "@/app/(portal)/clients/[clientId]/analytics/period";
import { requirePageAgency } from "@/lib/auth/page-context";
import { can } from "@/lib/auth/permissions";
import { compareClients } from "@/lib/transcripts/analytics";
import { formatDuration } from "@/lib/transcripts/format";
import { visibleClients } from "@/lib/transcripts/visible-clients";

export const metadata: Metadata = { title: "Analytics" };

const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : "—");

export default async function AgencyAnalyticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const context = await requirePageAgency();
  if (!can(context.access, "transcript:read")) forbidden();
  const raw = Number((await searchParams).days);
  const days = (PERIOD_DAYS as readonly number[]).includes(raw) ? raw : 30;
  const clients = await visibleClients(context);
  const rows = await compareClients(context.agency.id, clients.map((client) => client.id), days);
  const busiest = Math.max(1, ...rows.map((row) => row.calls));
  // Rounded per row first, so the header is the sum of the numbers in the table.
  const total = rows.reduce((sum, row) => ({ calls: sum.calls + row.calls, minutes: sum.minutes + Math.round(row.minutes), leads: sum.leads + row.leads }), { calls: 0, minutes: 0, leads: 0 });
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Analytics</h1>
          <p>{total.calls.toLocaleString("en-GB")} calls, {total.minutes.toLocaleString("en-GB")} minutes and {total.leads} leads across {rows.length === 1 ? "1 client" : `${rows.length} clients`} in the last {days} days</p>
        </div>
        <nav className="row segmented" aria-label="Period">
          {PERIOD_DAYS.map((n) => <Link key={n} href={`?days=${n}`} aria-current={n === days ? "page" : undefined}>{n} days</Link>)}
        </nav>
      </div>
      {rows.length === 0 ? (
        <div className="card"><div className="empty"><h2>No clients yet</h2><p>Add a client to see its calls compared with the others here.</p></div></div>
      ) : (
        <div className="card table-wrap">
          <table className="table compare-table">
            <thead>
              <tr>
                <th scope="col">Client</th><th scope="col">Calls</th><th scope="col">Minutes</th><th scope="col">Avg call</th>
                <th scope="col">Leads</th><th scope="col">Escalated</th><th scope="col">Resolved</th><th scope="col">Rating</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.clientId}>
                  <td><Link className="primary" href={`/clients/${row.clientId}/analytics?days=${days}`}>{row.clientName}</Link></td>
                  <td className="nowrap">
                    <div className="inline-bar"><span style={{ width: `${(row.calls / busiest) * 100}%` }} aria-hidden /></div>
                    {row.calls.toLocaleString("en-GB")}
                  </td>
                  <td>{Math.round(row.minutes).toLocaleString("en-GB")}</td>
                  <td className="nowrap">{row.calls > 0 ? formatDuration(Math.round(row.avgDurationSeconds)) : "—"}</td>
                  <td>{row.leads} <span className="faint small">{percent(row.leads, row.calls)}</span></td>
                  <td>{row.escalations} <span className="faint small">{percent(row.escalations, row.calls)}</span></td>
                  <td>{percent(row.resolved, row.calls)}</td>
                  <td>{row.avgRating !== null ? `${row.avgRating.toFixed(1)} ★` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
