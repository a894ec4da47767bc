// What a transcript sync depends on: seeded data, determinism, calls arriving/disappearing mid-sync,
// agent and account deletion.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { simClient } from "../support/sim-client";

let sim: RunningSimulator;
let c: ReturnType<typeof simClient>;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: false });
  c = simClient(sim.url);
});
afterAll(() => sim.close());

type T = { id: string; date: string; time: string; duration: number; duration_minutes: number; caller: string; type: string; outcome: string; rating: number; summary: string; conversation: { speaker: string; text: string }[]; agentId: string; created_at: string };

async function firstAgent(key: string): Promise<string> {
  return (await c.api(key, "GET", "/agents")).body.data[0].id;
}
async function transcripts(key: string, agentId: string, qs = "limit=1000"): Promise<T[]> {
  return (await c.api(key, "GET", `/agents/${agentId}/transcripts?${qs}`)).body.data.transcripts;
}

describe("seeded transcripts", () => {
  it("seed 40 realistic calls per agent covering all types and outcomes over ~30 days", async () => {
    const key = "sim_growth_seed0001";
    const list = await transcripts(key, await firstAgent(key));
    expect(list).toHaveLength(40);
    expect(new Set(list.map((t) => t.type)).size).toBe(7);
    expect(new Set(list.map((t) => t.outcome)).size).toBe(9);
    expect(new Set(list.map((t) => t.id)).size).toBe(40);
    const countryCodes = new Set(list.map((t) => t.caller.slice(0, 3)));
    expect(countryCodes.size).toBeGreaterThan(2);
    for (const t of list) {
      expect(t.caller).toMatch(/^\+[1-9]\d{7,14}$/);
      expect(t.conversation.length).toBeGreaterThanOrEqual(6);
      expect(t.conversation.length).toBeLessThanOrEqual(20);
      expect(t.conversation[0]!.speaker).toBe("agent");
      expect(t.rating).toBeGreaterThanOrEqual(1);
      expect(t.rating).toBeLessThanOrEqual(5);
      expect(t.duration_minutes).toBeCloseTo(t.duration / 60, 2);
      expect(t.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(t.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      expect(t.summary.length).toBeGreaterThan(40);
      expect(t.summary).not.toMatch(/\{\w+\}/); // no unfilled placeholders
      expect(t.conversation.every((turn) => !/\{\w+\}/.test(turn.text))).toBe(true);
    }
    const ages = list.map((t) => Date.now() - Date.parse(t.created_at));
    expect(Math.min(...ages)).toBeGreaterThan(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(31 * 86_400_000);
    expect(Math.max(...ages)).toBeGreaterThan(10 * 86_400_000);
  });

  it("honours transcriptsPerAgent for accounts created afterwards", async () => {
    await c.control("PUT", "/config", { transcriptsPerAgent: 3 });
    try {
      const key = "sim_growth_seed0002";
      expect(await transcripts(key, await firstAgent(key))).toHaveLength(3);
    } finally {
      await c.control("PUT", "/config", { transcriptsPerAgent: 40 });
    }
  });
});

describe("determinism", () => {
  it("the same key yields the same account in a fresh simulator; another key does not", async () => {
    const key = "sim_professional_determ01";
    const other = await startSimulator({ port: 0, rateLimit: false });
    try {
      const c2 = simClient(other.url);
      const [a1, a2] = [(await c.api(key, "GET", "/agents")).body.data[0], (await c2.api(key, "GET", "/agents")).body.data[0]];
      expect(a2.id).toBe(a1.id);
      expect(a2.business_name).toBe(a1.business_name);
      const [t1, t2] = [(await transcripts(key, a1.id))[0]!, (await (await c2.api(key, "GET", `/agents/${a1.id}/transcripts?limit=1`)).body.data.transcripts[0]) as T];
      // timestamps are relative to first use; everything else is identical
      const strip = ({ created_at: _c, date: _d, time: _t, ...rest }: T) => rest;
      expect(strip(t2)).toEqual(strip(t1));
      expect(Math.abs(Date.parse(t2.created_at) - Date.parse(t1.created_at))).toBeLessThan(5_000);
      expect((await c.api("sim_professional_determ02", "GET", "/agents")).body.data[0].id).not.toBe(a1.id);
    } finally {
      await other.close();
    }
  });
});

describe("calls arriving and disappearing mid-sync", () => {
  it("control-added calls land at the head and shift offsets by their count", async () => {
    const key = "sim_starter_arrive01";
    const agentId = await firstAgent(key);
    const page1 = await transcripts(key, agentId, "limit=10&offset=0");
    const added = await c.control("POST", `/accounts/${key}/agents/${agentId}/calls`, { count: 3 });
    expect(added.status).toBe(200);
    expect(added.body.data.added).toHaveLength(3);
    expect(added.body.data.total).toBe(43);
    const head = await transcripts(key, agentId, "limit=3");
    expect(head.map((t) => t.id)).toEqual(added.body.data.added);
    expect(Date.parse(head[0]!.created_at)).toBeGreaterThan(Date.parse(page1[0]!.created_at));
    // The naive "offset=10" second page now repeats the last 3 items of page 1.
    const page2 = await transcripts(key, agentId, "limit=10&offset=10");
    expect(page2.slice(0, 3).map((t) => t.id)).toEqual(page1.slice(7).map((t) => t.id));
  });

  it("a control-deleted transcript disappears from list and get; offsets shift back", async () => {
    const key = "sim_starter_arrive02";
    const agentId = await firstAgent(key);
    const before = await transcripts(key, agentId, "limit=5");
    const victim = before[1]!.id;
    expect((await c.control("DELETE", `/accounts/${key}/agents/${agentId}/calls/${victim}`)).body.data).toEqual({ deleted: victim, total: 39 });
    const after = await transcripts(key, agentId, "limit=5");
    expect(after.map((t) => t.id)).toEqual([before[0]!.id, ...before.slice(2).map((t) => t.id), expect.any(String)]);
    expect((await c.api(key, "GET", `/agents/${agentId}/transcripts/${victim}`)).status).toBe(404);
    expect((await c.control("DELETE", `/accounts/${key}/agents/${agentId}/calls/${victim}`)).status).toBe(404);
  });

  it("arrivalsPerMinute adds calls on a timer to every agent of existing accounts", async () => {
    const key = "sim_growth_arrive03";
    const agentId = await firstAgent(key);
    await c.api(key, "POST", "/agents", { business_name: "B", agent_name: "Second", voice_id: "f5HLTX707KIM4SzJYzSz", greeting: "Hi", system_prompt: "x" });
    await c.control("PUT", "/config", { arrivalsPerMinute: 1200 }); // 20 per second
    await new Promise((r) => setTimeout(r, 600));
    await c.control("PUT", "/config", { arrivalsPerMinute: 0 });
    const dump = (await c.control("GET", `/accounts/${key}`)).body.data;
    const [first, second] = dump.agents as { config: { id: string }; callCount: number }[];
    expect(first!.config.id).toBe(agentId);
    expect(first!.callCount).toBeGreaterThan(40);
    expect(second!.callCount).toBeGreaterThan(0);
    const settled = first!.callCount;
    await new Promise((r) => setTimeout(r, 300));
    expect((await c.control("GET", `/accounts/${key}`)).body.data.agents[0].callCount).toBe(settled);
  });
});

describe("deletion", () => {
  it("deleting an agent deletes its transcripts (gone from the state dump and the API)", async () => {
    const key = "sim_professional_del0001";
    const agentId = await firstAgent(key);
    const one = (await transcripts(key, agentId, "limit=1"))[0]!;
    expect((await c.api(key, "DELETE", `/agents/${agentId}`)).status).toBe(200);
    expect((await c.api(key, "GET", `/agents/${agentId}/transcripts`)).status).toBe(404);
    expect((await c.api(key, "GET", `/agents/${agentId}/transcripts/${one.id}`)).status).toBe(404);
    const dump = (await c.control("GET", `/accounts/${key}`)).body.data;
    expect(dump.agents).toEqual([]);
    expect(dump.usage.minutes.used).toBe(0);
    expect((await c.api(key, "GET", "/agents")).body.data).toEqual([]);
  });

  it("DELETE /user removes the account: 401 afterwards, control dump 404, reset revives the key fresh", async () => {
    const key = "sim_starter_del00002";
    const agentId = await firstAgent(key);
    await c.api(key, "PUT", "/user", { firstName: "Changed" });
    expect((await c.api(key, "DELETE", "/user")).status).toBe(200);
    expect((await c.api(key, "GET", "/user")).status).toBe(401);
    expect((await c.control("GET", `/accounts/${key}`)).status).toBe(404);
    await c.control("POST", "/reset");
    expect((await c.api(key, "GET", "/user")).body.data.firstName).not.toBe("Changed");
    expect(await firstAgent(key)).toBe(agentId);
  });
});

describe("control API", () => {
  it("health reports accounts and calls; unknown control path is 404", async () => {
    const health = await c.control("GET", "/health");
    expect(health.body).toMatchObject({ success: true, data: { status: "ok" } });
    expect(health.body.data.accounts).toBeGreaterThan(0);
    expect((await c.control("GET", "/nope")).status).toBe(404);
    expect((await c.control("GET", "/accounts/not_a_key")).status).toBe(404);
  });
});
