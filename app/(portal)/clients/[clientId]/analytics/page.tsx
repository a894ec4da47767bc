// A client's calls over a period, counted in the client's time zone: what an agency shows its
// client to prove the receptionist's value (calls answered, leads captured, escalations).
import type { Metadata } from "next";
import Link from "next/link";
import { DayBars } from "@/app/_components/charts/day-bars";
import { ShareBars } from "@/app/_components/charts/share-bars";
import { requirePageClient } from "@/lib/auth/page-context";
import { clientAnalytics, lastDays } from "@/lib/transcripts/analytics";
import { formatDuration, zoneCity } from "@/lib/transcripts/format";
import { PERIOD_DAYS, periodFromSearch } from "./period";

export const metadata: Metadata = { title: "Analytics" };

const OUTCOME_TONE: Record<string, string> = { "Lead Captured": "ok", Resolved: "ok", Escalated: "warn", "Follow-up Required": "warn", Unresolved: "danger", Cancelled: "danger" };

export default async function ClientAnalyticsPage({ params, searchParams }: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { clientId } = await params;
  const { agency, client } = await requirePageClient(clientId, "transcript:read");
  const zone = client.timeZone;
  const { days, period } = periodFromSearch(await searchParams, (n) => lastDays(n, zone));
  const stats = await clientAnalytics(agency.id, client.id, period);
  const { totals } = stats;
  const callsHref = (extra: string) => `/clients/${client.id}/calls?from=${period.from}&to=${period.to}${extra}`;
  return (
    <div className="stack analytics">
      <div className="row analytics-head">
        <p className="muted small">{period.from} – {period.to}, days in {zoneCity(zone)} time</p>
        <nav className="row segmented" aria-label="Period">
          {PERIOD_DAYS.map((n) => <Link key={n} href={`?days=${n}`} aria-current={n === days ? "page" : undefined}>{n} days</Link>)}
        </nav>
      </div>
      <div className="kpis">
        <Link className="kpi card" href={callsHref("&sort=date")}><span className="kpi-value">{totals.calls.toLocaleString("en-GB")}</span><span className="kpi-label">calls answered</span></Link>
        <div className="kpi card"><span className="kpi-value">{Math.round(totals.minutes).toLocaleString("en-GB")}</span><span className="kpi-label">minutes on the phone</span></div>
        <div className="kpi card"><span className="kpi-value">{formatDuration(Math.round(totals.avgDurationSeconds))}</span><span className="kpi-label">average call</span></div>
        <Link className="kpi card" href={callsHref("&outcome=Lead+Captured&sort=date")}><span className="kpi-value ok">{totals.leads}</span><span className="kpi-label">leads captured</span></Link>
        <Link className="kpi card" href={callsHref("&outcome=Escalated&sort=date")}><span className="kpi-value warn">{totals.escalations}</span><span className="kpi-label">escalations</span></Link>
        <div className="kpi card"><span className="kpi-value">{totals.avgRating !== null ? totals.avgRating.toFixed(1) : "—"}</span><span className="kpi-label">average rating (of 5)</span></div>
      </div>
      <section className="card card-body stack">
        <h2>Calls per day</h2>
        <DayBars data={stats.perDay} label={`Calls per day, ${period.from} to ${period.to}`} />
      </section>
      <div className="grid-2">
        <section className="card card-body stack"><h2>Outcomes</h2><ShareBars rows={stats.outcomes.map((row) => ({ label: row.label, value: row.calls, tone: OUTCOME_TONE[row.label] }))} /></section>
        <section className="card card-body stack"><h2>Call types</h2><ShareBars rows={stats.types.map((row) => ({ label: row.label, value: row.calls }))} /></section>
      </div>
      <section className="card card-body stack">
        <h2>Minutes per agent</h2>
        <ShareBars unit="minutes" format={(value) => `${Math.round(value)} min`} rows={stats.agents.map((agent) => ({ label: agent.agentName ?? agent.agentId, value: agent.minutes }))} />
      </section>
    </div>
  );
}
