// Which calls make up a page of a search, found in a way that stays fast whatever the word.
//
// PostgreSQL's choice between "read every match from the full-text index, then sort" (right for rare
// words) and "walk the calls newest first until enough match" (right for common ones) rests on its
// estimate of how common a word is, and for the long tail of words it keeps no statistics on (and
// for every prefix) that estimate is a guess: at 1M calls, one wrong guess took 3 s. So we decide
// by looking instead:
//   1. Read the newest RECENT_CALLS calls of the search's scope (an index walk of a few ms) and keep
//      the matches. Enough of them (a page by date; ENOUGH_TO_RANK by relevance) → done.
//   2. Otherwise the word is rare among recent calls: ask the full-text index for every match (up
//      to MATCH_CAP), and sort or rank them exactly.
//   3. More than that (a word common long ago, rare lately): walk newest first until enough match.
// `npm run bench:search` measures the three; BENCHMARKS.md has the numbers.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchCursor } from "./cursor";

export const RECENT_CALLS = 2000;
/** Relevance over the recent calls needs this many matches there; fewer, and every match is ranked. */
export const ENOUGH_TO_RANK = 30;
export const MATCH_CAP = 5000;
/** In step 3, relevance ranks the newest this many matches. */
export const RELEVANCE_WINDOW = 200;

/**
 * What a relevance-sorted page was chosen from: the matches among the scope's newest RECENT_CALLS
 * calls, every match, or the newest RELEVANCE_WINDOW matches. (By date, every page is exact.)
 */
export type CandidatePool = "recent-calls" | "all-matches" | "newest-matches";

export interface Candidate {
  id: string;
  startedAt: Date;
  rank: number | null;
}

/** Step 3 only: the newest-first walk, whatever the planner thinks of the word. */
function newestFirst<T>(query: Prisma.Sql): Promise<T[]> {
  return db().$transaction(async (tx) => {
    // SET LOCAL lasts until the end of this transaction: no bitmap or sort plan may be chosen.
    await tx.$queryRawUnsafe("SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true), set_config('enable_sort', 'off', true)");
    return tx.$queryRaw<T[]>(query);
  });
}

const byDate = (a: Candidate, b: Candidate) => b.startedAt.getTime() - a.startedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const byRank = (a: Candidate, b: Candidate) => (b.rank ?? 0) - (a.rank ?? 0) || byDate(a, b);

function afterRankCursor(candidate: Candidate, cursor: SearchCursor): boolean {
  const at = Date.parse(cursor.t);
  const rank = candidate.rank ?? 0;
  if (rank !== cursor.r) return rank < cursor.r!;
  if (candidate.startedAt.getTime() !== at) return candidate.startedAt.getTime() < at;
  return candidate.id < cursor.i;
}

function pageOf(pool: Candidate[], sort: "relevance" | "date", cursor: SearchCursor | null, limit: number): Candidate[] {
  if (sort === "date") return pool.sort(byDate).slice(0, limit + 1);
  const ranked = pool.sort(byRank);
  return (cursor ? ranked.filter((candidate) => afterRankCursor(candidate, cursor)) : ranked).slice(0, limit + 1);
}

/**
 * The next `limit + 1` calls of a text or number search (one more than a page, to know whether
 * another page follows), in the search's order. `conditions` is the whole search, `scope` the
 * part of it that says where to look (agency, clients, coarse dates).
 */
export async function findCandidates(opts: {
  conditions: Prisma.Sql;
  scope: Prisma.Sql;
  /** The full-text or caller condition alone. */
  matchOnly: Prisma.Sql;
  tsq: Prisma.Sql | null;
  sort: "relevance" | "date";
  cursor: SearchCursor | null;
  limit: number;
}): Promise<{ candidates: Candidate[]; pool: CandidatePool }> {
  const { conditions, scope, matchOnly, tsq, sort, cursor, limit } = opts;
  const rank = sort === "relevance" && tsq ? Prisma.sql`ts_rank(t."searchVector", ${tsq})::float8` : Prisma.sql`NULL::float8`;
  const keyset = sort === "date" && cursor ? Prisma.sql`AND (t."startedAt", t.id) < (${cursor.t}::timestamp, ${cursor.i})` : Prisma.empty;

  // 1. The newest calls of the scope, then the matches among them (the LIMIT inside bounds the walk).
  const walk = Prisma.sql`SELECT * FROM "Transcript" t WHERE ${scope} ${keyset} ORDER BY t."startedAt" DESC, t.id DESC LIMIT ${RECENT_CALLS}`;
  const recent = await db().$queryRaw<Candidate[]>(Prisma.sql`
    SELECT t.id, t."startedAt", ${rank} AS rank FROM (${walk}) t WHERE ${conditions}`);
  if (recent.length >= (sort === "date" ? limit + 1 : ENOUGH_TO_RANK)) {
    return { candidates: pageOf(recent, sort, cursor, limit), pool: sort === "relevance" && (await wholeScopeRead(scope)) ? "all-matches" : "recent-calls" };
  }

  // 2. Rare lately: every match, from the full-text (or caller-digits) index alone. OFFSET 0 keeps
  // the index question on its own, so PostgreSQL does not AND in a bitmap of the agency's every call.
  const indexed = Prisma.sql`(SELECT * FROM "Transcript" t WHERE ${matchOnly} OFFSET 0) t`;
  const matches = await db().$queryRaw<Candidate[]>(Prisma.sql`
    SELECT t.id, t."startedAt", ${rank} AS rank FROM ${indexed} WHERE ${conditions} ${keyset} LIMIT ${MATCH_CAP + 1}`);
  if (matches.length <= MATCH_CAP) return { candidates: pageOf(matches, sort, cursor, limit), pool: "all-matches" };

  const from = Prisma.sql`FROM "Transcript" t WHERE ${conditions} ${keyset}`;
  // 3. Common long ago: newest first until enough match.
  const take = sort === "date" ? limit + 1 : RELEVANCE_WINDOW;
  const newest = await newestFirst<Candidate>(Prisma.sql`SELECT t.id, t."startedAt", ${rank} AS rank ${from} ORDER BY t."startedAt" DESC, t.id DESC LIMIT ${take}`);
  return { candidates: pageOf(newest, sort, cursor, limit), pool: "newest-matches" };
}

/** Whether the scope has fewer calls than step 1 reads (then its matches were every match). */
async function wholeScopeRead(scope: Prisma.Sql): Promise<boolean> {
  const [row] = await db().$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Transcript" t WHERE ${scope} ORDER BY t."startedAt" DESC, t.id DESC LIMIT ${RECENT_CALLS}) s`);
  return (row?.n ?? 0) < RECENT_CALLS;
}
