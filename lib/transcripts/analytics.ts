// Call analytics from the cache, counted in each client's own time zone: calls per day, outcomes and
// types, durations, minutes per agent, leads and escalations — for one client, or every client of
// the agency side by side. Plain aggregates over (clientId, startedAt), which the index serves.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export interface Period {
  /** Inclusive calendar days (YYYY-MM-DD) in the client's zone. */
  from: string;
  to: string;
}

export interface ClientAnalytics {
  period: Period;
  totals: { calls: number; minutes: number; avgDurationSeconds: number; avgRating: number | null; leads: number; escalations: number; resolved: number };
  perDay: { day: string; calls: number }[];
  outcomes: { label: string; calls: number }[];
  types: { label: string; calls: number }[];
  agents: { agentId: string; agentName: string | null; calls: number; minutes: number }[];
}

export interface ClientComparison {
  clientId: string;
  clientName: string;
  calls: number;
  minutes: number;
  avgDurationSeconds: number;
  avgRating: number | null;
  leads: number;
  escalations: number;
  resolved: number;
}

const LOCAL_DAY = Prisma.sql`(t."startedAt" AT TIME ZONE 'UTC' AT TIME ZONE c."timeZone")::date`;

function inPeriod(period: Period): Prisma.Sql {
  return Prisma.sql`${LOCAL_DAY} BETWEEN ${period.from}::date AND ${period.to}::date
    AND t."startedAt" >= (${period.from}::date - interval '1 day') AND t."startedAt" < (${period.to}::date + interval '2 days')`;
}

// count(t.id), not count(*): in the comparison's LEFT JOIN a client without calls has one empty row.
const TOTALS = Prisma.sql`count(t.id)::int AS calls, coalesce(sum(t."durationSeconds"), 0)::float8 / 60 AS minutes,
  coalesce(avg(t."durationSeconds"), 0)::float8 AS "avgDurationSeconds", avg(t.rating)::float8 AS "avgRating",
  count(*) FILTER (WHERE t.outcome = 'Lead Captured')::int AS leads, count(*) FILTER (WHERE t.outcome = 'Escalated')::int AS escalations,
  count(*) FILTER (WHERE t.outcome = 'Resolved')::int AS resolved`;

/** The last `days` days up to today, in a zone. */
export function lastDays(days: number, timeZone: string, now = new Date()): Period {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  const start = new Date(`${today}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (days - 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

function everyDay(period: Period): string[] {
  const days: string[] = [];
  for (let day = new Date(`${period.from}T00:00:00Z`); day <= new Date(`${period.to}T00:00:00Z`) && days.length < 400; day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

export async function clientAnalytics(agencyId: string, clientId: string, period: Period): Promise<ClientAnalytics> {
  const scope = Prisma.sql`FROM "Transcript" t JOIN "ClientAccount" c ON c.id = t."clientId" WHERE t."agencyId" = ${agencyId} AND t."clientId" = ${clientId} AND ${inPeriod(period)}`;
  const [totals, perDay, outcomes, types, agents] = await Promise.all([
    db().$queryRaw<ClientAnalytics["totals"][]>(Prisma.sql`SELECT ${TOTALS} ${scope}`),
    db().$queryRaw<{ day: Date; calls: number }[]>(Prisma.sql`SELECT ${LOCAL_DAY} AS day, count(*)::int AS calls ${scope} GROUP BY 1`),
    db().$queryRaw<{ label: string; calls: number }[]>(Prisma.sql`SELECT coalesce(t.outcome, 'Unknown') AS label, count(*)::int AS calls ${scope} GROUP BY 1 ORDER BY 2 DESC, 1`),
    db().$queryRaw<{ label: string; calls: number }[]>(Prisma.sql`SELECT coalesce(t.type, 'Unknown') AS label, count(*)::int AS calls ${scope} GROUP BY 1 ORDER BY 2 DESC, 1`),
    db().$queryRaw<ClientAnalytics["agents"]>(Prisma.sql`
      SELECT t."agentId", max(a."agentName") AS "agentName", count(*)::int AS calls, coalesce(sum(t."durationSeconds"), 0)::float8 / 60 AS minutes
      FROM "Transcript" t JOIN "ClientAccount" c ON c.id = t."clientId"
      LEFT JOIN "TranscriptSyncAgent" a ON a."clientId" = t."clientId" AND a."agentId" = t."agentId"
      WHERE t."agencyId" = ${agencyId} AND t."clientId" = ${clientId} AND ${inPeriod(period)}
      GROUP BY t."agentId" ORDER BY minutes DESC`),
  ]);
  const counts = new Map(perDay.map((row) => [row.day.toISOString().slice(0, 10), row.calls]));
  return {
    period,
    totals: totals[0]!,
    perDay: everyDay(period).map((day) => ({ day, calls: counts.get(day) ?? 0 })),
    outcomes,
    types,
    agents,
  };
}

export async function compareClients(agencyId: string, clientIds: string[], days: number): Promise<ClientComparison[]> {
  if (clientIds.length === 0) return [];
  // "The last N days" in each client's own zone.
  const rows = await db().$queryRaw<ClientComparison[]>(Prisma.sql`
    SELECT c.id AS "clientId", c.name AS "clientName", ${TOTALS}
    FROM "ClientAccount" c LEFT JOIN "Transcript" t ON t."clientId" = c.id AND t."agencyId" = c."agencyId"
      AND t."startedAt" >= now() AT TIME ZONE 'UTC' - make_interval(days => ${days + 1})
      AND ${LOCAL_DAY} > (now() AT TIME ZONE c."timeZone")::date - ${days}::int
    WHERE c."agencyId" = ${agencyId} AND c.id = ANY(${clientIds}::text[])
    GROUP BY c.id, c.name ORDER BY c.name`);
  return rows;
}
