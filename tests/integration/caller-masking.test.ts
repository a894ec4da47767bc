// Caller masking: the agency picks roles (PATCH /api/agency, agency:update, audited) whose people
// see callers as "+44 •••• ••0000" — in search results and snippets, one transcript, exports (CSV
// and JSON) and OnCallClerk's own transcript routes, numbers quoted in the text included. Masked
// people cannot search by a number (that would find callers by guessing digits). Everyone else
// sees the numbers; switching masking off applies on the next request.
import { beforeAll, describe, expect, it } from "vitest";
import * as agencyRoute from "@/app/api/agency/route";
import * as exportRoute from "@/app/api/transcripts/export/route";
import * as transcriptRoute from "@/app/api/transcripts/[transcriptId]/route";
import * as searchRoute from "@/app/api/transcripts/route";
import { db } from "@/lib/db/client";
import { syncClient } from "@/lib/transcripts/sync/run-client";
import { expectError, expectOk } from "./support/expect";
import { useHarness } from "./support/harness";
import { callRoute, type RouteResult } from "./support/http";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { tokensApi, withToken } from "./support/tokens";
import { createMember, createOwner, type TestUser } from "./support/users";

const harness = useHarness();

let owner: TestUser;
let member: TestUser;
let viewer: TestUser;
let clientUser: TestUser;
let clientId: string;
let agentId: string;
let calls: { id: string; upstreamId: string; caller: string }[];

const patchAgency = (cookie: string, json: unknown) => callRoute(agencyRoute.PATCH, { method: "PATCH", path: "/api/agency", cookie, json });
const search = (cookie: string, query = "") => callRoute(searchRoute.GET, { path: `/api/transcripts${query}`, cookie });
const detail = (cookie: string, id: string) => callRoute(transcriptRoute.GET, { path: `/api/transcripts/${id}`, params: { transcriptId: id }, cookie });
const exportOf = (cookie: string, format: "csv" | "json") => callRoute(exportRoute.GET, { path: `/api/transcripts/export?format=${format}`, cookie });

const MASKED = /^\+\d{1,3} [•][• ]*\d{4}$/;

/** No caller's number, in any of the forms it is stored or quoted in, is in this answer. */
function expectNoNumbers(result: RouteResult) {
  for (const call of calls) {
    expect(result.text, call.caller).not.toContain(call.caller);
    expect(result.text).not.toContain(call.caller.slice(1));
  }
}

function expectSomeNumbers(result: RouteResult) {
  expect(calls.some((call) => result.text.includes(call.caller))).toBe(true);
}

beforeAll(async () => {
  await harness.sim.setConfig({ transcriptsPerAgent: 12 });
  owner = await createOwner("mask");
  const created = await api.createClient(owner.cookie, { name: "Masked Dental", apiKey: freshKey("growth", "mask"), country: "GB" });
  expectOk(created, 201);
  clientId = created.body.data.id;
  await syncClient(owner.agency.id, clientId);
  member = await createMember(owner.agency, "member", "mask-member");
  viewer = await createMember(owner.agency, "viewer", "mask-viewer");
  clientUser = await createMember(owner.agency, "client_user", "mask-cu", { clientIds: [clientId], clientGrants: ["view_calls"] });
  calls = (await db().transcript.findMany({ where: { clientId }, select: { id: true, upstreamId: true, caller: true, agentId: true } })).map((row) => {
    agentId = row.agentId;
    return { id: row.id, upstreamId: row.upstreamId, caller: row.caller! };
  });
  expect(calls.length).toBe(12);
});

describe("PATCH /api/agency {maskCallersFor}", () => {
  it("only owners and admins may change it; bad input is a 400 and changes nothing", async () => {
    expectError(await patchAgency(member.cookie, { maskCallersFor: [] }), 403, "forbidden");
    expectError(await patchAgency(viewer.cookie, { maskCallersFor: [] }), 403, "forbidden");
    const bad = await patchAgency(owner.cookie, { maskCallersFor: ["viewer", "boss"], colour: "red" });
    expectError(bad, 400, "validation_failed");
    expect(Object.keys(bad.body.error.fieldErrors).sort()).toEqual(["colour", "maskCallersFor.1"]);
    expectError(await patchAgency(owner.cookie, { maskCallersFor: "viewer" }), 400, "validation_failed");
    expect((await db().agency.findUniqueOrThrow({ where: { id: owner.agency.id } })).maskCallersFor).toEqual([]);
  });

  it("saves the roles (each once, in order) and records the change", async () => {
    const saved = await patchAgency(owner.cookie, { maskCallersFor: ["client_user", "viewer", "viewer"] });
    expectOk(saved);
    expect(saved.body.data.maskCallersFor).toEqual(["viewer", "client_user"]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { agencyId: owner.agency.id, action: "agency.update" } });
    expect(event.changes).toEqual([{ field: "maskCallersFor", before: [], after: ["Viewer", "Client user"] }]);
    // Saving the same again is not a change.
    expectOk(await patchAgency(owner.cookie, { maskCallersFor: ["viewer", "client_user"] }));
    expect(await db().auditEvent.count({ where: { agencyId: owner.agency.id, action: "agency.update" } })).toBe(1);
  });
});

describe("masked people", () => {
  it("see search results with masked callers and no number in the snippets", async () => {
    for (const person of [viewer, clientUser]) {
      const result = await search(person.cookie, "?limit=100");
      expectOk(result);
      expect(result.body.data.items).toHaveLength(12);
      for (const hit of result.body.data.items as { id: string; caller: string }[]) {
        const real = calls.find((call) => call.id === hit.id)!;
        expect(hit.caller).toMatch(MASKED);
        expect(hit.caller.slice(-4)).toBe(real.caller.slice(-4));
      }
      expectNoNumbers(result);
    }
    // "And is +44… the best number to reach you?" is in the conversations: found, but masked.
    const quoted = await search(viewer.cookie, "?q=best+number+reach");
    expectOk(quoted);
    expect(quoted.body.data.items.length).toBeGreaterThan(0);
    expect(quoted.body.data.items.some((hit: { conversationHtml: string }) => /<mark>[^<]*<\/mark>[^<]*•/.test(hit.conversationHtml) || hit.conversationHtml.includes("•"))).toBe(true);
    expectNoNumbers(quoted);
  });

  it("cannot search by a caller's number, in any format", async () => {
    const number = calls[0]!.caller;
    // Parts too: six digits, three after a +, a group as callers say it — else a number could be
    // rebuilt a few digits at a time from the visible last four.
    for (const q of [number, number.slice(1), `${number.slice(0, 4)} ${number.slice(4)}`, `call from ${number}`, number.slice(-6), number.slice(2, 8), number.slice(0, 4), number.slice(-7, -4)]) {
      const result = await search(viewer.cookie, `?q=${encodeURIComponent(q)}`);
      expectOk(result);
      expect(result.body.data).toMatchObject({ matchedAs: "hidden_number", items: [] });
    }
    // The person next to them, unmasked, finds the call by it.
    const found = await search(member.cookie, `?q=${encodeURIComponent(number)}`);
    expect(found.body.data.matchedAs).toBe("phone");
    expect(found.body.data.items.map((hit: { id: string }) => hit.id)).toContain(calls[0]!.id);
  });

  it("see one transcript masked: caller, summary and conversation", async () => {
    for (const call of calls) {
      const result = await detail(viewer.cookie, call.id);
      expectOk(result);
      expect(result.body.data.caller).toMatch(MASKED);
      expectNoNumbers(result);
    }
    const lead = await db().transcript.findFirstOrThrow({ where: { clientId, outcome: "Lead Captured" }, select: { id: true } });
    const masked = await detail(viewer.cookie, lead.id);
    expect(masked.body.data.summary).toMatch(/\+\d{1,3} [•\s]+\d{4}/);
  });

  it("export CSV and JSON with masked callers and text", async () => {
    for (const format of ["csv", "json"] as const) {
      const result = await exportOf(viewer.cookie, format);
      expect(result.status).toBe(200);
      expectNoNumbers(result);
      expect(result.text).toContain("•");
    }
    const csv = await exportOf(viewer.cookie, "csv");
    // A masked number is not a formula: no apostrophe in front of it.
    expect(csv.text).toMatch(/,\+\d{1,3} [•\s]+\d{4},/);
    expect(csv.text).not.toMatch(/,'\+\d{1,3} •/);
    const json = await exportOf(clientUser.cookie, "json");
    expect((JSON.parse(json.text) as { caller: string }[]).every((row) => MASKED.test(row.caller))).toBe(true);
  });

  it("get OnCallClerk's own transcripts masked on the agent routes", async () => {
    const list = await api.listTranscripts(viewer.cookie, clientId, agentId, "?limit=50");
    expectOk(list);
    expect(list.body.data.length).toBe(12);
    for (const transcript of list.body.data as { caller: string }[]) expect(transcript.caller).toMatch(MASKED);
    expectNoNumbers(list);
    const one = await api.getTranscript(viewer.cookie, clientId, agentId, calls[0]!.upstreamId);
    expectOk(one);
    expect(one.body.data.caller).toMatch(MASKED);
    expectNoNumbers(one);
  });

  it("an owner's token capped at a masked role sees masked numbers too", async () => {
    const created = await tokensApi.create({ cookie: owner.cookie }, { name: "Viewer-level", role: "viewer" });
    expectOk(created, 201);
    const result = await withToken(searchRoute.GET, created.body.data.token, { path: "/api/transcripts?limit=100" });
    expectOk(result);
    expectNoNumbers(result);
  });
});

describe("people whose role is not masked", () => {
  it("see the numbers everywhere", async () => {
    for (const person of [owner, member]) {
      const result = await search(person.cookie, "?limit=100");
      expectSomeNumbers(result);
      for (const hit of result.body.data.items as { id: string; caller: string }[]) expect(hit.caller).toBe(calls.find((call) => call.id === hit.id)!.caller);
      expect((await detail(person.cookie, calls[0]!.id)).body.data.caller).toBe(calls[0]!.caller);
      expectSomeNumbers(await exportOf(person.cookie, "csv"));
      expectSomeNumbers(await exportOf(person.cookie, "json"));
      expectSomeNumbers(await api.listTranscripts(person.cookie, clientId, agentId, "?limit=50"));
      expect((await api.getTranscript(person.cookie, clientId, agentId, calls[0]!.upstreamId)).body.data.caller).toBe(calls[0]!.caller);
    }
  });

  it("and masking switched off applies to the viewer's very next request", async () => {
    expectOk(await patchAgency(owner.cookie, { maskCallersFor: [] }));
    expectSomeNumbers(await search(viewer.cookie, "?limit=100"));
    expect((await detail(viewer.cookie, calls[0]!.id)).body.data.caller).toBe(calls[0]!.caller);
  });
});
