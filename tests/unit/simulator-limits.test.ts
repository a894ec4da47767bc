// Plan limits, rate limiting and injected failures (switches set at start and at runtime).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, startSimulator, type RunningSimulator } from "@/lib/simulator";
import { simClient } from "../support/sim-client";

let sim: RunningSimulator;
let c: ReturnType<typeof simClient>;
const AGENT = { business_name: "Acme", agent_name: "Extra", voice_id: "f5HLTX707KIM4SzJYzSz", greeting: "Hi", system_prompt: "Help." };

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  c = simClient(sim.url);
});
afterAll(() => sim.close());
afterEach(async () => {
  await c.control("PUT", "/config", DEFAULT_CONFIG);
  await c.control("POST", "/reset");
});

describe("plan agent limits", () => {
  it("starter: the default agent uses the only slot, a second create is 403 and nothing is created", async () => {
    const key = "sim_starter_limit001";
    const res = await c.api(key, "POST", "/agents", AGENT);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ success: false, status: 403 });
    expect(res.body.error).toMatch(/Agent limit reached.*starter.*1 agent/);
    expect((await c.api(key, "GET", "/agents")).body.data).toHaveLength(1);
    expect((await c.api(key, "GET", "/usage")).body.data.agents).toEqual({ used: 1, limit: 1, remaining: 0 });
  });

  it("growth: 3 agents, then 403; deleting one frees a slot", async () => {
    const key = "sim_growth_limit0001";
    expect((await c.api(key, "POST", "/agents", AGENT)).status).toBe(201);
    const third = await c.api(key, "POST", "/agents", AGENT);
    expect(third.status).toBe(201);
    expect((await c.api(key, "POST", "/agents", AGENT)).status).toBe(403);
    await c.api(key, "DELETE", `/agents/${third.body.agent.id}`);
    expect((await c.api(key, "POST", "/agents", AGENT)).status).toBe(201);
  });
});

describe("rate limits", () => {
  async function burst(key: string, n: number) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await c.api(key, "GET", "/usage"));
    return out;
  }

  it("starter allows 60 requests a minute, then 429 with Retry-After in seconds", async () => {
    const key = "sim_starter_rate0001";
    const first = await burst(key, 60);
    expect(first.every((r) => r.status === 200)).toBe(true);
    expect(first[59]!.headers.get("x-ratelimit-remaining")).toBe("0");
    const limited = await c.api(key, "GET", "/usage");
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ success: false, status: 429 });
    const retry = Number(limited.headers.get("retry-after"));
    expect(Number.isInteger(retry)).toBe(true);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    // per key: another account is unaffected
    expect((await c.api("sim_starter_rate0002", "GET", "/usage")).status).toBe(200);
  });

  it("sends Retry-After as an HTTP date when configured", async () => {
    await c.control("PUT", "/config", { retryAfterFormat: "http-date" });
    const key = "sim_growth_rate0003";
    await burst(key, 60);
    const limited = await c.api(key, "GET", "/usage");
    expect(limited.status).toBe(429);
    const header = limited.headers.get("retry-after") ?? "";
    expect(header).toMatch(/GMT$/);
    const at = Date.parse(header);
    expect(at).toBeGreaterThan(Date.now() - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 61_000);
  });

  it("professional allows more than 60 per minute", async () => {
    const res = await burst("sim_professional_rate04", 80);
    expect(res.every((r) => r.status === 200)).toBe(true);
  });

  it("can be switched off at runtime", async () => {
    await c.control("PUT", "/config", { rateLimit: false });
    const res = await burst("sim_starter_rate0005", 75);
    expect(res.every((r) => r.status === 200)).toBe(true);
    expect(res[0]!.headers.get("retry-after")).toBeNull();
  });
});

describe("injected failures", () => {
  it("errorRate 1 → 500 JSON envelope, and nothing is written", async () => {
    const key = "sim_growth_fail0001";
    await c.api(key, "GET", "/agents");
    await c.control("PUT", "/config", { errorRate: 1 });
    const res = await c.api(key, "POST", "/agents", AGENT);
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.body).toEqual({ success: false, error: "Internal server error", status: 500 });
    await c.control("PUT", "/config", { errorRate: 0 });
    expect((await c.api(key, "GET", "/agents")).body.data).toHaveLength(1);
  });

  it("htmlErrorRate 1 → 502 text/html, even without a key", async () => {
    await c.control("PUT", "/config", { htmlErrorRate: 1 });
    for (const key of ["sim_growth_fail0002", null]) {
      const res = await c.api(key, "GET", "/agents");
      expect(res.status).toBe(502);
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
      expect(res.text).toContain("502 Bad Gateway");
      expect(res.body).toBeUndefined();
    }
    // the control API is never affected
    expect((await c.control("GET", "/health")).status).toBe(200);
  });

  it("options at start apply (errorRate) and latencyMs delays answers", async () => {
    const other = await startSimulator({ port: 0, errorRate: 1, latencyMs: 120, rateLimit: false });
    try {
      const started = Date.now();
      const res = await simClient(other.url).api("sim_starter_fail0003", "GET", "/voices");
      expect(res.status).toBe(500);
      expect(Date.now() - started).toBeGreaterThanOrEqual(110);
      expect(other.config.errorRate).toBe(1);
    } finally {
      await other.close();
    }
  });

  it("PUT /__sim/config validates its body", async () => {
    expect((await c.control("PUT", "/config", { errorRate: 2 })).status).toBe(400);
    expect((await c.control("PUT", "/config", { errorRat: 0.5 })).status).toBe(400);
    const cfg = await c.control("GET", "/config");
    expect(cfg.body.data).toEqual(DEFAULT_CONFIG);
  });
});
