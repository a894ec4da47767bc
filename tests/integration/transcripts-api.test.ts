// The transcript routes end to end against the simulator: "Sync now" and its state, search over
// every client the caller may see (or the ones named), one transcript, and streamed exports —
// with other agencies' ids answering 404 and bad parameters 400.
import { beforeAll, describe, expect, it } from "vitest";
import * as syncRoute from "@/app/api/clients/[clientId]/sync/route";
import * as agentRoute from "@/app/api/clients/[clientId]/agents/[agentId]/route";
import * as agentsRoute from "@/app/api/clients/[clientId]/agents/route";
import * as exportRoute from "@/app/api/transcripts/export/route";
import * as transcriptRoute from "@/app/api/transcripts/[transcriptId]/route";
import * as searchRoute from "@/app/api/transcripts/route";
import { db } from "@/lib/db/client";
import { syncClient } from "@/lib/transcripts/sync/run-client";
import { expectError, expectOk } from "./support/expect";
import { useHarness } from "./support/harness";
import { callRoute } from "./support/http";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";

const harness = useHarness();

let owner: TestUser;
let viewer: TestUser;
let outsider: TestUser;
let clientA: string;
let clientB: string;
let foreignClient: string;

const search = (cookie: string, query: string) => callRoute(searchRoute.GET, { path: `/api/transcripts${query}`, cookie });
const exportOf = (cookie: string, query: string) => callRoute(exportRoute.GET, { path: `/api/transcripts/export${query}`, cookie });
const sync = (cookie: string, clientId: string, method: "GET" | "POST" = "GET", query = "") =>
  callRoute(method === "GET" ? syncRoute.GET : syncRoute.POST, { method, path: `/api/clients/${clientId}/sync${query}`, params: { clientId }, cookie });

async function waitForIdle(clientId: string) {
  for (let i = 0; i < 200; i++) {
    const status = await sync(owner.cookie, clientId);
    if (status.body.data.state !== "running") return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("sync did not finish");
}

beforeAll(async () => {
  await harness.sim.setConfig({ transcriptsPerAgent: 30 });
  owner = await createOwner("tx");
  viewer = await createMember(owner.agency, "viewer");
  outsider = await createOwner("tx-outsider");
  clientA = (await api.createClient(owner.cookie, { name: "Alpha Dental", apiKey: freshKey("growth", "txa") })).body.data.id;
  clientB = (await api.createClient(owner.cookie, { name: "Beta Plumbing", apiKey: freshKey("professional", "txb") })).body.data.id;
  foreignClient = (await api.createClient(outsider.cookie, { name: "Gamma Vets", apiKey: freshKey("growth", "txc") })).body.data.id;
  await syncClient(outsider.agency.id, foreignClient);
});

describe("POST/GET /api/clients/:clientId/sync", () => {
  it("starts a sync, shows its progress and the result", async () => {
    expect((await sync(owner.cookie, clientA)).body.data).toMatchObject({ state: "never", cachedCalls: 0 });
    const started = await sync(owner.cookie, clientA, "POST");
    expectOk(started, 202);
    expect(["running", "idle"]).toContain(started.body.data.state);
    const done = await waitForIdle(clientA);
    expect(done.body.data).toMatchObject({ state: "idle", lastError: null, mode: "incremental", cachedCalls: 30 });
    expect(done.body.data.progress).toMatchObject({ added: 30, agentsDone: 1, agentsTotal: 1 });
    expect(done.body.data.agents).toEqual([expect.objectContaining({ callCount: 30, lastError: null })]);
    expectOk(await sync(owner.cookie, clientB, "POST", "?full=1"), 202);
    expect((await waitForIdle(clientB)).body.data).toMatchObject({ state: "idle", mode: "full" });
  });

  it("answers 409 while a run holds the client, 404 for another agency's client, 403 for a viewer", async () => {
    const [first, second] = await Promise.all([sync(owner.cookie, clientA, "POST"), sync(owner.cookie, clientA, "POST")]);
    expect([first.status, second.status].sort()).toEqual([202, 409]);
    await waitForIdle(clientA);
    expectError(await sync(owner.cookie, foreignClient, "POST"), 404, "not_found");
    expectError(await sync(owner.cookie, foreignClient), 404, "not_found");
    expectError(await sync(viewer.cookie, clientA, "POST"), 403, "forbidden");
    expectOk(await sync(viewer.cookie, clientA));
    expectError(await sync(owner.cookie, clientA, "POST", "?full=yes"), 400, "validation_failed");
    expectError(await sync(owner.cookie, clientA, "POST", "?fast=1"), 400, "validation_failed");
  });
});

describe("GET /api/transcripts", () => {
  it("searches every client the caller may see, or the ones named, never another agency's", async () => {
    const all = await search(owner.cookie, "?limit=100&sort=date");
    expectOk(all);
    const clients = new Set(all.body.data.items.map((item: { clientId: string }) => item.clientId));
    expect(clients).toEqual(new Set([clientA, clientB]));
    const one = await search(viewer.cookie, `?clientId=${clientA}&limit=100`);
    expect(one.body.data.items.every((item: { clientId: string }) => item.clientId === clientA)).toBe(true);
    expect(one.body.data.items.length).toBe(30);
    expectError(await search(owner.cookie, `?clientId=${clientA}&clientId=${foreignClient}`), 404, "not_found");
    const theirs = await db().transcript.findFirstOrThrow({ where: { clientId: foreignClient }, include: { body: true } });
    const phrase = await search(owner.cookie, `?q=${encodeURIComponent(`"${theirs.body!.summary.split(" ").slice(0, 5).join(" ")}"`)}&limit=100`);
    expect(phrase.body.data.items.some((item: { id: string }) => item.id === theirs.id)).toBe(false);
  });

  it("pages with cursors and filters by the reference's types and outcomes", async () => {
    const first = await search(owner.cookie, `?clientId=${clientA}&limit=7&sort=date`);
    expect(first.body.data.items).toHaveLength(7);
    const second = await search(owner.cookie, `?clientId=${clientA}&limit=7&sort=date&cursor=${first.body.data.nextCursor}`);
    expect(second.body.data.items[0].startedAt <= first.body.data.items[6].startedAt).toBe(true);
    const overlap = second.body.data.items.filter((item: { id: string }) => first.body.data.items.some((x: { id: string }) => x.id === item.id));
    expect(overlap).toEqual([]);
    const complaints = await search(owner.cookie, "?type=Complaint&outcome=Escalated&outcome=Resolved&limit=100");
    expect(complaints.body.data.items.every((item: { type: string; outcome: string }) => item.type === "Complaint" && ["Escalated", "Resolved"].includes(item.outcome))).toBe(true);
  });

  it("refuses bad parameters with field errors", async () => {
    for (const query of ["?limit=0", "?limit=abc", "?from=2026-02-30", "?from=0000-01-01", "?to=0000-12-31", "?agentId=%00", "?type=a%00b", "?outcome=%00", "?from=2026-03-02&to=2026-03-01", "?ratingMin=6", "?sort=best", "?page=2", "?q=a&q=b", "?cursor=garbage", `?clientId=${"x".repeat(100)}`]) {
      const result = await search(owner.cookie, query);
      expectError(result, 400, "validation_failed");
      expect(Object.keys(result.body.error.fieldErrors ?? {}).length, query).toBeGreaterThan(0);
    }
    expectError(await search(outsider.cookie.replace(/=.*/, "=nope"), ""), 401, "unauthenticated");
  });
});

describe("GET /api/transcripts/:id", () => {
  it("shows one transcript of one's own agency and 404s another agency's", async () => {
    const mine = await db().transcript.findFirstOrThrow({ where: { clientId: clientA }, include: { body: true } });
    const result = await callRoute(transcriptRoute.GET, { path: `/api/transcripts/${mine.id}`, params: { transcriptId: mine.id }, cookie: viewer.cookie });
    expectOk(result);
    expect(result.body.data).toMatchObject({ id: mine.id, clientName: "Alpha Dental", summary: mine.body!.summary });
    expect(result.body.data.conversation.length).toBeGreaterThan(3);
    const theirs = await db().transcript.findFirstOrThrow({ where: { clientId: foreignClient } });
    expectError(await callRoute(transcriptRoute.GET, { path: `/api/transcripts/${theirs.id}`, params: { transcriptId: theirs.id }, cookie: owner.cookie }), 404, "not_found");
    expectError(await callRoute(transcriptRoute.GET, { path: "/api/transcripts/..", params: { transcriptId: ".." }, cookie: owner.cookie }), 404, "not_found");
  });
});

describe("GET /api/transcripts/export", () => {
  it("streams the search as CSV and JSON, every row", async () => {
    const csv = await exportOf(owner.cookie, `?format=csv&clientId=${clientA}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="transcripts-\d+\.csv"/);
    const records = csv.text.replace(/^\uFEFF/, "").split("\r\n").filter((line) => line.startsWith("20"));
    expect(records).toHaveLength(30);
    const json = await exportOf(owner.cookie, "?format=json&type=Booking");
    const rows = JSON.parse(json.text) as { client: string; type: string; conversation: unknown[] }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.type === "Booking" && ["Alpha Dental", "Beta Plumbing"].includes(row.client) && row.conversation.length > 0)).toBe(true);
    expectError(await exportOf(owner.cookie, "?format=xml"), 400, "validation_failed");
    expectError(await exportOf(owner.cookie, `?clientId=${foreignClient}`), 404, "not_found");
    expectError(await exportOf(owner.cookie, "?cursor=abc"), 400, "validation_failed");
    // Refused before the download starts: an error answer, not a file cut off after its header.
    expectError(await exportOf(owner.cookie, "?agentId=%00"), 400, "validation_failed");
    expectError(await exportOf(owner.cookie, "?format=json&from=0000-01-01"), 400, "validation_failed");
  });
});

describe("agents created and deleted through the portal", () => {
  it("a new agent is synced from the next run; a deleted one's cached calls go with it", async () => {
    const created = await callRoute(agentsRoute.POST, {
      method: "POST", path: `/api/clients/${clientB}/agents`, params: { clientId: clientB }, cookie: owner.cookie,
      json: { business_name: "Beta Plumbing", agent_name: "Overflow", voice_id: "f5HLTX707KIM4SzJYzSz", greeting: "Hello!", system_prompt: "Be helpful." },
    });
    expectOk(created, 201);
    const agentId = created.body.data.id as string;
    expect(await db().transcriptSyncAgent.findFirst({ where: { clientId: clientB, agentId } })).toMatchObject({ agentName: "Overflow" });

    const [existing] = await db().transcriptSyncAgent.findMany({ where: { clientId: clientB, NOT: { agentId } } });
    expect(await db().transcript.count({ where: { clientId: clientB, agentId: existing!.agentId } })).toBe(30);
    const deleted = await callRoute(agentRoute.DELETE, {
      method: "DELETE", path: `/api/clients/${clientB}/agents/${existing!.agentId}`, params: { clientId: clientB, agentId: existing!.agentId }, cookie: owner.cookie,
    });
    expectOk(deleted);
    expect(await db().transcript.count({ where: { clientId: clientB, agentId: existing!.agentId } })).toBe(0);
    expect(await db().transcriptSyncAgent.count({ where: { clientId: clientB, agentId: existing!.agentId } })).toBe(0);
    expect(await db().transcript.count({ where: { clientId: clientA } })).toBe(30); // other clients untouched
  });
});
