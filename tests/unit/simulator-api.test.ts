// Envelopes and status codes of every reference endpoint, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { simClient } from "../support/sim-client";

let sim: RunningSimulator;
let c: ReturnType<typeof simClient>;
const KEY = "sim_professional_apiTests01";

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: false });
  c = simClient(sim.url);
});
afterAll(() => sim.close());

async function defaultAgentId(key = KEY): Promise<string> {
  const res = await c.api(key, "GET", "/agents");
  return res.body.data[0].id as string;
}

describe("agents", () => {
  it("lists exactly one seeded default agent with the list shape", async () => {
    const res = await c.api(KEY, "GET", "/agents");
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(res.body.data).toHaveLength(1);
    expect(Object.keys(res.body.data[0]).sort()).toEqual(
      ["agent_name", "business_name", "created_at", "escalation_policy", "forwarding_number", "greeting", "id", "phone_number", "status", "system_prompt", "updated_at", "voice_id"],
    );
  });

  it("gets the full config of the default agent (hours Mon–Fri 09:00–17:00, FAQ, functions)", async () => {
    const id = await defaultAgentId();
    const res = await c.api(KEY, "GET", `/agents/${id}`);
    expect(res.status).toBe(200);
    const a = res.body.data;
    expect(a.id).toBe(id);
    expect(a.business_hours.schedule.monday).toEqual({ open: "09:00", close: "17:00", enabled: true });
    expect(a.business_hours.schedule.saturday.enabled).toBe(false);
    expect(typeof a.business_hours.timezone).toBe("string");
    expect(a.faq.length).toBeGreaterThan(0);
    expect(Array.isArray(a.functions_enabled)).toBe(true);
    expect(a.phone_number === null || /^\+\d+$/.test(a.phone_number)).toBe(true);
  });

  it("creates (201 {success, agent} partial), updates ({success, updatedAgent} changed fields only) and deletes", async () => {
    const created = await c.api(KEY, "POST", "/agents", {
      business_name: "Acme Corp", agent_name: "Support", voice_id: "KR1TkIhkSykEjI4B0DtH",
      greeting: "Hello from Acme", system_prompt: "Be helpful.", escalation_policy: "complex",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ success: true, agent: { business_name: "Acme Corp", agent_name: "Support", status: "active", phone_number: null } });
    expect(Object.keys(created.body.agent).sort()).toEqual(["agent_name", "business_name", "created_at", "id", "phone_number", "status", "voice_id"]);
    const id = created.body.agent.id as string;

    const updated = await c.api(KEY, "PUT", `/agents/${id}`, { greeting: "Hi there!", escalation_policy: "always" });
    expect(updated.status).toBe(200);
    expect(Object.keys(updated.body.updatedAgent).sort()).toEqual(["escalation_policy", "greeting", "id", "updated_at"]);
    expect(updated.body.updatedAgent.greeting).toBe("Hi there!");
    expect(Date.parse(updated.body.updatedAgent.updated_at)).toBeGreaterThan(Date.parse(created.body.agent.created_at));
    const full = await c.api(KEY, "GET", `/agents/${id}`);
    expect(full.body.data).toMatchObject({ greeting: "Hi there!", escalation_policy: "always", business_name: "Acme Corp", functions_enabled: [] });

    expect((await c.api(KEY, "DELETE", `/agents/${id}`)).body).toEqual({ success: true });
    expect((await c.api(KEY, "GET", `/agents/${id}`)).body).toEqual({ success: false, error: "Agent not found", status: 404 });
  });

  it("configures the email function on the singular /agent/ path", async () => {
    const id = await defaultAgentId();
    const body = { enabled: true, params: { permitted_recipients: ["james@houses4cash.co.uk", "@houses4cash.co.uk"] } };
    const res = await c.api(KEY, "PUT", `/agent/${id}/functions/email`, body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true });
    expect((await c.api(KEY, "GET", `/agents/${id}`)).body.data.functions_enabled).toContain("email");
    expect((await c.api(KEY, "PUT", `/agents/${id}/functions/email`, body)).status).toBe(404);
    const off = await c.api(KEY, "PUT", `/agent/${id}/functions/email`, { enabled: false, params: { permitted_recipients: [] } });
    expect(off.status).toBe(200);
    expect((await c.api(KEY, "GET", `/agents/${id}`)).body.data.functions_enabled).not.toContain("email");
  });

  it("hides another account's agent behind 404", async () => {
    const id = await defaultAgentId();
    const res = await c.api("sim_professional_outsider1", "GET", `/agents/${id}`);
    expect(res.status).toBe(404);
    expect((await c.api(KEY, "GET", `/agents/${id}`)).status).toBe(200);
  });
});

describe("transcripts", () => {
  it("lists newest first with limit default 50 and offset, gets one by id", async () => {
    const id = await defaultAgentId();
    sim.store.addCalls(sim.store.account(KEY)!, sim.store.agent(sim.store.account(KEY)!, id), 20); // 60 total
    const page = await c.api(KEY, "GET", `/agents/${id}/transcripts`);
    expect(page.status).toBe(200);
    const list = page.body.data.transcripts as { id: string; created_at: string; agentId: string }[];
    expect(list).toHaveLength(50);
    const times = list.map((t) => Date.parse(t.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(list.every((t) => t.agentId === id)).toBe(true);
    const next = await c.api(KEY, "GET", `/agents/${id}/transcripts?limit=5&offset=48`);
    expect(next.body.data.transcripts.map((t: { id: string }) => t.id).slice(0, 2)).toEqual(list.slice(48).map((t) => t.id));
    const one = await c.api(KEY, "GET", `/agents/${id}/transcripts/${list[3]!.id}`);
    expect(one.status).toBe(200);
    expect(one.body.data).toEqual(list[3]);
    expect((await c.api(KEY, "GET", `/agents/${id}/transcripts/tr_nope`)).body).toEqual({ success: false, error: "Transcript not found", status: 404 });
  });

  it("filters by type and outcome", async () => {
    const id = await defaultAgentId();
    const byType = await c.api(KEY, "GET", `/agents/${id}/transcripts?type=${encodeURIComponent("Complaint")}&limit=100`);
    expect(byType.body.data.transcripts.length).toBeGreaterThan(0);
    expect(byType.body.data.transcripts.every((t: { type: string }) => t.type === "Complaint")).toBe(true);
    const both = await c.api(KEY, "GET", `/agents/${id}/transcripts?type=Cancellation&outcome=Cancelled&limit=100`);
    expect(both.body.data.transcripts.length).toBeGreaterThan(0);
    expect(both.body.data.transcripts.every((t: { type: string; outcome: string }) => t.type === "Cancellation" && t.outcome === "Cancelled")).toBe(true);
  });
});

describe("account endpoints", () => {
  it("GET /voices lists the 9 documented voices", async () => {
    const res = await c.api(KEY, "GET", "/voices");
    expect(res.body.data).toHaveLength(9);
    expect(res.body.data[0]).toEqual({ id: "f5HLTX707KIM4SzJYzSz", name: "Kevin", accent: "American", description: "Professional, warm, and articulate", gender: "Male" });
  });

  it("GET /usage reports plan, agents, minutes and a Unix-seconds billing period", async () => {
    const key = "sim_growth_usage001";
    const agentId = await defaultAgentId(key);
    await c.control("POST", `/accounts/${key}/agents/${agentId}/calls`, { count: 3 }); // some minutes even on the 1st
    const res = await c.api(key, "GET", "/usage");
    const d = res.body.data;
    expect(d.plan).toBe("growth");
    expect(d.agents).toEqual({ used: 1, limit: 3, remaining: 2 });
    expect(d.minutes.limit).toBe(600);
    const all = await c.api(key, "GET", `/agents/${agentId}/transcripts?limit=1000`);
    const seconds = (all.body.data.transcripts as { duration: number; created_at: string }[])
      .filter((t) => Date.parse(t.created_at) >= d.billing_period.start * 1000)
      .reduce((sum, t) => sum + t.duration, 0);
    expect(d.minutes.used).toBeGreaterThan(0);
    expect(d.minutes.used).toBeCloseTo(seconds / 60, 1);
    expect(d.minutes.remaining).toBeCloseTo(600 - d.minutes.used, 1);
    expect(d.phone_numbers).toEqual({ allowed: true });
    expect(Number.isInteger(d.billing_period.start)).toBe(true);
    expect(d.billing_period.start).toBeLessThan(Date.now() / 1000);
    expect(d.billing_period.end).toBeGreaterThan(Date.now() / 1000);
    expect(d.billing_period.end).toBeLessThan(1e11); // seconds, not milliseconds
  });

  it("GET /subscription answers plan, status and ISO period", async () => {
    const res = await c.api("sim_enterprise_sub00001", "GET", "/subscription");
    expect(res.body.data.subscription).toMatchObject({ plan: "enterprise", status: "active", cancel_at_period_end: false });
    expect(res.body.data.subscription.current_period_start).toMatch(/^\d{4}-\d{2}-01T00:00:00Z$/);
    expect(res.body.data.usage.limit).toBe(10000);
  });

  it("GET/PUT /user and DELETE /user, after which the key answers 401", async () => {
    const key = "sim_starter_userDel01";
    const me = await c.api(key, "GET", "/user");
    expect(me.body.data.email).toMatch(/@/);
    const put = await c.api(key, "PUT", "/user", { firstName: "Jane", weeklyReports: true });
    expect(put.status).toBe(200);
    expect(put.body.data).toMatchObject({ firstName: "Jane", weeklyReports: true, email: me.body.data.email });
    expect((await c.api(key, "DELETE", "/user")).body).toEqual({ success: true });
    expect((await c.api(key, "GET", "/agents")).body).toEqual({ success: false, error: "Invalid API key", status: 401 });
  });

  it("unknown path → 404 envelope, wrong method → 405", async () => {
    expect((await c.api(KEY, "GET", "/nope")).body).toMatchObject({ success: false, status: 404 });
    expect((await c.api(KEY, "PATCH", "/agents")).status).toBe(405);
  });
});
