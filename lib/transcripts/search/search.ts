// Searching the transcript cache: PostgreSQL full-text search over summary (weighted higher) and
// conversation, or a caller's number, plus filters, over any set of the agency's clients. Sorted
// by date (newest first) or by relevance; keyset pagination either way.
//
// Relevance ranks the newest RELEVANCE_WINDOW matches, not every match: ranking scores each row,
// and a word in a third of a million calls would otherwise take seconds. Finding the newest 200
// matches walks the agency's calls newest first and stops early; ranking all of a common word's
// matches cannot. Where a word has fewer matches, every one is ranked. Older matches are a
// date-sorted search away. (npm run bench:search measures this; see BENCHMARKS.md.)
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { phoneQuery } from "../phone-digits";
import { decodeCursor, encodeCursor, type SearchCursor } from "./cursor";
import { parseSearchQuery } from "./query";
import { HIGHLIGHT_OPTIONS, plainSnippet, snippetHtml } from "./snippet";
import { tsquerySql } from "./tsquery";

export const RELEVANCE_WINDOW = 200;
export const DEFAULT_PAGE = 20;

export interface SearchFilters {
  agentId?: string;
  types?: string[];
  outcomes?: string[];
  ratingMin?: number;
  ratingMax?: number;
  /** Calendar days (YYYY-MM-DD), inclusive, in each client's own time zone. */
  from?: string;
  to?: string;
  durationMin?: number;
  durationMax?: number;
}

export interface SearchInput extends SearchFilters {
  agencyId: string;
  /** The clients the caller may see (already authorized); empty finds nothing. */
  clientIds: string[];
  /** clientIds is every client of the agency: the agency id alone scopes the search. */
  wholeAgency?: boolean;
  q?: string;
  sort?: "relevance" | "date";
  cursor?: string;
  limit?: number;
}

export interface TranscriptHit {
  id: string;
  clientId: string;
  clientName: string;
  agentId: string;
  agentName: string | null;
  startedAt: string;
  durationSeconds: number;
  caller: string | null;
  type: string | null;
  outcome: string | null;
  rating: number | null;
  /** HTML: escaped text, matches in <mark>. */
  summaryHtml: string;
  conversationHtml: string;
  rank: number | null;
}

export interface SearchPage {
  items: TranscriptHit[];
  nextCursor: string | null;
  sort: "relevance" | "date";
  /** What the text query was taken as: words, a phone number, or nothing searchable. */
  matchedAs: "text" | "phone" | "none" | "unsearchable";
}

export class InvalidCursor extends Error {
  override name = "InvalidCursor";
}

interface Row {
  id: string;
  clientId: string;
  clientName: string;
  agentId: string;
  agentName: string | null;
  startedAt: Date;
  durationSeconds: number;
  caller: string | null;
  type: string | null;
  outcome: string | null;
  rating: number | null;
  rank: number | null;
  summary: string;
  conversationText: string;
  summaryHeadline: string | null;
  conversationHeadline: string | null;
}

function filterSql(input: SearchInput): Prisma.Sql[] {
  const where = [Prisma.sql`t."agencyId" = ${input.agencyId}`];
  // With a client list of hundreds, PostgreSQL estimates `= ANY(…)` badly and ANDs in a bitmap of
  // every one of those clients' calls; when the list is the whole agency it says nothing anyway.
  if (!input.wholeAgency) where.push(input.clientIds.length === 1 ? Prisma.sql`t."clientId" = ${input.clientIds[0]}` : Prisma.sql`t."clientId" = ANY(${input.clientIds}::text[])`);
  if (input.agentId) where.push(Prisma.sql`t."agentId" = ${input.agentId}`);
  if (input.types?.length) where.push(Prisma.sql`t."type" = ANY(${input.types}::text[])`);
  if (input.outcomes?.length) where.push(Prisma.sql`t."outcome" = ANY(${input.outcomes}::text[])`);
  if (input.ratingMin !== undefined) where.push(Prisma.sql`t."rating" >= ${input.ratingMin}`);
  if (input.ratingMax !== undefined) where.push(Prisma.sql`t."rating" <= ${input.ratingMax}`);
  if (input.durationMin !== undefined) where.push(Prisma.sql`t."durationSeconds" >= ${input.durationMin}`);
  if (input.durationMax !== undefined) where.push(Prisma.sql`t."durationSeconds" <= ${input.durationMax}`);
  // Each client's own midnight; the coarse bound around it (zones span ±14 h) lets the index help.
  if (input.from) {
    where.push(Prisma.sql`t."startedAt" >= (${input.from}::date - interval '1 day')`);
    where.push(Prisma.sql`t."startedAt" >= ((${input.from}::date::timestamp AT TIME ZONE c."timeZone") AT TIME ZONE 'UTC')`);
  }
  if (input.to) {
    where.push(Prisma.sql`t."startedAt" < (${input.to}::date + interval '2 days')`);
    where.push(Prisma.sql`t."startedAt" < (((${input.to}::date + 1)::timestamp AT TIME ZONE c."timeZone") AT TIME ZONE 'UTC')`);
  }
  return where;
}

function readCursor(raw: string | undefined, sort: SearchPage["sort"]): SearchCursor | null {
  if (!raw) return null;
  const cursor = decodeCursor(raw);
  if (!cursor || cursor.s !== sort || (sort === "relevance" && cursor.r === undefined)) throw new InvalidCursor("This page link has expired; start the search again");
  return cursor;
}

const EMPTY = (sort: SearchPage["sort"], matchedAs: SearchPage["matchedAs"]): SearchPage => ({ items: [], nextCursor: null, sort, matchedAs });

export interface SearchPlan {
  q: string;
  matchedAs: SearchPage["matchedAs"];
  sort: SearchPage["sort"];
  /** The tsquery of a text search (null otherwise). */
  tsq: Prisma.Sql | null;
  /** Every condition of the search, joined by AND; null when nothing can match. */
  conditions: Prisma.Sql | null;
}

/** What a search means in SQL; shared by the result pages and the export. */
export function planSearch(input: SearchInput): SearchPlan {
  // Control characters (NUL cannot even reach PostgreSQL) are spaces to a search box.
  const q = (input.q ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  const phone = q ? phoneQuery(q) : null;
  const parsed = q && !phone ? parseSearchQuery(q) : [];
  const matchedAs: SearchPage["matchedAs"] = !q ? "none" : phone ? "phone" : parsed.length > 0 ? "text" : "unsearchable";
  const sort: SearchPage["sort"] = matchedAs === "text" && input.sort !== "date" ? "relevance" : "date";
  if (input.clientIds.length === 0 || matchedAs === "unsearchable") return { q, matchedAs, sort, tsq: null, conditions: null };
  const tsq = matchedAs === "text" ? tsquerySql(parsed) : null;
  const where = filterSql(input);
  if (tsq) where.push(Prisma.sql`t."searchVector" @@ ${tsq}`);
  if (phone) where.push(Prisma.sql`t."callerDigits" LIKE ${`${phone.anchored ? "" : "%"}${phone.digits}%`}`);
  return { q, matchedAs, sort, tsq, conditions: Prisma.join(where, " AND ") };
}

export async function searchTranscripts(input: SearchInput): Promise<SearchPage> {
  const limit = Math.min(Math.max(input.limit ?? DEFAULT_PAGE, 1), 100);
  const { matchedAs, sort, tsq, conditions } = planSearch(input);
  const cursor = readCursor(input.cursor, sort);
  if (!conditions) return EMPTY(sort, matchedAs);

  let page: Prisma.Sql;
  if (sort === "relevance") {
    const after = cursor ? Prisma.sql`WHERE (r.rank, r."startedAt", r.id) < (${cursor.r!}::float8, ${cursor.t}::timestamp, ${cursor.i})` : Prisma.empty;
    page = Prisma.sql`
      WITH recent AS MATERIALIZED (
        SELECT t.id, t."startedAt" FROM "Transcript" t JOIN "ClientAccount" c ON c.id = t."clientId"
        WHERE ${conditions} ORDER BY t."startedAt" DESC, t.id DESC LIMIT ${RELEVANCE_WINDOW}
      ), r AS (
        SELECT recent.id, recent."startedAt", ts_rank(t."searchVector", ${tsq!})::float8 AS rank
        FROM recent JOIN "Transcript" t ON t.id = recent.id
      )
      SELECT r.id, r.rank FROM r ${after} ORDER BY r.rank DESC, r."startedAt" DESC, r.id DESC LIMIT ${limit + 1}`;
  } else {
    const after = cursor ? Prisma.sql`AND (t."startedAt", t.id) < (${cursor.t}::timestamp, ${cursor.i})` : Prisma.empty;
    page = Prisma.sql`
      SELECT t.id, NULL::float8 AS rank FROM "Transcript" t JOIN "ClientAccount" c ON c.id = t."clientId"
      WHERE ${conditions} ${after} ORDER BY t."startedAt" DESC, t.id DESC LIMIT ${limit + 1}`;
  }
  // Snippets only for the rows of this page (ts_headline is the costly part).
  const headline = (column: string, options: string) =>
    tsq ? Prisma.sql`ts_headline(${Prisma.sql`'english'::regconfig`}, t.${Prisma.raw(`"${column}"`)}, ${tsq}, ${options})` : Prisma.sql`NULL::text`;
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH page AS (${page})
    SELECT t.id, t."clientId", c.name AS "clientName", t."agentId", a."agentName", t."startedAt", t."durationSeconds", t.caller,
      t.type, t.outcome, t.rating, page.rank, t.summary, t."conversationText",
      ${headline("summary", `${HIGHLIGHT_OPTIONS}, HighlightAll=true`)} AS "summaryHeadline",
      ${headline("conversationText", `${HIGHLIGHT_OPTIONS}, MaxFragments=2, MaxWords=18, MinWords=8`)} AS "conversationHeadline"
    FROM page JOIN "Transcript" t ON t.id = page.id JOIN "ClientAccount" c ON c.id = t."clientId"
    LEFT JOIN "TranscriptSyncAgent" a ON a."clientId" = t."clientId" AND a."agentId" = t."agentId"
    ORDER BY page.rank DESC NULLS LAST, t."startedAt" DESC, t.id DESC`);

  const items = rows.slice(0, limit).map(toHit);
  const last = rows.length > limit ? items.at(-1) : undefined;
  const nextCursor = last ? encodeCursor({ s: sort, ...(sort === "relevance" ? { r: last.rank ?? 0 } : {}), t: last.startedAt, i: last.id }) : null;
  return { items, nextCursor, sort, matchedAs };
}

function toHit(row: Row): TranscriptHit {
  const conversationHighlighted = row.conversationHeadline?.includes("\u0001") ?? false;
  const searchedText = row.conversationHeadline !== null;
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: row.clientName,
    agentId: row.agentId,
    agentName: row.agentName,
    startedAt: row.startedAt.toISOString(),
    durationSeconds: row.durationSeconds,
    caller: row.caller,
    type: row.type,
    outcome: row.outcome,
    rating: row.rating,
    rank: row.rank,
    summaryHtml: row.summaryHeadline !== null ? snippetHtml(row.summaryHeadline) : plainSnippet(row.summary),
    // Without a match in the conversation, its opening is more telling than a random fragment; and
    // when nothing was searched for, the summary says it all.
    conversationHtml: conversationHighlighted ? snippetHtml(row.conversationHeadline!) : searchedText ? plainSnippet(row.conversationText, 160) : "",
  };
}
