// Analytics from the cache, counted in each client's time zone, and which clients the background
// sync picks up.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Transcript } from "@/lib/oncallclerk";
import { clientAnalytics, compareClients, lastDays } from "@/lib/transcripts/analytics";
import { toTranscriptRow } from "@/lib/transcripts/from-upstream";
import { upsertTranscripts } from "@/lib/transcripts/store";
import { dueClients } from "@/lib/transcripts/sync/scheduler";
import { useHarness } from "./support/harness";
import { createOwner } from "./support/users";

useHarness();

let agencyId: string;
let tokyo: string;
let quiet: string;
let otherAgencyClient: string;

const call = (id: string, at: string, outcome: string, duration: number, rating: number, type = "Booking"): Transcript => ({
  id, created_at: at, outcome, duration, rating, type, summary: "s", conversation: [{ speaker: "agent", text: "hi" }],
});

async function client(agency: string, name: string, timeZone: string, status: "active" | "key_rejected" = "active") {
  const id = randomUUID();
  await db().clientAccount.create({ data: { id, agencyId: agency, name, encryptedApiKey: "unused", keyHint: "0000", timeZone, status } });
  return id;
}

beforeAll(async () => {
  const owner = await createOwner("analytics");
  const other = await createOwner("analytics-other");
  agencyId = owner.agency.id;
  tokyo = await client(agencyId, "Tokyo Dental", "Asia/Tokyo");
  quiet = await client(agencyId, "Quiet Plumbing", "Europe/London");
  otherAgencyClient = await client(other.agency.id, "Elsewhere", "UTC");
  await db().transcriptSyncAgent.create({ data: { clientId: tokyo, agentId: "agt_t1", agencyId, agentName: "Front Desk" } });
  await upsertTranscripts(agencyId, tokyo, "agt_t1", [
    // 2026-11-30 20:00 UTC is already 1 December in Tokyo.
    call("a", "2026-11-30T20:00:00Z", "Lead Captured", 120, 5),
    call("b", "2026-11-30T10:00:00Z", "Escalated", 60, 2, "Complaint"),
    call("c", "2026-12-01T03:00:00Z", "Resolved", 300, 4),
  ].map(toTranscriptRow));
  await upsertTranscripts(agencyId, tokyo, "agt_t2", [call("d", "2026-12-02T01:00:00Z", "Lead Captured", 600, 5)].map(toTranscriptRow));
  await upsertTranscripts(other.agency.id, otherAgencyClient, "agt_x", [call("x", "2026-12-01T03:00:00Z", "Lead Captured", 999, 1)].map(toTranscriptRow));
});

describe("call analytics", () => {
  it("counts days, outcomes, types, minutes and leads in the client's own time zone", async () => {
    const stats = await clientAnalytics(agencyId, tokyo, { from: "2026-11-30", to: "2026-12-02" });
    expect(stats.perDay).toEqual([{ day: "2026-11-30", calls: 1 }, { day: "2026-12-01", calls: 2 }, { day: "2026-12-02", calls: 1 }]);
    expect(stats.totals).toMatchObject({ calls: 4, leads: 2, escalations: 1, resolved: 1, avgRating: 4, avgDurationSeconds: 270 });
    expect(stats.totals.minutes).toBeCloseTo(18);
    expect(stats.outcomes).toEqual([{ label: "Lead Captured", calls: 2 }, { label: "Escalated", calls: 1 }, { label: "Resolved", calls: 1 }]);
    expect(stats.types).toEqual([{ label: "Booking", calls: 3 }, { label: "Complaint", calls: 1 }]);
    expect(stats.agents).toEqual([
      { agentId: "agt_t2", agentName: null, calls: 1, minutes: 10 },
      { agentId: "agt_t1", agentName: "Front Desk", calls: 3, minutes: 8 },
    ]);
    const oneDay = await clientAnalytics(agencyId, tokyo, { from: "2026-12-01", to: "2026-12-01" });
    expect(oneDay.totals.calls).toBe(2);
    expect((await clientAnalytics(agencyId, otherAgencyClient, { from: "2026-11-01", to: "2026-12-31" })).totals.calls).toBe(0); // not this agency's
  });

  it("compares the agency's clients, a client without calls included, nobody else's", async () => {
    const rows = await compareClients(agencyId, [tokyo, quiet, otherAgencyClient], 100_000);
    expect(rows.map((row) => [row.clientName, row.calls, row.leads])).toEqual([["Quiet Plumbing", 0, 0], ["Tokyo Dental", 4, 2]]);
  });

  it("'the last 7 days' ends today in the given zone", () => {
    expect(lastDays(7, "Asia/Tokyo", new Date("2026-11-30T20:00:00Z"))).toEqual({ from: "2026-11-25", to: "2026-12-01" });
    expect(lastDays(1, "America/Los_Angeles", new Date("2026-11-30T05:00:00Z"))).toEqual({ from: "2026-11-29", to: "2026-11-29" });
  });
});

describe("background sync", () => {
  it("is due for clients never synced or synced longer ago than the interval, never for rejected keys", async () => {
    const rejected = await client(agencyId, "Rejected", "UTC", "key_rejected");
    await db().transcriptSyncState.create({ data: { clientId: quiet, agencyId, finishedAt: new Date(), lastSuccessAt: new Date() } });
    const due = (await dueClients(15 * 60_000)).map((row) => row.id);
    expect(due).toContain(tokyo);
    expect(due).not.toContain(quiet);
    expect(due).not.toContain(rejected);
    await db().transcriptSyncState.update({ where: { clientId: quiet }, data: { finishedAt: new Date(Date.now() - 16 * 60_000) } });
    expect((await dueClients(15 * 60_000)).map((row) => row.id)).toContain(quiet);
  });
});
