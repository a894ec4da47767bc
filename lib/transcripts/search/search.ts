// Searching the transcript cache: PostgreSQL full-text search over summary (weighted higher) and
// conversation, or a caller's number, plus filters, over any set of the agency's clients. Sorted
// by date (newest first) or by relevance; keyset pagination either way.
//
// Relevance ranks the matches among the newest 2,000 calls of the search's scope when at least 30
// of them match; otherwise every match (up to 5,000), or the newest 200 matches of a word common
// long ago. Ranking scores each row, and a word in a third of a million calls would take seconds
// to rank in full; the page says which it did (rankedFrom), and sorting by date covers every
// match. How the calls of a page are found, fast for rare and common words alike, is
// candidates.ts. (npm run bench:search measures it; see BENCHMARKS.md.)
import type { CountryCode } from "libphonenumber-js";
import { looksForNumber, maskNumbersInSnippet, maskPhone } from "@/lib/auth/caller-mask";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { phoneQuery } from "../phone-digits";
import { findCandidates, type CandidatePool } from "./candidates";
import { decodeCursor, encodeCursor, type SearchCursor } from "./cursor";
import { parseSearchQuery } from "./query";
import { HIGHLIGHT_OPTIONS, plainSnippet, snippetHtml } from "./snippet";
import { tsquerySql } from "./tsquery";

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
  /** The person sees callers' numbers masked (lib/auth/caller-mask.ts): nor may they search by them. */
  maskCallers?: boolean;
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
  /**
   * What the text query was taken as: words, a phone number, or nothing searchable; "hidden_number"
   * when it looks for a number and the person sees numbers masked (nothing is searched: finding
   * calls by guessing digits would reveal the numbers the mask hides).
   */
  matchedAs: "text" | "phone" | "none" | "unsearchable" | "hidden_number";
  /** Relevance only: whether every match was ranked, or the recent ones (see candidates.ts). */
  rankedFrom?: CandidatePool;
}

export class InvalidCursor extends Error {
  override name = "InvalidCursor";
}

interface Row {
  id: string;
  clientId: string;
  clientName: string;
  clientCountry: string;
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

/** Where the search looks: the agency, its clients, and the coarse date range (index-friendly). */
function scopeSql(input: SearchInput): Prisma.Sql[] {
  const scope = [Prisma.sql`t."agencyId" = ${input.agencyId}`];
  // With a client list of hundreds, PostgreSQL estimates `= ANY(…)` badly and ANDs in a bitmap of
  // every one of those clients' calls; when the list is the whole agency it says nothing anyway.
  if (!input.wholeAgency) scope.push(input.clientIds.length === 1 ? Prisma.sql`t."clientId" = ${input.clientIds[0]}` : Prisma.sql`t."clientId" = ANY(${input.clientIds}::text[])`);
  // The exact bounds are each client's own midnight (filterSql); zones span ±14 h around these.
  if (input.from) scope.push(Prisma.sql`t."startedAt" >= (${input.from}::date - interval '1 day')`);
  if (input.to) scope.push(Prisma.sql`t."startedAt" < (${input.to}::date + interval '2 days')`);
  return scope;
}

/** A client's time zone from the client joined as `c`, or looked up per call (see filterSql). */
const JOINED_ZONE = Prisma.sql`c."timeZone"`;
const LOOKED_UP_ZONE = Prisma.sql`(SELECT cz."timeZone" FROM "ClientAccount" cz WHERE cz.id = t."clientId")`;

function filterSql(input: SearchInput, zone: Prisma.Sql): Prisma.Sql[] {
  const where = scopeSql(input);
  if (input.agentId) where.push(Prisma.sql`t."agentId" = ${input.agentId}`);
  if (input.types?.length) where.push(Prisma.sql`t."type" = ANY(${input.types}::text[])`);
  if (input.outcomes?.length) where.push(Prisma.sql`t."outcome" = ANY(${input.outcomes}::text[])`);
  if (input.ratingMin !== undefined) where.push(Prisma.sql`t."rating" >= ${input.ratingMin}`);
  if (input.ratingMax !== undefined) where.push(Prisma.sql`t."rating" <= ${input.ratingMax}`);
  if (input.durationMin !== undefined) where.push(Prisma.sql`t."durationSeconds" >= ${input.durationMin}`);
  if (input.durationMax !== undefined) where.push(Prisma.sql`t."durationSeconds" <= ${input.durationMax}`);
  // Each client's own midnight. Word searches look the zone up per call: joined, a misestimated
  // word made PostgreSQL loop over every client for every match (40 ms of nothing at 1M calls);
  // filter-only searches join it, which is cheaper when many calls pass the other filters.
  if (input.from) where.push(Prisma.sql`t."startedAt" >= ((${input.from}::date::timestamp AT TIME ZONE ${zone}) AT TIME ZONE 'UTC')`);
  if (input.to) where.push(Prisma.sql`t."startedAt" < (((${input.to}::date + 1)::timestamp AT TIME ZONE ${zone}) AT TIME ZONE 'UTC')`);
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
  /** The same, for a query that joins the client as `c`. */
  conditionsWithClient: Prisma.Sql | null;
  /** Just the agency, clients and coarse dates, joined by AND (see candidates.ts). */
  scope: Prisma.Sql | null;
  /** Just the full-text or caller condition. */
  matchOnly: Prisma.Sql | null;
}

/** What a search means in SQL; shared by the result pages and the export. */
export function planSearch(input: SearchInput): SearchPlan {
  // Control characters (NUL cannot even reach PostgreSQL) are spaces to a search box.
  const q = (input.q ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  const hidden = Boolean(input.maskCallers && q && looksForNumber(q));
  const phone = q && !hidden ? phoneQuery(q) : null;
  const parsed = q && !phone && !hidden ? parseSearchQuery(q) : [];
  const matchedAs: SearchPage["matchedAs"] = !q ? "none" : hidden ? "hidden_number" : phone ? "phone" : parsed.length > 0 ? "text" : "unsearchable";
  const sort: SearchPage["sort"] = matchedAs === "text" && input.sort !== "date" ? "relevance" : "date";
  if (input.clientIds.length === 0 || matchedAs === "unsearchable" || matchedAs === "hidden_number") {
    return { q, matchedAs, sort, tsq: null, conditions: null, conditionsWithClient: null, scope: null, matchOnly: null };
  }
  const tsq = matchedAs === "text" ? tsquerySql(parsed) : null;
  const matchOnly = tsq
    ? Prisma.sql`t."searchVector" @@ ${tsq}`
    : phone ? Prisma.sql`t."callerDigits" LIKE ${`${phone.anchored ? "" : "%"}${phone.digits}%`}` : null;
  const all = (zone: Prisma.Sql) => Prisma.join([...filterSql(input, zone), ...(matchOnly ? [matchOnly] : [])], " AND ");
  return { q, matchedAs, sort, tsq, conditions: all(LOOKED_UP_ZONE), conditionsWithClient: all(JOINED_ZONE), scope: Prisma.join(scopeSql(input), " AND "), matchOnly };
}

export async function searchTranscripts(input: SearchInput): Promise<SearchPage> {
  const limit = Math.min(Math.max(input.limit ?? DEFAULT_PAGE, 1), 100);
  const { matchedAs, sort, tsq, conditions, conditionsWithClient, scope, matchOnly } = planSearch(input);
  const cursor = readCursor(input.cursor, sort);
  if (!conditions) return EMPTY(sort, matchedAs);

  let page: Prisma.Sql;
  let rankedFrom: CandidatePool | undefined;
  if (matchOnly) {
    const { candidates, pool } = await findCandidates({ conditions, scope: scope!, matchOnly, tsq, sort, cursor, limit });
    if (sort === "relevance") rankedFrom = pool;
    if (candidates.length === 0) return { ...EMPTY(sort, matchedAs), ...(rankedFrom ? { rankedFrom } : {}) };
    page = Prisma.sql`SELECT p.id, p.rank, p.ord FROM unnest(${candidates.map((c) => c.id)}::text[], ${candidates.map((c) => c.rank)}::float8[])
      WITH ORDINALITY AS p(id, rank, ord)`;
  } else {
    // Filters only: no word to guess about, the newest-first plan is always the right one.
    const after = cursor ? Prisma.sql`AND (t."startedAt", t.id) < (${cursor.t}::timestamp, ${cursor.i})` : Prisma.empty;
    page = Prisma.sql`
      SELECT s.id, NULL::float8 AS rank, row_number() OVER () AS ord FROM (
        SELECT t.id FROM "Transcript" t JOIN "ClientAccount" c ON c.id = t."clientId"
        WHERE ${conditionsWithClient} ${after} ORDER BY t."startedAt" DESC, t.id DESC LIMIT ${limit + 1}
      ) s`;
  }
  // Snippets only for the rows of this page (ts_headline is the costly part).
  const headline = (column: string, options: string) =>
    tsq ? Prisma.sql`ts_headline(${Prisma.sql`'english'::regconfig`}, b.${Prisma.raw(`"${column}"`)}, ${tsq}, ${options})` : Prisma.sql`NULL::text`;
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH page AS (${page})
    SELECT t.id, t."clientId", c.name AS "clientName", c.country AS "clientCountry", t."agentId", a."agentName", t."startedAt", t."durationSeconds", t.caller,
      t.type, t.outcome, t.rating, page.rank, b.summary, b."conversationText",
      ${headline("summary", `${HIGHLIGHT_OPTIONS}, HighlightAll=true`)} AS "summaryHeadline",
      ${headline("conversationText", `${HIGHLIGHT_OPTIONS}, MaxFragments=2, MaxWords=18, MinWords=8`)} AS "conversationHeadline"
    FROM page JOIN "Transcript" t ON t.id = page.id JOIN "ClientAccount" c ON c.id = t."clientId"
    JOIN "TranscriptBody" b ON b."transcriptId" = t.id
    LEFT JOIN "TranscriptSyncAgent" a ON a."clientId" = t."clientId" AND a."agentId" = t."agentId"
    ORDER BY page.ord`);

  const items = rows.slice(0, limit).map((row) => (input.maskCallers ? maskHit(toHit(row), row.clientCountry as CountryCode) : toHit(row)));
  const last = rows.length > limit ? items.at(-1) : undefined;
  const nextCursor = last ? encodeCursor({ s: sort, ...(sort === "relevance" ? { r: last.rank ?? 0 } : {}), t: last.startedAt, i: last.id }) : null;
  return { items, nextCursor, sort, matchedAs, ...(rankedFrom ? { rankedFrom } : {}) };
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

/** A hit as a person who sees callers masked gets it: the number, and numbers in the snippets. */
function maskHit(hit: TranscriptHit, country: CountryCode): TranscriptHit {
  return {
    ...hit,
    caller: maskPhone(hit.caller, country),
    summaryHtml: maskNumbersInSnippet(hit.summaryHtml, country),
    conversationHtml: maskNumbersInSnippet(hit.conversationHtml, country),
  };
}
