// Agent history through the portal against the simulator over HTTP: a version for every save
// (create, edit, bulk), the baseline of an agent found without history or changed outside the
// portal, no collisions when saves race, and the audit events of those changes.
import { beforeAll, describe, expect, it } from "vitest";
import * as applyRoute from "@/app/api/bulk/agents/apply/route";
import { recordAgentSave } from "@/lib/agents/versions/record";
import { db } from "@/lib/db/client";
import { expectOk } from "./support/expect";
import { useHarness } from "./support/harness";
import { callRoute } from "./support/http";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";

const harness = useHarness();

const KEVIN = "f5HLTX707KIM4SzJYzSz";
const KEY = freshKey("professional", "versions");
let owner: TestUser;
let member: TestUser;
let clientId: string;
let defaultAgentId: string;

type Version = { version: number; source: string; restoredFrom: number | null; createdBy: { name: string } | null; changedFields: string[]; config?: Record<string, unknown> };

async function versionsOf(agentId: string, query = "?include=config"): Promise<Version[]> {
  const result = await api.listVersions(owner.cookie, clientId, agentId, query);
  expectOk(result);
  return result.body.data.versions as Version[];
}

const auditOf = (agentId: string) => db().auditEvent.findMany({ where: { agencyId: owner.agency.id, targetId: agentId }, orderBy: { createdAt: "asc" } });

/** Someone changing the agent in OnCallClerk's own dashboard, straight at the upstream. */
async function changeUpstream(agentId: string, json: unknown): Promise<void> {
  const response = await fetch(`${harness.sim.url}/agents/${agentId}`, { method: "PUT", headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" }, body: JSON.stringify(json) });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  owner = await createOwner("versions");
  member = await createMember(owner.agency, "member");
  const created = await api.createClient(owner.cookie, { name: "Maple Vets", apiKey: KEY, country: "US" });
  expectOk(created, 201);
  clientId = created.body.data.id;
  defaultAgentId = (await harness.sim.upstream<{ data: { id: string }[] }>(KEY, "/agents")).body.data[0]!.id;
});

describe("creating an agent", () => {
  it("stores version 1 (created) with the writable fields only, and audits agent.create", async () => {
    const created = await api.createAgent(member.cookie, clientId, {
      business_name: "Maple Vets", agent_name: "Front desk", voice_id: KEVIN, greeting: "Maple Vets, how can we help?",
      system_prompt: "You answer for a vet.", forwarding_number: "(415) 555-0142", faq: [{ question: "Open Sundays?", answer: "No." }],
    });
    expectOk(created, 201);
    const agentId = created.body.data.id as string;
    const [first, ...rest] = await versionsOf(agentId);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ version: 1, source: "created", restoredFrom: null, createdBy: { name: "member person" } });
    expect(first!.config).toMatchObject({ agent_name: "Front desk", greeting: "Maple Vets, how can we help?", forwarding_number: "+14155550142", faq: [{ question: "Open Sundays?", answer: "No." }] });
    for (const readOnly of ["id", "status", "phone_number", "phone_number_sid", "created_at", "updated_at"]) expect(first!.config).not.toHaveProperty(readOnly);

    const [event] = await auditOf(agentId);
    expect(event).toMatchObject({ action: "agent.create", actorId: member.user.id, clientId, clientName: "Maple Vets", targetType: "agent", targetName: "Front desk" });
    expect(event!.changes).toContainEqual({ field: "greeting", before: null, after: "Maple Vets, how can we help?" });
  });
});

describe("editing an agent made before the portal kept history", () => {
  it("stores the configuration before the change as version 1 (baseline), then the change as version 2", async () => {
    const before = (await api.getAgent(owner.cookie, clientId, defaultAgentId)).body.data;
    expectOk(await api.updateAgent(owner.cookie, clientId, defaultAgentId, { greeting: "Hello from the first edit" }));
    const versions = await versionsOf(defaultAgentId);
    expect(versions.map((v) => [v.version, v.source])).toEqual([[2, "updated"], [1, "baseline"]]);
    expect(versions[1]!.createdBy).toBeNull();
    expect(versions[1]!.config!.greeting).toBe(before.greeting);
    expect(versions[0]!.config!.greeting).toBe("Hello from the first edit");
    expect(versions[0]!.changedFields).toEqual(["greeting"]);
    expect(versions[0]!.createdBy).toEqual({ id: owner.user.id, name: "versions Owner" });
  });

  it("audits agent.update with only the changed field, before and after", async () => {
    const before = (await api.getAgent(owner.cookie, clientId, defaultAgentId)).body.data.greeting;
    expectOk(await api.updateAgent(owner.cookie, clientId, defaultAgentId, { greeting: "Hello from the second edit" }));
    const event = (await auditOf(defaultAgentId)).at(-1)!;
    expect(event).toMatchObject({ action: "agent.update", actorId: owner.user.id, clientId, targetId: defaultAgentId });
    expect(event.changes).toEqual([{ field: "greeting", before, after: "Hello from the second edit" }]);
    expect(event.details).toMatchObject({ version: 3 });
  });

  it("keeps no version and no event for a save that changed nothing", async () => {
    const [versions, events] = [await versionsOf(defaultAgentId), await auditOf(defaultAgentId)];
    expectOk(await api.updateAgent(owner.cookie, clientId, defaultAgentId, { greeting: "Hello from the second edit" }));
    expect(await versionsOf(defaultAgentId)).toEqual(versions);
    expect(await auditOf(defaultAgentId)).toHaveLength(events.length);
  });

  it("stores a change made in OnCallClerk itself as a baseline, so the next save shows only its own change", async () => {
    await new Promise((resolve) => setTimeout(resolve, 5)); // OnCallClerk stamps the outside change after our last version
    await changeUpstream(defaultAgentId, { system_prompt: "Changed in the OnCallClerk dashboard." });
    expectOk(await api.updateAgent(owner.cookie, clientId, defaultAgentId, { greeting: "After the outside change" }));
    const [saved, found] = await versionsOf(defaultAgentId);
    expect(found).toMatchObject({ version: 4, source: "baseline", changedFields: ["system_prompt"], createdBy: null });
    expect(saved).toMatchObject({ version: 5, source: "updated", changedFields: ["greeting"] });
  });
});

describe("saves made with the narrower right", () => {
  it("a client user who may edit only hours and FAQ: their save is a version and an event too", async () => {
    const editor = await createMember(owner.agency, "client_user", "faq-editor", { clientIds: [clientId], clientGrants: ["edit_hours_faq"] });
    const faq = [{ question: "Do you see rabbits?", answer: "Yes, on Tuesdays." }];
    expectOk(await api.updateAgent(editor.cookie, clientId, defaultAgentId, { faq }));
    const [latest] = await versionsOf(defaultAgentId);
    expect(latest).toMatchObject({ source: "updated", changedFields: ["faq"], createdBy: { name: "faq-editor person" }, config: { faq } });
    expect((await auditOf(defaultAgentId)).at(-1)).toMatchObject({ action: "agent.update", actorId: editor.user.id });
  });
});

describe("saves that race", () => {
  it("two edits of an agent without history at once: one baseline, numbers unique, both changes kept", async () => {
    const created = await api.createAgent(owner.cookie, clientId, { business_name: "Maple Vets", agent_name: "Racer", voice_id: KEVIN, greeting: "Hi", system_prompt: "Be quick." });
    expectOk(created, 201);
    const agentId = created.body.data.id as string;
    await db().agentVersion.deleteMany({ where: { agentId } }); // as if made before the portal kept history
    const [a, b] = await Promise.all([
      api.updateAgent(owner.cookie, clientId, agentId, { greeting: "Hi from tab one" }),
      api.updateAgent(member.cookie, clientId, agentId, { system_prompt: "Be quicker, from tab two." }),
    ]);
    expectOk(a);
    expectOk(b);
    const versions = await versionsOf(agentId);
    expect(versions.map((v) => v.version)).toEqual(versions.map((_, index) => versions.length - index));
    expect(versions.filter((v) => v.source === "baseline")).toHaveLength(1);
    expect(versions[0]!.config).toMatchObject({ greeting: "Hi from tab one", system_prompt: "Be quicker, from tab two." });
  });

  it("many saves of one agent at once get consecutive numbers (the lock, not luck)", async () => {
    const agent = (await api.getAgent(owner.cookie, clientId, defaultAgentId)).body.data;
    const latest = (await versionsOf(defaultAgentId))[0]!.version;
    const actor = { agencyId: owner.agency.id, userId: owner.user.id, name: "Racer", email: null, ip: null, userAgent: null };
    const saves = Array.from({ length: 8 }, (_, index) =>
      recordAgentSave({ actor, client: { id: clientId, name: "Maple Vets" }, agentId: defaultAgentId, before: agent, after: { ...agent, greeting: `Parallel ${index}` }, source: "updated" }),
    );
    const recorded = await Promise.all(saves);
    expect(recorded.map((r) => r.version).sort((x, y) => x! - y!)).toEqual(Array.from({ length: 8 }, (_, index) => latest + 1 + index));
  });
});

describe("bulk changes", () => {
  it("keep a version (source bulk) and an agent.update event per applied agent", async () => {
    const before = (await api.getAgent(owner.cookie, clientId, defaultAgentId)).body.data.greeting;
    const apply = await callRoute(applyRoute.POST, {
      method: "POST", path: "/api/bulk/agents/apply", cookie: member.cookie,
      json: { targets: [{ clientId, agentId: defaultAgentId }], change: { field: "greeting", greeting: "Set by the bulk change" } },
    });
    expectOk(apply);
    expect(apply.body.data.summary).toMatchObject({ applied: 1 });
    const [latest] = await versionsOf(defaultAgentId);
    expect(latest).toMatchObject({ source: "bulk", changedFields: ["greeting"], createdBy: { name: "member person" } });
    const event = (await auditOf(defaultAgentId)).at(-1)!;
    expect(event).toMatchObject({ action: "agent.update", actorId: member.user.id, details: { bulk: true, version: latest!.version } });
    expect(event.changes).toEqual([{ field: "greeting", before, after: "Set by the bulk change" }]);
  });
});

describe("deleting an agent", () => {
  it("drops its versions and audits agent.delete with the last configuration as before-values", async () => {
    const created = await api.createAgent(owner.cookie, clientId, { business_name: "Maple Vets", agent_name: "Short-lived", voice_id: KEVIN, greeting: "Bye soon", system_prompt: "Temporary." });
    const agentId = created.body.data.id as string;
    expectOk(await api.updateAgent(owner.cookie, clientId, agentId, { greeting: "Bye sooner" }));
    expect(await db().agentVersion.count({ where: { agentId } })).toBe(2);
    expectOk(await api.deleteAgent(owner.cookie, clientId, agentId));
    expect(await db().agentVersion.count({ where: { agentId } })).toBe(0);
    const event = (await auditOf(agentId)).at(-1)!;
    expect(event).toMatchObject({ action: "agent.delete", targetName: "Short-lived", details: { versionsDropped: 2 } });
    expect(event.changes).toContainEqual({ field: "greeting", before: "Bye sooner", after: null });
    // The history of an agent OnCallClerk no longer has is not found.
    expect((await api.listVersions(owner.cookie, clientId, agentId)).status).toBe(404);
  });
});
