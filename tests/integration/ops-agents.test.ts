// Agent operations through the portal against the simulator over HTTP: create (allowance, phone
// normalization, full agent back, a lost answer checked rather than repeated), update (If-Match →
// 412 with the current agent), delete, the email function, and who may do what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCannedUpstream, type CannedUpstream } from "./support/canned-upstream";
import { expectError, expectOk, storedClient } from "./support/expect";
import { useHarness, withEnv } from "./support/harness";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";

const harness = useHarness();

const KEVIN = "f5HLTX707KIM4SzJYzSz";
const NEW_AGENT = {
  business_name: "Pinewood Dental",
  agent_name: "After hours",
  voice_id: KEVIN,
  greeting: "Thanks for calling Pinewood Dental.",
  system_prompt: "You are the after-hours receptionist of a dental practice.",
  escalation_policy: "requested",
  forwarding_number: "(415) 555-0142",
  escalation_number: "+1 415.555.0199",
  faq: [{ question: "Do you take new patients?", answer: "Yes, book online." }],
  voice_settings: { personality: "calm", name: "Kevin" },
};

interface SimAgent {
  config: Record<string, unknown> & { id: string; updated_at: string; phone_number: string | null };
  emailFunction?: { enabled: boolean; permitted_recipients: string[] };
}
interface SimState {
  agents: SimAgent[];
  usage: { agents: { used: number } };
}

async function simState(key: string): Promise<SimState> {
  const response = await fetch(`${harness.sim.url}/__sim/accounts/${encodeURIComponent(key)}`);
  return ((await response.json()) as { data: SimState }).data;
}

/** Someone changing the agent in OnCallClerk's own dashboard, straight at the upstream. */
async function changeUpstream(key: string, agentId: string, json: unknown): Promise<void> {
  const response = await fetch(`${harness.sim.url}/agents/${agentId}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(json),
  });
  expect(response.status).toBe(200);
}

const GROWTH_KEY = freshKey("growth", "ops");
const STARTER_KEY = freshKey("starter", "ops");

let owner: TestUser;
let member: TestUser;
let viewer: TestUser;
let clientId: string;
let starterClientId: string;

beforeAll(async () => {
  owner = await createOwner("ops-agents");
  member = await createMember(owner.agency, "member");
  viewer = await createMember(owner.agency, "viewer");
  const created = await api.createClient(owner.cookie, { name: "Pinewood", apiKey: GROWTH_KEY, country: "US" });
  expectOk(created, 201);
  clientId = created.body.data.id;
  const starter = await api.createClient(owner.cookie, { name: "Tiny Starter", apiKey: STARTER_KEY });
  expectOk(starter, 201);
  starterClientId = starter.body.data.id;
});

describe("POST /api/clients/:c/agents", () => {
  it("creates the agent with numbers normalized to E.164 and answers the FULL agent with 201", async () => {
    const result = await api.createAgent(member.cookie, clientId, NEW_AGENT);
    expectOk(result, 201);
    const agent = result.body.data;
    expect(agent).toMatchObject({
      id: expect.any(String),
      business_name: "Pinewood Dental",
      agent_name: "After hours",
      forwarding_number: "+14155550142",
      escalation_number: "+14155550199",
      escalation_policy: "requested",
      system_prompt: NEW_AGENT.system_prompt, // not in create's partial answer: read back
      faq: NEW_AGENT.faq,
      business_hours: expect.any(Object),
      updated_at: expect.any(String),
    });
    const upstream = (await simState(GROWTH_KEY)).agents.find((a) => a.config.id === agent.id);
    expect(upstream?.config).toMatchObject({ forwarding_number: "+14155550142", escalation_number: "+14155550199" });
  });

  it("answers 400 with a field error for a bad phone number, and sends nothing upstream", async () => {
    const before = await simState(GROWTH_KEY);
    const result = await api.createAgent(owner.cookie, clientId, { ...NEW_AGENT, forwarding_number: "555-0142", escalation_number: "call me" });
    expectError(result, 400, "validation_failed");
    expect(result.body.error.fieldErrors.forwarding_number[0]).toMatch(/not a valid phone number for US/);
    expect(result.body.error.fieldErrors.escalation_number[0]).toMatch(/digits only/);
    expect((await simState(GROWTH_KEY)).agents).toHaveLength(before.agents.length);
  });

  it("answers 400 for ambiguous business hours (open == close), through the hours editor's schema", async () => {
    const day = { open: "09:00", close: "17:00", enabled: true };
    const schedule = { monday: { ...day, close: "09:00" }, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: day, sunday: day };
    const result = await api.createAgent(owner.cookie, clientId, { ...NEW_AGENT, business_hours: { enabled: true, timezone: "America/Los_Angeles", schedule } });
    expectError(result, 400, "validation_failed");
    expect(result.body.error.fieldErrors).toHaveProperty(["business_hours.schedule.monday.close"]);
  });

  it("answers 400 for unknown, read-only or missing fields (strict like the reference)", async () => {
    const { greeting: _omitted, ...withoutGreeting } = NEW_AGENT;
    const result = await api.createAgent(owner.cookie, clientId, { ...withoutGreeting, status: "active", agent_name: "   " });
    expectError(result, 400, "validation_failed");
    expect(Object.keys(result.body.error.fieldErrors).sort()).toEqual(["agent_name", "greeting", "status"]);
  });

  it("stops at the plan's agent limit with 409 agent_limit_reached (starter: 1 agent, already used)", async () => {
    const result = await api.createAgent(owner.cookie, starterClientId, NEW_AGENT);
    expectError(result, 409, "agent_limit_reached");
    expect(result.body.error.message).toMatch(/starter plan allows 1 agent and 1 is in use/);
    expect((await simState(STARTER_KEY)).agents).toHaveLength(1);
  });

  it("is refused to viewers (403) and nothing is created", async () => {
    const before = (await simState(GROWTH_KEY)).agents.length;
    expectError(await api.createAgent(viewer.cookie, clientId, NEW_AGENT), 403, "forbidden");
    expect((await simState(GROWTH_KEY)).agents).toHaveLength(before);
  });
});

describe("a create whose answer is lost is checked, never repeated", () => {
  let canned: CannedUpstream;
  let cannedClientId: string;
  const usage = { success: true, data: { plan: "growth", agents: { used: 1, limit: 3, remaining: 2 }, phone_numbers: { allowed: true } } };

  beforeAll(async () => {
    canned = await startCannedUpstream();
    canned.on("GET", "/usage", { status: 200, json: usage });
    const created = await withEnv({ ONCALLCLERK_BASE_URL: canned.url }, () =>
      api.createClient(owner.cookie, { name: "Flaky Upstream Co", apiKey: "sim_growth_cannedkey1" }),
    );
    expectOk(created, 201);
    cannedClientId = created.body.data.id;
    canned.on("POST", "/agents", { status: 503, json: { success: false, error: "Service unavailable", status: 503 } });
  });
  afterAll(() => canned.close());

  it("finds the agent the lost create made (same names, created since) and answers it", async () => {
    const agent = { id: "agt_recovered", business_name: NEW_AGENT.business_name, agent_name: NEW_AGENT.agent_name, created_at: new Date().toISOString() };
    const older = { ...agent, id: "agt_older", created_at: "2024-01-01T00:00:00Z" };
    canned.on("GET", "/agents", { status: 200, json: { success: true, data: [older, agent] } });
    canned.on("GET", "/agents/agt_recovered", { status: 200, json: { success: true, data: { ...agent, greeting: NEW_AGENT.greeting } } });
    canned.requests.length = 0;
    const result = await withEnv({ ONCALLCLERK_BASE_URL: canned.url }, () => api.createAgent(owner.cookie, cannedClientId, NEW_AGENT));
    expectOk(result, 201);
    expect(result.body.data).toMatchObject({ id: "agt_recovered", greeting: NEW_AGENT.greeting });
    expect(canned.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("answers 502 upstream_outcome_unknown when the list does not show it, without a second POST", async () => {
    canned.on("GET", "/agents", { status: 200, json: { success: true, data: [] } });
    canned.requests.length = 0;
    const result = await withEnv({ ONCALLCLERK_BASE_URL: canned.url }, () => api.createAgent(owner.cookie, cannedClientId, NEW_AGENT));
    expectError(result, 502, "upstream_outcome_unknown");
    expect(result.body.error.message).toMatch(/check the client's agent list before trying again/i);
    expect(canned.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /usage", "POST /agents", "GET /agents"]);
  });
});

describe("PUT /api/clients/:c/agents/:a", () => {
  let agentId: string;
  beforeAll(async () => {
    agentId = (await simState(GROWTH_KEY)).agents[0]!.config.id;
  });

  it("sends only the given fields (phones normalized) and answers the full agent", async () => {
    const result = await api.updateAgent(member.cookie, clientId, agentId, { greeting: "Hello again", forwarding_number: "415 555 0100" });
    expectOk(result);
    expect(result.body.data).toMatchObject({ id: agentId, greeting: "Hello again", forwarding_number: "+14155550100", system_prompt: expect.any(String) });
  });

  it("answers 412 agent_changed with the current agent when it changed upstream since the form was read", async () => {
    const read = await api.getAgent(owner.cookie, clientId, agentId);
    expectOk(read);
    const seen = read.body.data.updated_at as string;
    await changeUpstream(GROWTH_KEY, agentId, { greeting: "Changed in the vendor dashboard" });

    const stale = await api.updateAgent(owner.cookie, clientId, agentId, { greeting: "Mine" }, { headers: { "if-match": seen } });
    expectError(stale, 412, "agent_changed");
    expect(stale.body.error.current).toMatchObject({ id: agentId, greeting: "Changed in the vendor dashboard" });
    expect(stale.body.error.current.updated_at).not.toBe(seen);
    const upstream = (await simState(GROWTH_KEY)).agents.find((a) => a.config.id === agentId)!;
    expect(upstream.config.greeting).toBe("Changed in the vendor dashboard");

    // With the current version (quoted, as an ETag may be) the change goes through.
    const fresh = await api.updateAgent(owner.cookie, clientId, agentId, { greeting: "Mine" }, { headers: { "if-match": `"${stale.body.error.current.updated_at}"` } });
    expectOk(fresh);
    expect(fresh.body.data.greeting).toBe("Mine");
  });

  it("answers 400 for an empty change or a bad number, and 404 for an unknown agent", async () => {
    expectError(await api.updateAgent(owner.cookie, clientId, agentId, {}), 400, "validation_failed");
    const badPhone = await api.updateAgent(owner.cookie, clientId, agentId, { escalation_number: "12" });
    expectError(badPhone, 400, "validation_failed");
    expect(badPhone.body.error.fieldErrors).toHaveProperty("escalation_number");
    expectError(await api.updateAgent(owner.cookie, clientId, "agt_doesnotexist", { greeting: "Hi" }), 404, "upstream_not_found");
    expectError(await api.updateAgent(owner.cookie, clientId, "agt_doesnotexist", { greeting: "Hi" }, { headers: { "if-match": "2025-01-01T00:00:00Z" } }), 404, "upstream_not_found");
  });

  it("is refused to viewers", async () => {
    expectError(await api.updateAgent(viewer.cookie, clientId, agentId, { greeting: "Viewer was here" }), 403, "forbidden");
  });
});

describe("PUT /api/clients/:c/agents/:a/functions/email", () => {
  it("validates, lower-cases and de-duplicates recipients (an address its @domain covers is dropped), then configures the function", async () => {
    const agentId = (await simState(GROWTH_KEY)).agents[0]!.config.id;
    const result = await api.configureEmail(member.cookie, clientId, agentId, {
      enabled: true,
      params: { permitted_recipients: [" Ann@Example.org ", "James@Houses4Cash.co.uk", "@HOUSES4CASH.co.uk", "ann@example.org"] },
    });
    expectOk(result);
    const expected = ["ann@example.org", "@houses4cash.co.uk"];
    expect(result.body.data).toEqual({ enabled: true, params: { permitted_recipients: expected } });
    const upstream = (await simState(GROWTH_KEY)).agents.find((a) => a.config.id === agentId)!;
    expect(upstream.emailFunction).toEqual({ enabled: true, permitted_recipients: expected });
    expect(upstream.config.functions_enabled).toContain("email");
  });

  it("answers 400 per bad entry, and for enabling with nobody to email", async () => {
    const agentId = (await simState(GROWTH_KEY)).agents[0]!.config.id;
    const bad = await api.configureEmail(owner.cookie, clientId, agentId, { enabled: true, params: { permitted_recipients: ["ok@example.com", "no-at-sign", "a@b", "x@@y.com"] } });
    expectError(bad, 400, "validation_failed");
    expect(Object.keys(bad.body.error.fieldErrors).sort()).toEqual(["params.permitted_recipients.1", "params.permitted_recipients.2", "params.permitted_recipients.3"]);
    const empty = await api.configureEmail(owner.cookie, clientId, agentId, { enabled: true, params: { permitted_recipients: [] } });
    expectError(empty, 400, "validation_failed");
    expectOk(await api.configureEmail(owner.cookie, clientId, agentId, { enabled: false, params: { permitted_recipients: [] } }));
  });
});

describe("DELETE /api/clients/:c/agents/:a", () => {
  it("is refused to members and viewers; owners delete upstream; unknown agents are 404", async () => {
    const created = await api.createAgent(owner.cookie, clientId, { ...NEW_AGENT, agent_name: "Temporary" });
    expectOk(created, 201);
    const agentId = created.body.data.id as string;
    expectError(await api.deleteAgent(member.cookie, clientId, agentId), 403, "forbidden");
    expectError(await api.deleteAgent(viewer.cookie, clientId, agentId), 403, "forbidden");
    expect((await simState(GROWTH_KEY)).agents.some((a) => a.config.id === agentId)).toBe(true);

    expectOk(await api.deleteAgent(owner.cookie, clientId, agentId));
    expect((await simState(GROWTH_KEY)).agents.some((a) => a.config.id === agentId)).toBe(false);
    expectError(await api.deleteAgent(owner.cookie, clientId, agentId), 404, "upstream_not_found");
    expectError(await api.getAgent(owner.cookie, clientId, agentId), 404, "upstream_not_found");
    expect((await storedClient(clientId))?.status).toBe("active");
  });
});
