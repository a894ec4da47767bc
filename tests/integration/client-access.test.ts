// What narrows with assignments beyond yes/no: which clients a list shows, whose calls a search
// covers, what a client user is told about keys and usage, and which agent fields they may send.
import { beforeAll, describe, expect, it } from "vitest";
import * as templatesRoute from "@/app/api/templates/route";
import * as searchRoute from "@/app/api/transcripts/route";
import { syncClient } from "@/lib/transcripts/sync/run-client";
import { expectError, expectOk } from "./support/expect";
import { useHarness } from "./support/harness";
import { callRoute } from "./support/http";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";

const harness = useHarness();

let owner: TestUser;
let alpha: string;
let beta: string;
let member: TestUser;
let reader: TestUser;
let noUsage: TestUser;

const search = (cookie: string) => callRoute(searchRoute.GET, { path: "/api/transcripts?q=", cookie });

beforeAll(async () => {
  await harness.sim.setConfig({ transcriptsPerAgent: 4 });
  owner = await createOwner("access");
  alpha = (await api.createClient(owner.cookie, { name: "Alpha Dental", apiKey: freshKey("growth", "alpha") })).body.data.id;
  beta = (await api.createClient(owner.cookie, { name: "Beta Plumbing", apiKey: freshKey("growth", "beta") })).body.data.id;
  await syncClient(owner.agency.id, alpha);
  await syncClient(owner.agency.id, beta);
  member = await createMember(owner.agency, "member", "assigned", { clientIds: [beta] });
  reader = await createMember(owner.agency, "client_user", "reader", { clientIds: [alpha], clientGrants: ["view_calls", "view_usage", "view_agents"] });
  noUsage = await createMember(owner.agency, "client_user", "no-usage", { clientIds: [alpha], clientGrants: ["view_calls"] });
});

describe("assignments", () => {
  it("list only the assigned clients, and search only their calls", async () => {
    const listed = await api.listClients(member.cookie);
    expect(listed.body.data.map((client: { id: string }) => client.id)).toEqual([beta]);
    const everything = await search(owner.cookie);
    expect(new Set(everything.body.data.items.map((row: { clientId: string }) => row.clientId))).toEqual(new Set([alpha, beta]));
    const theirs = await search(member.cookie);
    expectOk(theirs);
    expect(theirs.body.data.items.length).toBeGreaterThan(0);
    expect(new Set(theirs.body.data.items.map((row: { clientId: string }) => row.clientId))).toEqual(new Set([beta]));
  });

  it("a search naming a client they are not assigned to is not found", async () => {
    expectError(await callRoute(searchRoute.GET, { path: `/api/transcripts?clientId=${alpha}`, cookie: member.cookie }), 404, "not_found");
  });
});

describe("saving an agent as a template", () => {
  it("is refused for a client the member is not assigned to, reading nothing", async () => {
    const agentId = (await api.listAgents(owner.cookie, alpha)).body.data[0].id as string;
    const before = await harness.sim.upstream<{ data: unknown }>("", "/__sim/health");
    const result = await callRoute(templatesRoute.POST, { method: "POST", path: "/api/templates", cookie: member.cookie, json: { name: "Not theirs", clientId: alpha, agentId } });
    expectError(result, 404, "not_found");
    expect(result.text).not.toContain("system_prompt");
    expect((await callRoute(templatesRoute.GET, { path: "/api/templates", cookie: owner.cookie })).body.data.some((t: { name: string }) => t.name === "Not theirs")).toBe(false);
    expect(before.status).toBe(200);
    // Their own client's agent they may save.
    const own = (await api.listAgents(member.cookie, beta)).body.data[0].id as string;
    expectOk(await callRoute(templatesRoute.POST, { method: "POST", path: "/api/templates", cookie: member.cookie, json: { name: "Theirs", clientId: beta, agentId: own } }), 201);
  });
});

describe("a client user", () => {
  it("is never told the key's last characters", async () => {
    const listed = await api.listClients(reader.cookie);
    expectOk(listed);
    expect(listed.body.data).toHaveLength(1);
    expect(listed.body.data[0]).not.toHaveProperty("keyHint");
    const one = await api.getClient(reader.cookie, alpha);
    expect(one.body.data).toMatchObject({ id: alpha, name: "Alpha Dental" });
    expect(one.body.data).not.toHaveProperty("keyHint");
    expect((await api.getClient(owner.cookie, alpha)).body.data.keyHint).toHaveLength(4);
  });

  it("gets usage in the list only when the agency lets them see usage", async () => {
    const withUsage = await api.listClients(reader.cookie, "?include=usage");
    expect(withUsage.body.data[0].usage).toMatchObject({ ok: true, usage: expect.any(Object) });
    const without = await api.listClients(noUsage.cookie, "?include=usage");
    expect(without.body.data[0].usage).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expectError(await api.getUsage(noUsage.cookie, alpha), 403, "forbidden");
  });

  it("may send hours and the FAQ alone when allowed, and nothing else", async () => {
    const editor = await createMember(owner.agency, "client_user", "editor", { clientIds: [alpha], clientGrants: ["edit_hours_faq"] });
    const agentId = (await api.listAgents(owner.cookie, alpha)).body.data[0].id as string;
    const faq = [{ question: "Do you open on Saturdays?", answer: "Yes, 9 to 1." }];
    const saved = await api.updateAgent(editor.cookie, alpha, agentId, { faq });
    expectOk(saved);
    expect(saved.body.data.faq).toEqual(faq);
    // Hours and FAQ together with a greeting: the whole request is refused, the FAQ unchanged.
    expectError(await api.updateAgent(editor.cookie, alpha, agentId, { faq: [], greeting: "Hijacked" }), 403, "forbidden");
    expect((await api.getAgent(owner.cookie, alpha, agentId)).body.data.faq).toEqual(faq);
  });
});
