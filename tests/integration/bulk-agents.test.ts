// Bulk apply through the portal's routes against the simulator over HTTP: agents of two clients of
// one agency previewed (before → after, nothing written) and changed (exactly those agents, only
// the touched fields); another agency's client is a per-target "not found" that never reaches
// OnCallClerk; viewers are refused; partial failures (deleted agent, rejected key, changed since
// the preview) are reported per agent while the rest apply; invalid bodies send nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as applyRoute from "@/app/api/bulk/agents/apply/route";
import * as previewRoute from "@/app/api/bulk/agents/preview/route";
import { defaultHours } from "@/lib/agents/business-hours";
import { startCannedUpstream, type CannedUpstream } from "./support/canned-upstream";
import { expectError, expectOk, storedClient } from "./support/expect";
import { useHarness, withEnv } from "./support/harness";
import { callRoute } from "./support/http";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";
import { startLossyUpstream } from "./support/lossy-upstream";

const harness = useHarness();

const bulk = {
  preview: (cookie: string, json: unknown) => callRoute(previewRoute.POST, { method: "POST", path: "/api/bulk/agents/preview", cookie, json }),
  apply: (cookie: string, json: unknown) => callRoute(applyRoute.POST, { method: "POST", path: "/api/bulk/agents/apply", cookie, json }),
};

const KEVIN = "f5HLTX707KIM4SzJYzSz";
const SECOND_AGENT = {
  business_name: "Second line",
  agent_name: "Overflow",
  voice_id: KEVIN,
  greeting: "Thanks for holding.",
  system_prompt: "Take a message.",
  faq: [{ question: "What are your hours?", answer: "Nine to five." }],
};

const NEW_HOURS = (() => {
  const hours = defaultHours("Europe/London");
  return { ...hours, schedule: { ...hours.schedule, saturday: { open: "10:00", close: "14:00", enabled: true } } };
})();

interface SimAgentConfig {
  id: string;
  updated_at: string;
  greeting: string;
  business_hours: unknown;
  faq: { question: string; answer: string }[];
  escalation_policy: string;
  forwarding_number: string | null;
  voice_id: string;
  [field: string]: unknown;
}

async function simAgents(key: string): Promise<SimAgentConfig[]> {
  const response = await fetch(`${harness.sim.url}/__sim/accounts/${encodeURIComponent(key)}`);
  return ((await response.json()) as { data: { agents: { config: SimAgentConfig }[] } }).data.agents.map((agent) => agent.config);
}
const simAgent = async (key: string, agentId: string) => (await simAgents(key)).find((agent) => agent.id === agentId);

async function upstreamCall(key: string, method: "PUT" | "DELETE", agentId: string, json?: unknown): Promise<void> {
  const response = await fetch(`${harness.sim.url}/agents/${agentId}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  expect(response.status).toBe(200);
}

const ALPHA_KEY = freshKey("growth", "bulka");
const BETA_KEY = freshKey("professional", "bulkb");
const GAMMA_KEY = freshKey("growth", "bulkg"); // another agency's client

let owner: TestUser;
let member: TestUser;
let viewer: TestUser;
let alpha: { id: string; agents: string[] };
let beta: { id: string; agents: string[] };
let gamma: { id: string; agent: string };

async function addClientWithTwoAgents(cookie: string, name: string, key: string, country: string) {
  const created = await api.createClient(cookie, { name, apiKey: key, country });
  expectOk(created, 201);
  const id = created.body.data.id as string;
  const second = await api.createAgent(cookie, id, SECOND_AGENT);
  expectOk(second, 201);
  return { id, agents: (await simAgents(key)).map((agent) => agent.id) };
}

beforeAll(async () => {
  owner = await createOwner("bulk");
  member = await createMember(owner.agency, "member");
  viewer = await createMember(owner.agency, "viewer");
  alpha = await addClientWithTwoAgents(owner.cookie, "Alpha Dental", ALPHA_KEY, "US");
  beta = await addClientWithTwoAgents(owner.cookie, "Beta Plumbing", BETA_KEY, "US");
  const stranger = await createOwner("bulk-stranger");
  const foreign = await api.createClient(stranger.cookie, { name: "Gamma Secret Clinic", apiKey: GAMMA_KEY });
  expectOk(foreign, 201);
  gamma = { id: foreign.body.data.id, agent: (await simAgents(GAMMA_KEY))[0]!.id };
});

describe("POST /api/bulk/agents/preview", () => {
  it("shows each agent's hours before → after across two clients, and writes nothing", async () => {
    const before = [await simAgent(ALPHA_KEY, alpha.agents[0]!), await simAgent(BETA_KEY, beta.agents[0]!)];
    const targets = [{ clientId: alpha.id, agentId: alpha.agents[0] }, { clientId: beta.id, agentId: beta.agents[0] }];
    const result = await bulk.preview(member.cookie, { targets, change: { field: "business_hours", business_hours: NEW_HOURS } });
    expectOk(result);
    expect(result.body.data.summary).toEqual({ ready: 2, unchanged: 0, failed: 0 });
    expect(result.body.data.items).toEqual([
      expect.objectContaining({ clientId: alpha.id, clientName: "Alpha Dental", status: "ready", updatedAt: before[0]!.updated_at, before: { business_hours: before[0]!.business_hours }, after: { business_hours: NEW_HOURS } }),
      expect.objectContaining({ clientId: beta.id, clientName: "Beta Plumbing", status: "ready", updatedAt: before[1]!.updated_at, before: { business_hours: before[1]!.business_hours }, after: { business_hours: NEW_HOURS } }),
    ]);
    expect(result.body.data.items[0].agentName).toEqual(expect.any(String));
    expect(await simAgent(ALPHA_KEY, alpha.agents[0]!)).toEqual(before[0]);
    expect(await simAgent(BETA_KEY, beta.agents[0]!)).toEqual(before[1]);
  });

  it("marks an agent that already has the value as unchanged", async () => {
    const current = await simAgent(ALPHA_KEY, alpha.agents[1]!);
    const result = await bulk.preview(owner.cookie, { targets: [{ clientId: alpha.id, agentId: alpha.agents[1] }], change: { field: "greeting", greeting: current!.greeting } });
    expectOk(result);
    expect(result.body.data.items[0]).toMatchObject({ status: "unchanged", before: { greeting: current!.greeting }, after: { greeting: current!.greeting } });
  });

  it("FAQ append names the questions the agent already has and adds only the new ones", async () => {
    const targets = [{ clientId: alpha.id, agentId: alpha.agents[1] }];
    const faq = [{ question: "WHAT ARE YOUR HOURS?", answer: "Always." }, { question: "Do you validate parking?", answer: "Yes, at the desk." }];
    const result = await bulk.preview(owner.cookie, { targets, change: { field: "faq", mode: "append", faq } });
    expectOk(result);
    expect(result.body.data.items[0]).toMatchObject({
      status: "ready",
      skippedQuestions: ["WHAT ARE YOUR HOURS?"],
      after: { faq: [...SECOND_AGENT.faq, faq[1]] },
    });
  });
});

describe("POST /api/bulk/agents/apply", () => {
  it("changes exactly the targeted agents, only the touched field, and again is 'unchanged'", async () => {
    const untouched = [await simAgent(ALPHA_KEY, alpha.agents[1]!), await simAgent(BETA_KEY, beta.agents[1]!)];
    const targetsBefore = [await simAgent(ALPHA_KEY, alpha.agents[0]!), await simAgent(BETA_KEY, beta.agents[0]!)];
    const change = { field: "business_hours", business_hours: NEW_HOURS };
    const preview = await bulk.preview(member.cookie, { targets: [{ clientId: alpha.id, agentId: alpha.agents[0] }, { clientId: beta.id, agentId: beta.agents[0] }], change });
    const targets = preview.body.data.items.map((item: { clientId: string; agentId: string; updatedAt: string }) => ({ clientId: item.clientId, agentId: item.agentId, updatedAt: item.updatedAt }));

    const result = await bulk.apply(member.cookie, { targets, change });
    expectOk(result);
    expect(result.body.data.summary).toEqual({ applied: 2, unchanged: 0, failed: 0 });
    expect(result.body.data.items.map((item: { status: string; after: unknown }) => [item.status, item.after])).toEqual([
      ["applied", { business_hours: NEW_HOURS }],
      ["applied", { business_hours: NEW_HOURS }],
    ]);
    for (const [key, agentId, was] of [[ALPHA_KEY, alpha.agents[0]!, targetsBefore[0]!], [BETA_KEY, beta.agents[0]!, targetsBefore[1]!]] as const) {
      const now = await simAgent(key, agentId);
      const { business_hours: _hours, updated_at: _updated, ...rest } = now!;
      const { business_hours: _oldHours, updated_at: _oldUpdated, ...restBefore } = was;
      expect(now!.business_hours).toEqual(NEW_HOURS);
      expect(rest).toEqual(restBefore); // nothing else moved
    }
    expect(await simAgent(ALPHA_KEY, alpha.agents[1]!)).toEqual(untouched[0]);
    expect(await simAgent(BETA_KEY, beta.agents[1]!)).toEqual(untouched[1]);

    // Once more: nothing to write, so nothing is written (updated_at stays).
    const stamp = (await simAgent(ALPHA_KEY, alpha.agents[0]!))!.updated_at;
    const again = await bulk.apply(member.cookie, { targets: targets.map(({ clientId, agentId }: { clientId: string; agentId: string }) => ({ clientId, agentId })), change });
    expectOk(again);
    expect(again.body.data.summary).toEqual({ applied: 0, unchanged: 2, failed: 0 });
    expect((await simAgent(ALPHA_KEY, alpha.agents[0]!))!.updated_at).toBe(stamp);
  });

  it("normalises a typed forwarding number with each client's country and sends only the escalation fields", async () => {
    const before = await simAgent(BETA_KEY, beta.agents[1]!);
    const result = await bulk.apply(owner.cookie, {
      targets: [{ clientId: beta.id, agentId: beta.agents[1] }],
      change: { field: "escalation_policy", escalation_policy: "always", forwarding_number: "(415) 555-0142" },
    });
    expectOk(result);
    expect(result.body.data.items[0]).toMatchObject({ status: "applied", after: { escalation_policy: "always", forwarding_number: "+14155550142" } });
    const now = await simAgent(BETA_KEY, beta.agents[1]!);
    expect(now).toMatchObject({ escalation_policy: "always", forwarding_number: "+14155550142", greeting: before!.greeting, escalation_number: before!.escalation_number });
  });

  it("a foreign or unknown client is a per-target not-found, alike, untouched, while the others apply", async () => {
    const gammaBefore = await simAgent(GAMMA_KEY, gamma.agent);
    const change = { field: "greeting", greeting: "Hello from the bulk change." };
    const targets = [
      { clientId: alpha.id, agentId: alpha.agents[1] },
      { clientId: gamma.id, agentId: gamma.agent },
      { clientId: "00000000-0000-4000-8000-000000000000", agentId: gamma.agent },
      { clientId: "not a client id!", agentId: "agt_x" },
    ];
    for (const call of [bulk.preview, bulk.apply]) {
      const result = await call(owner.cookie, { targets, change });
      expectOk(result);
      const [, ...missing] = result.body.data.items;
      for (const item of missing) {
        expect(item).toEqual({ clientId: item.clientId, agentId: item.agentId, clientName: null, agentName: null, businessName: null, status: "failed", error: { code: "not_found", message: "No such client" } });
      }
      expect(result.text).not.toContain("Gamma Secret Clinic");
      expect(result.text).not.toContain(gammaBefore!.greeting);
    }
    expect(await simAgent(GAMMA_KEY, gamma.agent)).toEqual(gammaBefore);
    expect((await simAgent(ALPHA_KEY, alpha.agents[1]!))!.greeting).toBe("Hello from the bulk change.");
  });

  it("refuses viewers with 403 (preview and apply) and changes nothing", async () => {
    const before = await simAgents(ALPHA_KEY);
    const body = { targets: [{ clientId: alpha.id, agentId: alpha.agents[0] }], change: { field: "greeting", greeting: "Viewer was here" } };
    expectError(await bulk.preview(viewer.cookie, body), 403, "forbidden");
    expectError(await bulk.apply(viewer.cookie, body), 403, "forbidden");
    expect(await simAgents(ALPHA_KEY)).toEqual(before);
  });

  it("reports an agent deleted upstream after the preview as failed with OnCallClerk's reason; the other applies", async () => {
    const change = { field: "greeting", greeting: "Partial failure greeting" };
    const victim = await api.createAgent(owner.cookie, beta.id, { ...SECOND_AGENT, agent_name: "Doomed" });
    expectOk(victim, 201);
    const targets = [{ clientId: alpha.id, agentId: alpha.agents[0] }, { clientId: beta.id, agentId: victim.body.data.id }];
    const preview = await bulk.preview(owner.cookie, { targets, change });
    expect(preview.body.data.summary).toEqual({ ready: 2, unchanged: 0, failed: 0 });
    await upstreamCall(BETA_KEY, "DELETE", victim.body.data.id);

    const result = await bulk.apply(owner.cookie, { targets: preview.body.data.items.map(({ clientId, agentId, updatedAt }: Record<string, string>) => ({ clientId, agentId, updatedAt })), change });
    expectOk(result);
    expect(result.body.data.summary).toEqual({ applied: 1, unchanged: 0, failed: 1 });
    expect(result.body.data.items[1]).toMatchObject({ status: "failed", clientName: "Beta Plumbing", error: { code: "upstream_not_found", message: expect.stringContaining("Agent not found") } });
    expect((await simAgent(ALPHA_KEY, alpha.agents[0]!))!.greeting).toBe("Partial failure greeting");
  });

  it("does not overwrite an agent changed upstream after the preview: failed 'changed', their change kept", async () => {
    const change = { field: "greeting", greeting: "Ours, from the bulk page" };
    const targets = [{ clientId: alpha.id, agentId: alpha.agents[0] }, { clientId: beta.id, agentId: beta.agents[0] }];
    const preview = await bulk.preview(owner.cookie, { targets, change });
    await upstreamCall(BETA_KEY, "PUT", beta.agents[0]!, { greeting: "Theirs, from the OnCallClerk dashboard" });

    const result = await bulk.apply(owner.cookie, { targets: preview.body.data.items.map(({ clientId, agentId, updatedAt }: Record<string, string>) => ({ clientId, agentId, updatedAt })), change });
    expectOk(result);
    expect(result.body.data.items.map((item: { status: string }) => item.status)).toEqual(["applied", "failed"]);
    expect(result.body.data.items[1].error).toEqual({ code: "agent_changed", message: expect.stringMatching(/since the preview, so it was not overwritten/) });
    expect((await simAgent(BETA_KEY, beta.agents[0]!))!.greeting).toBe("Theirs, from the OnCallClerk dashboard");
  });

  it("a rejected key fails that client's agents and marks the key; the other client still applies", async () => {
    const key = freshKey("growth", "bulkr");
    const doomed = await addClientWithTwoAgents(owner.cookie, "Revoked Roofing", key, "US");
    await harness.sim.revoke(key);
    const change = { field: "voice_id", voice_id: "KR1TkIhkSykEjI4B0DtH" }; // Sarah
    const targets = [...doomed.agents.map((agentId) => ({ clientId: doomed.id, agentId })), { clientId: alpha.id, agentId: alpha.agents[1] }];
    const result = await bulk.apply(owner.cookie, { targets, change });
    expectOk(result);
    expect(result.body.data.items.map((item: { status: string; error?: { code: string } }) => [item.status, item.error?.code])).toEqual([
      ["failed", "client_key_rejected"],
      ["failed", "client_key_rejected"],
      ["applied", undefined],
    ]);
    expect((await storedClient(doomed.id))!.status).toBe("key_rejected");
    expect((await simAgent(ALPHA_KEY, alpha.agents[1]!))!.voice_id).toBe("KR1TkIhkSykEjI4B0DtH");
  });
});

describe("what never reaches OnCallClerk", () => {
  let canned: CannedUpstream;
  let cannedClientId: string;

  beforeAll(async () => {
    canned = await startCannedUpstream();
    canned.on("GET", "/usage", { status: 200, json: { success: true, data: { plan: "growth", agents: { used: 1, limit: 3, remaining: 2 } } } });
    const created = await withEnv({ ONCALLCLERK_BASE_URL: canned.url }, () => api.createClient(owner.cookie, { name: "Canned GB", apiKey: "sim_growth_cannedbulk1", country: "GB" }));
    expectOk(created, 201);
    cannedClientId = created.body.data.id;
  });
  afterAll(() => canned.close());

  const target = () => ({ clientId: cannedClientId, agentId: "agt_canned" });
  const invalidBodies = () => [
    { name: "no targets", body: { targets: [], change: { field: "greeting", greeting: "Hi" } }, field: "targets" },
    { name: "an empty greeting", body: { targets: [target()], change: { field: "greeting", greeting: "   " } }, field: "change.greeting" },
    { name: "a field bulk does not change", body: { targets: [target()], change: { field: "system_prompt", system_prompt: "x" } }, field: "change.field" },
    { name: "ambiguous hours", body: { targets: [target()], change: { field: "business_hours", business_hours: { ...NEW_HOURS, schedule: { ...NEW_HOURS.schedule, monday: { open: "09:00", close: "09:00", enabled: true } } } } }, field: "change.business_hours.schedule.monday.close" },
    { name: "a US number for a GB client", body: { targets: [target()], change: { field: "escalation_policy", escalation_policy: "always", forwarding_number: "(415) 555-0142" } }, field: "change.forwarding_number" },
  ];

  it("an invalid body is 400 with field errors, and not one request reaches OnCallClerk", async () => {
    await withEnv({ ONCALLCLERK_BASE_URL: canned.url }, async () => {
      const sent = canned.requests.length;
      for (const { name, body, field } of invalidBodies()) {
        for (const call of [bulk.preview, bulk.apply]) {
          const result = await call(owner.cookie, body);
          expectError(result, 400, "validation_failed");
          expect(Object.keys(result.body.error.fieldErrors), name).toContain(field);
        }
      }
      expect(canned.requests.length).toBe(sent);
    });
  });

  it("names the client a number is not valid for", async () => {
    await withEnv({ ONCALLCLERK_BASE_URL: canned.url }, async () => {
      const result = await bulk.apply(owner.cookie, invalidBodies()[4]!.body);
      expect(result.body.error.fieldErrors["change.forwarding_number"]).toEqual([expect.stringMatching(/^Canned GB: .*for GB/)]);
    });
  });

  it("a voice the client's account does not list fails its agents without a write", async () => {
    canned.on("GET", "/voices", { status: 200, json: { success: true, data: [{ id: KEVIN, name: "Kevin" }] } });
    await withEnv({ ONCALLCLERK_BASE_URL: canned.url }, async () => {
      const sent = canned.requests.length;
      const result = await bulk.apply(owner.cookie, { targets: [target()], change: { field: "voice_id", voice_id: "someone_else" } });
      expectOk(result);
      expect(result.body.data.items[0]).toMatchObject({ status: "failed", clientName: "Canned GB", error: { code: "voice_not_available" } });
      expect(canned.requests.slice(sent).map((request) => `${request.method} ${request.path}`)).toEqual(["GET /voices"]);
    });
  });
});

describe("a write whose answer is lost is read back, never repeated", () => {
  it("reports applied when the write landed, failed when it did not — one PUT each", async () => {
    for (const landsAnyway of [true, false]) {
      const lossy = await startLossyUpstream({ landsAnyway });
      try {
        const created = await withEnv({ ONCALLCLERK_BASE_URL: lossy.url }, () => api.createClient(owner.cookie, { name: `Lossy ${landsAnyway}`, apiKey: `sim_growth_lossy${landsAnyway}1` }));
        expectOk(created, 201);
        const result = await withEnv({ ONCALLCLERK_BASE_URL: lossy.url }, () =>
          bulk.apply(owner.cookie, { targets: [{ clientId: created.body.data.id, agentId: "agt_lossy" }], change: { field: "greeting", greeting: "After the outage" } }),
        );
        expectOk(result);
        expect(lossy.puts).toBe(1);
        if (landsAnyway) expect(result.body.data.items[0]).toMatchObject({ status: "applied", after: { greeting: "After the outage" } });
        else expect(result.body.data.items[0]).toMatchObject({ status: "failed", error: { code: "upstream_unavailable", message: expect.stringMatching(/Nothing was changed/) } });
      } finally {
        await lossy.close();
      }
    }
  });
});
