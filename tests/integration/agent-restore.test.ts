// Reading and restoring agent versions through the portal, with a recording tap in front of the
// simulator to see exactly what OnCallClerk was sent: only the fields that differ, nothing at all
// for a version identical to now, and nothing for anyone who may not restore or is not ours.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expectError, expectOk } from "./support/expect";
import { useHarness, withEnv } from "./support/harness";
import { startLossyProxy, type LossyProxy } from "./support/lossy-upstream";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";

const harness = useHarness();

const KEY = freshKey("growth", "restore");
const KEVIN = "f5HLTX707KIM4SzJYzSz";
let owner: TestUser;
let viewer: TestUser;
let hoursEditor: TestUser;
let outsider: TestUser;
let clientId: string;
let agentId: string;
let tap: LossyProxy;
let firstGreeting: string;

/** Calls made through the tap; `writes()` lists what reached OnCallClerk as PUT bodies. */
async function throughTap<T>(call: () => Promise<T>): Promise<{ result: T; writes: unknown[] }> {
  const from = tap.sent.length;
  const result = await withEnv({ ONCALLCLERK_BASE_URL: tap.url }, call);
  return { result, writes: tap.sent.slice(from).filter((request) => request.method !== "GET").map((request) => request.json) };
}

const versionCount = () => db().agentVersion.count({ where: { agencyId: owner.agency.id, clientId, agentId } });

beforeAll(async () => {
  owner = await createOwner("restore");
  outsider = await createOwner("restore-outsider");
  const created = await api.createClient(owner.cookie, { name: "Birch Law", apiKey: KEY, country: "US" });
  expectOk(created, 201);
  clientId = created.body.data.id;
  viewer = await createMember(owner.agency, "viewer");
  hoursEditor = await createMember(owner.agency, "client_user", "hours", { clientIds: [clientId], clientGrants: ["edit_hours_faq"] });
  firstGreeting = "Birch Law, first greeting.";
  // Versions 1 (created, no forwarding number, never escalates), 2 and 3: two edits of the
  // greeting, the second also of the escalation.
  const agent = await api.createAgent(owner.cookie, clientId, { business_name: "Birch Law", agent_name: "Reception", voice_id: KEVIN, greeting: firstGreeting, system_prompt: "You answer for a law firm." });
  expectOk(agent, 201);
  agentId = agent.body.data.id;
  expectOk(await api.updateAgent(owner.cookie, clientId, agentId, { greeting: "Birch Law, second greeting." }));
  expectOk(await api.updateAgent(owner.cookie, clientId, agentId, { greeting: "Birch Law, third greeting.\nSecond line.", escalation_policy: "always" }));
  tap = await startLossyProxy({ target: harness.sim.url, lose: () => false });
});

afterAll(() => tap.close());

describe("reading the history", () => {
  it("lists newest first with who, when, source and what changed; config only when asked", async () => {
    const result = await api.listVersions(viewer.cookie, clientId, agentId);
    expectOk(result);
    expect(result.body.data.nextBefore).toBeNull();
    const versions = result.body.data.versions;
    expect(versions.map((v: { version: number; source: string }) => `${v.version}:${v.source}`)).toEqual(["3:updated", "2:updated", "1:created"]);
    expect(versions[0]).toMatchObject({ createdBy: { name: "restore Owner" }, changedFields: ["greeting", "escalation_policy"], createdAt: expect.any(String) });
    expect(versions[0]).not.toHaveProperty("config");
    const withConfig = await api.listVersions(viewer.cookie, clientId, agentId, "?include=config&limit=1");
    expect(withConfig.body.data.versions).toHaveLength(1);
    expect(withConfig.body.data.versions[0].config.greeting).toBe("Birch Law, third greeting.\nSecond line.");
    expect(withConfig.body.data.nextBefore).toBe(3);
    const older = await api.listVersions(viewer.cookie, clientId, agentId, "?before=3&limit=1");
    expect(older.body.data.versions.map((v: { version: number }) => v.version)).toEqual([2]);
  });

  it("reads one version and the diff between any two", async () => {
    const one = await api.getVersion(viewer.cookie, clientId, agentId, 1);
    expectOk(one);
    expect(one.body.data).toMatchObject({ version: 1, source: "created", config: { agent_name: "Reception", greeting: firstGreeting, escalation_policy: "never" } });
    const diff = await api.diffVersions(viewer.cookie, clientId, agentId, "?from=1&to=3");
    expectOk(diff);
    expect(diff.body.data.changes.map((c: { field: string }) => c.field)).toEqual(["greeting", "escalation_policy"]);
    expect(diff.body.data.changes[0]).toEqual({ field: "greeting", before: firstGreeting, after: "Birch Law, third greeting.\nSecond line." });
  });

  it("answers 400 for bad ids and parameters, 404 for unknown versions and agents", async () => {
    for (const bad of ["0", "-1", "1.5", "abc", "99999999999"]) expectError(await api.getVersion(owner.cookie, clientId, agentId, bad), 400, "validation_failed");
    expectError(await api.getVersion(owner.cookie, clientId, "..", 1), 400, "validation_failed");
    expectError(await api.listVersions(owner.cookie, clientId, agentId, "?include=everything"), 400, "validation_failed");
    expectError(await api.listVersions(owner.cookie, clientId, agentId, "?limt=2"), 400, "validation_failed");
    expectError(await api.diffVersions(owner.cookie, clientId, agentId, "?from=1"), 400, "validation_failed");
    expectError(await api.getVersion(owner.cookie, clientId, agentId, 42), 404, "not_found");
    expectError(await api.diffVersions(owner.cookie, clientId, agentId, "?from=1&to=42"), 404, "not_found");
    expectError(await api.listVersions(owner.cookie, clientId, "agt_nobody_knows"), 404, "not_found");
    expectError(await api.restoreVersion(owner.cookie, clientId, agentId, 42), 404, "not_found");
    expectError(await api.restoreVersion(owner.cookie, clientId, agentId, "first"), 400, "validation_failed");
  });

  it("an agent OnCallClerk knows but the portal never saved has an empty history", async () => {
    const other = await api.createAgent(owner.cookie, clientId, { business_name: "Birch Law", agent_name: "Spare", voice_id: KEVIN, greeting: "Hi", system_prompt: "Spare agent." });
    await db().agentVersion.deleteMany({ where: { agentId: other.body.data.id } });
    const result = await api.listVersions(owner.cookie, clientId, other.body.data.id);
    expectOk(result);
    expect(result.body.data).toEqual({ versions: [], nextBefore: null });
  });
});

describe("restoring a version", () => {
  it("sends OnCallClerk only the fields that differ, and becomes a new version (restored) with its audit event", async () => {
    const { result, writes } = await throughTap(() => api.restoreVersion(owner.cookie, clientId, agentId, 1));
    expectOk(result);
    expect(result.body.data).toMatchObject({ status: "restored", restoredFrom: 1, version: 4, sent: ["greeting", "escalation_policy"], leftAsIs: [] });
    expect(writes).toEqual([{ greeting: firstGreeting, escalation_policy: "never" }]);
    expect((await api.getAgent(owner.cookie, clientId, agentId)).body.data).toMatchObject({ greeting: firstGreeting, escalation_policy: "never" });

    const [latest] = (await api.listVersions(owner.cookie, clientId, agentId)).body.data.versions;
    expect(latest).toMatchObject({ version: 4, source: "restored", restoredFrom: 1, createdBy: { name: "restore Owner" } });
    const event = await db().auditEvent.findFirst({ where: { agencyId: owner.agency.id, action: "agent.restore", targetId: agentId } });
    expect(event).toMatchObject({ actorId: owner.user.id, clientId, details: { restoredFrom: 1, version: 4, sent: ["greeting", "escalation_policy"] } });
    expect(event!.changes).toEqual([
      { field: "greeting", before: "Birch Law, third greeting.\nSecond line.", after: firstGreeting },
      { field: "escalation_policy", before: "always", after: "never" },
    ]);
  });

  it("a version identical to the agent now: a clear answer, nothing sent, no new version", async () => {
    const count = await versionCount();
    const { result, writes } = await throughTap(() => api.restoreVersion(owner.cookie, clientId, agentId, 1));
    expectOk(result);
    expect(result.body.data).toMatchObject({ status: "unchanged", sent: [], message: expect.stringContaining("nothing was sent") });
    expect(writes).toEqual([]);
    expect(await versionCount()).toBe(count);
  });

  it("a number the version did not have stays (OnCallClerk cannot clear it), and the answer says so", async () => {
    expectOk(await api.updateAgent(owner.cookie, clientId, agentId, { forwarding_number: "(415) 555-0177", greeting: "With a forwarding number" }));
    const { result, writes } = await throughTap(() => api.restoreVersion(owner.cookie, clientId, agentId, 4));
    expectOk(result);
    expect(result.body.data).toMatchObject({ status: "restored", sent: ["greeting"], leftAsIs: ["forwarding_number"], message: expect.stringContaining("forwarding number") });
    expect(writes).toEqual([{ greeting: firstGreeting }]);
  });

  it("is refused to people who may not change the agent (403), and nothing is sent or stored", async () => {
    const count = await versionCount();
    for (const person of [viewer, hoursEditor]) {
      expectOk(await api.listVersions(person.cookie, clientId, agentId)); // reading the history is agent:read
      const { result, writes } = await throughTap(() => api.restoreVersion(person.cookie, clientId, agentId, 2));
      expectError(result, 403, "forbidden");
      expect(writes).toEqual([]);
    }
    expect(await versionCount()).toBe(count);
  });

  it("another agency's client is not found on every history route, and nothing is sent", async () => {
    const { result, writes } = await throughTap(() => api.restoreVersion(outsider.cookie, clientId, agentId, 2));
    expectError(result, 404, "not_found");
    expect(writes).toEqual([]);
    expectError(await api.listVersions(outsider.cookie, clientId, agentId), 404, "not_found");
    expectError(await api.getVersion(outsider.cookie, clientId, agentId, 1), 404, "not_found");
    expectError(await api.diffVersions(outsider.cookie, clientId, agentId, "?from=1&to=2"), 404, "not_found");
    // The owner twin still can.
    expectOk(await api.getVersion(owner.cookie, clientId, agentId, 1));
  });
});
