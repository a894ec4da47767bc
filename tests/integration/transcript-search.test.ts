// Search over the transcript cache on real PostgreSQL: the web-search syntax, prefixes while
// typing, phone numbers written any way, emails, filters, both sorts with keyset paging, tenant
// scoping, hostile input and escaping in snippets.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Transcript } from "@/lib/oncallclerk";
import { toTranscriptRow } from "@/lib/transcripts/from-upstream";
import { MATCH_CAP, RECENT_CALLS } from "@/lib/transcripts/search/candidates";
import { searchTranscripts, type SearchInput } from "@/lib/transcripts/search/search";
import { upsertTranscripts } from "@/lib/transcripts/store";
import { useHarness } from "./support/harness";
import { createOwner } from "./support/users";

useHarness();

let agencyId: string;
let otherAgencyId: string;
let dental: string;
let plumbing: string;
let foreign: string;

function call(id: string, at: string, summary: string, lines: string[], extra: Partial<Transcript> = {}): Transcript {
  return {
    id, created_at: at, summary, duration: 120, caller: "+14155550100", type: "Support Request", outcome: "Resolved", rating: 4,
    conversation: lines.map((text, i) => ({ speaker: i % 2 ? "caller" : "agent", text })), ...extra,
  };
}

async function client(agency: string, name: string, timeZone = "UTC") {
  const id = randomUUID();
  await db().clientAccount.create({ data: { id, agencyId: agency, name, encryptedApiKey: "unused", keyHint: "0000", timeZone } });
  return id;
}

async function search(input: Partial<SearchInput>) {
  return searchTranscripts({ agencyId, clientIds: [dental, plumbing], ...input });
}
const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
async function upstreamIds(page: { items: { id: string }[] }) {
  const rows = await db().transcript.findMany({ where: { id: { in: ids(page) } }, select: { id: true, upstreamId: true } });
  const byId = new Map(rows.map((row) => [row.id, row.upstreamId]));
  return ids(page).map((id) => byId.get(id));
}

beforeAll(async () => {
  const owner = await createOwner("search");
  const other = await createOwner("search-other");
  agencyId = owner.agency.id;
  otherAgencyId = other.agency.id;
  dental = await client(agencyId, "Harbor Dental", "America/New_York");
  plumbing = await client(agencyId, "Summit Plumbing", "Europe/London");
  foreign = await client(otherAgencyId, "Someone Else's Plumbing");
  await upsertTranscripts(agencyId, plumbing, "agt_p1", [
    call("p-leak", "2026-11-20T10:00:00Z", "Caller reports a leaking pipe under the kitchen sink.", ["Thanks for calling Summit Plumbing.", "My kitchen pipe is leaking again."], { type: "Complaint", outcome: "Escalated", rating: 2, caller: "+442079460000", duration: 600 }),
    call("p-burst", "2026-11-21T09:00:00Z", "Emergency call about a burst pipe in the basement.", ["Summit Plumbing, how can I help?", "A pipe burst in my basement, water everywhere."], { type: "Sales Inquiry", outcome: "Lead Captured", rating: 5, caller: "+442079461111", duration: 300 }),
    call("p-boiler", "2026-11-22T08:00:00Z", "Annual boiler service booked for next Tuesday.", ["I need my boiler serviced.", "Booked for Tuesday at 9am. Confirmation to dana.smith@acme-dental.co.uk."], { type: "Booking", outcome: "Resolved", rating: 5, duration: 90 }),
    call("p-xss", "2026-11-23T08:00:00Z", "Caller typed <script>alert(1)</script> and <mark>fake</mark> leak", ["<img src=x onerror=alert(1)> leak"], { type: "Feedback", outcome: "No Action" }),
  ].map(toTranscriptRow));
  await upsertTranscripts(agencyId, dental, "agt_d1", [
    call("d-implant", "2026-11-20T23:30:00Z", "New patient asked about dental implants and pricing.", ["Harbor Dental, this is Lucy.", "How much are implants? Also is there a leak in your parking garage?"], { type: "Sales Inquiry", outcome: "Lead Captured", rating: 5, caller: "+12125550199" }),
    call("d-cancel", "2026-11-21T15:00:00Z", "Cancellation of a cleaning appointment.", ["I need to cancel my cleaning.", "Done, your plumbing of teeth is fine"], { type: "Cancellation", outcome: "Cancelled", rating: 3 }),
  ].map(toTranscriptRow));
  await upsertTranscripts(otherAgencyId, foreign, "agt_x", [
    call("x-leak", "2026-11-24T10:00:00Z", "Caller reports a leaking pipe under the kitchen sink.", ["My kitchen pipe is leaking again."], { caller: "+442079460000" }),
  ].map(toTranscriptRow));
});

describe("transcript search", () => {
  it("finds stemmed words in summary and conversation, summary matches ranked first", async () => {
    const page = await search({ q: "leaks" });
    expect(page.matchedAs).toBe("text");
    expect(page.sort).toBe("relevance");
    expect(page.rankedFrom).toBe("all-matches"); // a scope smaller than the recent window: every match ranked
    const found = await upstreamIds(page);
    expect(found).toEqual(expect.arrayContaining(["p-leak", "p-xss", "d-implant"]));
    expect(found).not.toContain("x-leak");
    // "leak" in the summary (weight A) outranks "leak" only in the conversation.
    expect(found.indexOf("p-leak")).toBeLessThan(found.indexOf("d-implant"));
  });

  it("understands quotes, -exclusions and or", async () => {
    expect(await upstreamIds(await search({ q: '"burst pipe"' }))).toEqual(["p-burst"]);
    expect(await upstreamIds(await search({ q: '"pipe burst"', sort: "date" }))).toEqual(["p-burst"]); // in the conversation
    expect((await upstreamIds(await search({ q: "pipe -kitchen" }))).sort()).toEqual(["p-burst"]);
    expect((await upstreamIds(await search({ q: "implants or boiler" }))).sort()).toEqual(["d-implant", "p-boiler"]);
  });

  it("matches the last word as a prefix while it is being typed", async () => {
    expect(await upstreamIds(await search({ q: "boil" }))).toEqual(["p-boiler"]);
    // "plumbi" is not a prefix of the stem "plumb"; the stems it extends are tried too.
    expect((await upstreamIds(await search({ q: "summit plumbi" }))).sort()).toEqual(["p-burst", "p-leak"]);
    expect(await upstreamIds(await search({ q: "emergenc" }))).toEqual(["p-burst"]);
  });

  it("finds a caller's number however it is written", async () => {
    for (const q of ["+44 20 7946 0000", "020 7946 0000", "0044 20 7946 0000", "2079460000", "(020) 7946-0000"]) {
      const page = await search({ q });
      expect(page.matchedAs, q).toBe("phone");
      expect(await upstreamIds(page), q).toEqual(["p-leak"]);
    }
    expect((await upstreamIds(await search({ q: "7946" }))).length).toBe(0); // too short to be a number: a word search
    // The international way, even partly typed, matches from the start of the number.
    expect((await upstreamIds(await search({ q: "+44 20 7946", sort: "date" }))).sort()).toEqual(["p-burst", "p-leak"]);
    expect(await upstreamIds(await search({ q: "+1 212" }))).toEqual(["d-implant"]);
    expect(await upstreamIds(await search({ q: "+20 7946" }))).toEqual([]); // +20 is Egypt: anchored, no match
  });

  it("finds an email address inside a conversation", async () => {
    expect(await upstreamIds(await search({ q: "dana.smith@acme-dental.co.uk" }))).toEqual(["p-boiler"]);
  });

  it("filters by client, agent, type, outcome, rating, duration and date in the client's time zone", async () => {
    const all = async (input: Partial<SearchInput>) => (await upstreamIds(await search({ sort: "date", ...input }))).sort();
    expect(await all({ clientIds: [dental] })).toEqual(["d-cancel", "d-implant"]);
    expect(await all({ agentId: "agt_p1" })).toEqual(["p-boiler", "p-burst", "p-leak", "p-xss"]);
    expect(await all({ types: ["Sales Inquiry"] })).toEqual(["d-implant", "p-burst"]);
    expect(await all({ outcomes: ["Lead Captured", "Escalated"] })).toEqual(["d-implant", "p-burst", "p-leak"]);
    expect(await all({ ratingMin: 5 })).toEqual(["d-implant", "p-boiler", "p-burst"]);
    expect(await all({ ratingMax: 2 })).toEqual(["p-leak"]);
    expect(await all({ durationMin: 300 })).toEqual(["p-burst", "p-leak"]);
    // d-implant was 23:30 UTC on the 20th = 18:30 on the 20th in New York; p-leak 10:00 on the 20th in London.
    expect(await all({ from: "2026-11-20", to: "2026-11-20" })).toEqual(["d-implant", "p-leak"]);
    expect(await all({ from: "2026-11-21", to: "2026-11-21" })).toEqual(["d-cancel", "p-burst"]);
  });

  it("pages with keyset cursors in both sorts: every match once, in order", async () => {
    for (const sort of ["date", "relevance"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await search({ q: "pipe or leak or cleaning or implants", sort, limit: 2, cursor });
        seen.push(...ids(page));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor && pages < 10);
      const everything = await search({ q: "pipe or leak or cleaning or implants", sort, limit: 100 });
      expect(seen, sort).toEqual(ids(everything));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThan(4);
    }
    const dated = await search({ sort: "date", limit: 100 });
    const times = dated.items.map((item) => item.startedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("never lets another agency's calls in, even by exact phrase or number", async () => {
    for (const q of ['"leaking pipe under the kitchen sink"', "+44 20 7946 0000", ""]) {
      const found = await upstreamIds(await searchTranscripts({ agencyId, clientIds: [dental, plumbing, foreign], q }));
      expect(found, q).not.toContain("x-leak");
    }
    expect(await upstreamIds(await searchTranscripts({ agencyId, clientIds: [], q: "leak" }))).toEqual([]);
    // Without a client filter (the whole agency), the agency id alone still keeps others out.
    const wide = await upstreamIds(await searchTranscripts({ agencyId, clientIds: [dental, plumbing], wholeAgency: true, q: '"leaking pipe under the kitchen sink"' }));
    expect(wide).toEqual(["p-leak"]);
  });

  it("answers any input with results or an empty list", async () => {
    const hostile = ["'", "'; DROP TABLE \"Transcript\"; --", ":", '"', '"unterminated phrase', "🙂🔥", "a:b:c", "!!&|()<->:*", "\\", "-", "- -", "or", "or or leak", "-\"", "the", "leak:*", "ﬁre", "x".repeat(10_000), "leak ".repeat(2_000), "\u0000 leak", "%_", "<script>"];
    for (const q of hostile) {
      const page = await search({ q });
      expect(Array.isArray(page.items), JSON.stringify(q.slice(0, 30))).toBe(true);
    }
    expect((await search({ q: "the" })).items).toEqual([]);
    expect((await search({ q: "🙂" })).matchedAs).toBe("unsearchable");
    expect(await db().transcript.count()).toBeGreaterThan(0);
  });

  it("snippets mark matches and escape everything from the transcript", async () => {
    const [hit] = (await search({ q: "leak", limit: 100 })).items.filter((item) => item.summaryHtml.includes("script"));
    expect(hit).toBeDefined();
    expect(hit!.summaryHtml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hit!.summaryHtml).toContain("&lt;mark&gt;fake&lt;/mark&gt;");
    expect(hit!.summaryHtml).toContain("<mark>leak</mark>");
    expect(hit!.conversationHtml).toContain("<mark>leak</mark>");
    expect(hit!.conversationHtml).not.toContain("<img");
    expect(hit!.summaryHtml.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    expect(hit!.conversationHtml.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });
});

describe("words common and rare, recently and long ago (the three ways a page is found)", () => {
  // Calls busy-0 (oldest) … busy-N (newest), a minute apart. "sourdough" is in every call, doubled
  // in every tenth summary; "rye" only in the oldest MATCH_CAP + 100; "spelt" in 30 old ones.
  const count = RECENT_CALLS + MATCH_CAP + 400;
  let busy: string;
  const index = (id: string | undefined) => Number(id!.split("-")[1]);

  beforeAll(async () => {
    busy = await client(agencyId, "Busy Bakery");
    const start = Date.parse("2026-01-01T00:00:00Z");
    const calls = Array.from({ length: count }, (_, i) => {
      const words = [i % 10 === 0 ? "Sourdough order, sourdough twice" : "Sourdough order", i < MATCH_CAP + 100 ? "rye" : "", i >= 1000 && i < 1030 ? "spelt" : ""];
      return call(`busy-${i}`, new Date(start + i * 60_000).toISOString(), words.filter(Boolean).join(" "), ["We bake daily."]);
    });
    for (let i = 0; i < calls.length; i += 1000) await upsertTranscripts(agencyId, busy, "agt_b1", calls.slice(i, i + 1000).map(toTranscriptRow));
  }, 120_000);

  async function datePages(q: string, pages: number) {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < pages && (page === 0 || cursor); page++) {
      const result = await searchTranscripts({ agencyId, clientIds: [busy], q, sort: "date", limit: 50, cursor });
      seen.push(...(await upstreamIds(result)).map(String));
      cursor = result.nextCursor ?? undefined;
    }
    return seen;
  }

  it("a common word: newest first, page after page", async () => {
    expect(await datePages("sourdough", 3)).toEqual(Array.from({ length: 150 }, (_, i) => `busy-${count - 1 - i}`));
  });

  it("a word rare lately: every match from the index, newest first", async () => {
    expect(await datePages("spelt", 3)).toEqual(Array.from({ length: 30 }, (_, i) => `busy-${1029 - i}`));
  });

  it("a word common long ago and absent lately: still newest first", async () => {
    expect(await datePages("rye", 2)).toEqual(Array.from({ length: 100 }, (_, i) => `busy-${MATCH_CAP + 99 - i}`));
  });

  it("relevance ranks the recent matches of a common word, and every match of a rare one", async () => {
    const commonPage = await searchTranscripts({ agencyId, clientIds: [busy], q: "sourdough", limit: 100 });
    expect(commonPage.rankedFrom).toBe("recent-calls"); // and the page says so
    const common = await upstreamIds(commonPage);
    expect(common.slice(0, 20).every((id) => index(id) % 10 === 0)).toBe(true); // said twice: ranked first
    expect(Math.min(...common.map(index))).toBeGreaterThanOrEqual(count - RECENT_CALLS);
    const rarePage = await searchTranscripts({ agencyId, clientIds: [busy], q: "spelt", limit: 100 });
    expect(rarePage.rankedFrom).toBe("all-matches");
    const rare = await upstreamIds(rarePage);
    expect(rare.map(index).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => 1000 + i));
  });
});
