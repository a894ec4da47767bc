// The client's OnCallClerk account through the portal, against the simulator over HTTP: profile
// (partial update, normalized number, real time zones, deleting the whole account and then our
// row), subscription, usage, voices, transcripts, the upstream's rate limit, and permissions.
import { beforeAll, describe, expect, it } from "vitest";
import { expectError, expectOk, storedClient } from "./support/expect";
import { useHarness } from "./support/harness";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";

const harness = useHarness();

const KEY = freshKey("professional", "acct");
let owner: TestUser;
let admin: TestUser;
let member: TestUser;
let viewer: TestUser;
let clientUser: TestUser;
let clientId: string;
let agentId: string;

beforeAll(async () => {
  owner = await createOwner("ops-account");
  admin = await createMember(owner.agency, "admin");
  member = await createMember(owner.agency, "member");
  viewer = await createMember(owner.agency, "viewer");
  const created = await api.createClient(owner.cookie, { name: "Harbour Vets", apiKey: KEY, country: "GB" });
  expectOk(created, 201);
  clientId = created.body.data.id;
  // Their own client, with nothing granted: they see it, and may do nothing with it.
  clientUser = await createMember(owner.agency, "client_user", "client_user", { clientIds: [clientId] });
  agentId = ((await harness.sim.upstream<{ data: { id: string }[] }>(KEY, "/agents")).body.data[0]!).id;
});

describe("/api/clients/:c/user", () => {
  it("reads the profile (viewers too)", async () => {
    const result = await api.getUser(viewer.cookie, clientId);
    expectOk(result);
    expect(result.body.data).toMatchObject({ firstName: expect.any(String), email: expect.any(String), timezone: expect.any(String) });
  });

  it("updates only the given fields, normalizing the personal number with the client's country", async () => {
    const before = (await api.getUser(owner.cookie, clientId)).body.data;
    const result = await api.updateUser(admin.cookie, clientId, { company: "Harbour Vets Ltd", personalPhoneNumber: "07911 123456", timezone: "Europe/London", weeklyReports: true });
    expectOk(result);
    expect(result.body.data).toMatchObject({
      company: "Harbour Vets Ltd",
      personalPhoneNumber: "+447911123456",
      timezone: "Europe/London",
      weeklyReports: true,
      firstName: before.firstName,
      email: before.email,
    });
  });

  it.each([
    [{ timezone: "Mars/Olympus" }, "timezone"],
    [{ timezone: "EST" }, "timezone"],
    [{ timezone: "+01:00" }, "timezone"],
    [{ personalPhoneNumber: "12345" }, "personalPhoneNumber"],
    [{ email: "new@example.com" }, "email"],
    [{ firstName: "  " }, "firstName"],
    [{}, "_"],
  ])("answers 400 for %j", async (json, field) => {
    const result = await api.updateUser(owner.cookie, clientId, json);
    expectError(result, 400, "validation_failed");
    expect(result.body.error.fieldErrors).toHaveProperty(field);
  });

  it("is refused to members and viewers for updates", async () => {
    expectError(await api.updateUser(member.cookie, clientId, { company: "Member Co" }), 403, "forbidden");
    expectError(await api.updateUser(viewer.cookie, clientId, { company: "Viewer Co" }), 403, "forbidden");
  });
});

describe("subscription, usage, voices", () => {
  it("answers the subscription, the usage and the voices", async () => {
    const subscription = await api.getSubscription(viewer.cookie, clientId);
    expectOk(subscription);
    expect(subscription.body.data).toMatchObject({ subscription: { plan: "professional", status: "active" }, usage: { used: expect.any(Number), limit: 2000 } });

    const usage = await api.getUsage(member.cookie, clientId);
    expectOk(usage);
    expect(usage.body.data).toMatchObject({ plan: "professional", agents: { used: 1, limit: 10, remaining: 9 }, phone_numbers: { allowed: true }, billing_period: { start: expect.any(Number) } });

    const voices = await api.listVoices(viewer.cookie, clientId);
    expectOk(voices);
    expect(voices.body.data).toHaveLength(9);
    expect(voices.body.data[0]).toMatchObject({ id: expect.any(String), name: expect.any(String), accent: expect.any(String), gender: expect.any(String) });
  });

  it("gives a client_user nothing (403) and a foreign agency 404", async () => {
    expectError(await api.getUsage(clientUser.cookie, clientId), 403, "forbidden");
    const outsider = await createOwner("ops-outsider");
    expectError(await api.getUsage(outsider.cookie, clientId), 404, "not_found");
    expectError(await api.listVoices(outsider.cookie, clientId), 404, "not_found");
  });
});

describe("transcripts", () => {
  it("lists newest first with limit/offset and filters, and reads one", async () => {
    const first = await api.listTranscripts(viewer.cookie, clientId, agentId, "?limit=5");
    expectOk(first);
    expect(first.body.data).toHaveLength(5);
    const next = await api.listTranscripts(viewer.cookie, clientId, agentId, "?limit=5&offset=5");
    expect(next.body.data[0].id).not.toBe(first.body.data[0].id);
    const dates = first.body.data.map((t: { created_at: string }) => Date.parse(t.created_at));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);

    const filtered = await api.listTranscripts(viewer.cookie, clientId, agentId, "?type=Booking&outcome=Resolved&limit=50");
    expectOk(filtered);
    for (const t of filtered.body.data) expect(t).toMatchObject({ type: "Booking", outcome: "Resolved" });

    const one = await api.getTranscript(viewer.cookie, clientId, agentId, first.body.data[0].id);
    expectOk(one);
    expect(one.body.data).toMatchObject({ id: first.body.data[0].id, conversation: expect.any(Array), agentId });
  });

  it.each(["?limit=0", "?limit=201", "?offset=-1", "?type=Spam", "?outcome=Maybe", "?sort=asc"])("answers 400 for %s", async (query) => {
    expectError(await api.listTranscripts(owner.cookie, clientId, agentId, query), 400, "validation_failed");
  });

  it("answers 404 for an unknown transcript or agent, 400 for an impossible id, 403 for a client_user", async () => {
    expectError(await api.getTranscript(owner.cookie, clientId, agentId, "tr_nope"), 404, "upstream_not_found");
    expectError(await api.listTranscripts(owner.cookie, clientId, "agt_nope"), 404, "upstream_not_found");
    expectError(await api.getTranscript(owner.cookie, clientId, agentId, ".."), 400, "validation_failed");
    expectError(await api.listTranscripts(clientUser.cookie, clientId, agentId), 403, "forbidden");
  });
});

describe("the upstream's rate limit", () => {
  it("answers 429 upstream_rate_limited with Retry-After once a starter key's 60/min are used up", async () => {
    const starterKey = freshKey("starter", "burst");
    const created = await api.createClient(owner.cookie, { name: "Bursty", apiKey: starterKey });
    expectOk(created, 201);
    await harness.sim.setConfig({ rateLimit: true });
    try {
      // A burst through the portal itself: the first requests pass, the rest are limited.
      const results = await Promise.all(Array.from({ length: 70 }, () => api.getUsage(owner.cookie, created.body.data.id)));
      const limited = results.filter((r) => r.status === 429);
      expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(60);
      expect(limited.length).toBeGreaterThan(0);
      expectError(limited[0]!, 429, "upstream_rate_limited");
      expect(Number(limited[0]!.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await storedClient(created.body.data.id))?.status).toBe("active");
    } finally {
      await harness.sim.setConfig({ rateLimit: false });
    }
  });
});

describe("DELETE /api/clients/:c/user", () => {
  it("is only for owners and admins, needs the client's name typed, then removes our row too", async () => {
    const doomedKey = freshKey("starter", "doomed");
    const created = await api.createClient(owner.cookie, { name: "Closing Down Ltd", apiKey: doomedKey });
    expectOk(created, 201);
    const doomed = created.body.data.id as string;

    expectError(await api.deleteUser(member.cookie, doomed, { confirm: "Closing Down Ltd" }), 403, "forbidden");
    expectError(await api.deleteUser(viewer.cookie, doomed, { confirm: "Closing Down Ltd" }), 403, "forbidden");
    const wrong = await api.deleteUser(admin.cookie, doomed, { confirm: "Closing Down" });
    expectError(wrong, 400, "validation_failed");
    expect(wrong.body.error.fieldErrors.confirm[0]).toMatch(/Closing Down Ltd/);
    expectError(await api.deleteUser(admin.cookie, doomed, {}), 400, "validation_failed");
    expect((await harness.sim.upstream(doomedKey, "/usage")).status).toBe(200);
    expect(await storedClient(doomed)).not.toBeNull();

    expectOk(await api.deleteUser(admin.cookie, doomed, { confirm: "  closing down ltd " }));
    expect((await harness.sim.upstream(doomedKey, "/usage")).status).toBe(401);
    expect(await storedClient(doomed)).toBeNull();
    expectError(await api.getClient(owner.cookie, doomed), 404, "not_found");
  });

  it("keeps our row when OnCallClerk fails the delete", async () => {
    const keptKey = freshKey("starter", "kept");
    const created = await api.createClient(owner.cookie, { name: "Still Here", apiKey: keptKey });
    expectOk(created, 201);
    await harness.sim.setConfig({ errorRate: 1 });
    try {
      // Every call fails, the read-back too: OnCallClerk may have deleted it before failing, so
      // nobody can say; the row stays until someone checks.
      expectError(await api.deleteUser(owner.cookie, created.body.data.id, { confirm: "Still Here" }), 502, "upstream_outcome_unknown");
    } finally {
      await harness.sim.setConfig({ errorRate: 0 });
    }
    expect(await storedClient(created.body.data.id)).not.toBeNull();
    expect((await harness.sim.upstream(keptKey, "/usage")).status).toBe(200);
  });
});
