// Strictness: the simulator rejects what a sloppy portal might send, with messages naming the field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { simClient } from "../support/sim-client";

let sim: RunningSimulator;
let c: ReturnType<typeof simClient>;
let agentId: string;
const KEY = "sim_enterprise_strict01";
const VALID = { business_name: "Acme", agent_name: "Reception", voice_id: "f5HLTX707KIM4SzJYzSz", greeting: "Hi", system_prompt: "Help." };

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: false });
  c = simClient(sim.url);
  agentId = (await c.api(KEY, "GET", "/agents")).body.data[0].id;
});
afterAll(() => sim.close());

function expect400(res: { status: number; body: { success: boolean; error: string; status: number } }, ...mentions: string[]) {
  expect(res.status).toBe(400);
  expect(res.body.success).toBe(false);
  expect(res.body.status).toBe(400);
  for (const m of mentions) expect(res.body.error).toContain(m);
}

describe("request bodies", () => {
  it("rejects an unknown field on create and on update, naming it", async () => {
    expect400(await c.api(KEY, "POST", "/agents", { ...VALID, color: "red" }), '"color"');
    expect400(await c.api(KEY, "PUT", `/agents/${agentId}`, { greting: "typo" }), '"greting"');
    expect400(await c.api(KEY, "PUT", `/agents/${agentId}`, { voice_settings: { name: "Kev", pitch: 3 } }), '"voice_settings.pitch"');
  });

  it("rejects read-only fields (id, status, phone_number, updated_at) on update and leaves the agent unchanged", async () => {
    const before = (await c.api(KEY, "GET", `/agents/${agentId}`)).body.data;
    expect400(await c.api(KEY, "PUT", `/agents/${agentId}`, { id: "agt_other", greeting: "x" }), '"id"', "read-only");
    expect400(await c.api(KEY, "PUT", `/agents/${agentId}`, { status: "inactive" }), '"status"', "read-only");
    expect400(await c.api(KEY, "PUT", `/agents/${agentId}`, { phone_number: "+14155551234" }), '"phone_number"');
    expect400(await c.api(KEY, "PUT", `/agents/${agentId}`, { updated_at: new Date().toISOString() }), '"updated_at"');
    expect((await c.api(KEY, "GET", `/agents/${agentId}`)).body.data).toEqual(before);
  });

  it("rejects missing required fields, listing all of them", async () => {
    const { greeting: _g, system_prompt: _s, ...partial } = VALID;
    expect400(await c.api(KEY, "POST", "/agents", partial), '"greeting" is required', '"system_prompt" is required');
  });

  it("rejects bad enum values and bad formats", async () => {
    expect400(await c.api(KEY, "PUT", `/agents/${agentId}`, { escalation_policy: "sometimes" }), '"escalation_policy"', '"never"');
    expect400(await c.api(KEY, "PUT", `/agents/${agentId}`, { voice_id: "nope" }), '"voice_id"');
    expect400(await c.api(KEY, "PUT", `/agents/${agentId}`, { forwarding_number: "415-555-1234" }), '"forwarding_number"', "E.164");
    expect400(
      await c.api(KEY, "PUT", `/agents/${agentId}`, { business_hours: { enabled: true, timezone: "Mars/Olympus", schedule: {} } }),
      '"business_hours.timezone"',
    );
    expect400(
      await c.api(KEY, "PUT", `/agents/${agentId}`, { business_hours: { enabled: true, timezone: "UTC", schedule: { funday: { open: "09:00", close: "17:00", enabled: true } } } }),
      "funday",
    );
    expect400(await c.api(KEY, "PUT", "/user", { emailNotifications: "yes" }), '"emailNotifications"');
  });

  it("accepts a valid full business_hours update", async () => {
    const hours = { enabled: true, timezone: "America/Chicago", schedule: { monday: { open: "08:00", close: "18:00", enabled: true } } };
    const res = await c.api(KEY, "PUT", `/agents/${agentId}`, { business_hours: hours, forwarding_number: null });
    expect(res.status).toBe(200);
    expect(res.body.updatedAgent.business_hours).toEqual(hours);
    expect(res.body.updatedAgent.forwarding_number).toBeNull();
  });

  it("rejects malformed JSON, a non-object body, a missing body and a non-JSON content type", async () => {
    expect400(await c.api(KEY, "POST", "/agents", "{not json", { "content-type": "application/json" }), "Malformed JSON");
    expect400(await c.api(KEY, "POST", "/agents", [VALID]), "JSON object");
    expect400(await c.api(KEY, "POST", "/agents"), "required");
    expect400(await c.api(KEY, "POST", "/agents", JSON.stringify(VALID), { "content-type": "text/plain" }), "Content-Type");
  });

  it("rejects the read-only email on PUT /user and unknown profile fields", async () => {
    expect400(await c.api(KEY, "PUT", "/user", { email: "x@y.com" }), '"email"', "read-only");
    expect400(await c.api(KEY, "PUT", "/user", { nickname: "J" }), '"nickname"');
  });
});

describe("query strings", () => {
  it("rejects unknown parameters, bad enums and bad numbers on transcripts", async () => {
    expect400(await c.api(KEY, "GET", `/agents/${agentId}/transcripts?page=2`), '"page"');
    expect400(await c.api(KEY, "GET", `/agents/${agentId}/transcripts?type=Spam`), '"type"');
    expect400(await c.api(KEY, "GET", `/agents/${agentId}/transcripts?outcome=Great`), '"outcome"');
    expect400(await c.api(KEY, "GET", `/agents/${agentId}/transcripts?limit=-1`), '"limit"');
    expect400(await c.api(KEY, "GET", `/agents/${agentId}/transcripts?offset=1.5`), '"offset"');
  });

  it("rejects pageSize above 50, unsupported countries and a typo'd parameter on numbers", async () => {
    expect400(await c.api(KEY, "GET", "/phone-numbers/available?pageSize=51"), '"pageSize"');
    expect400(await c.api(KEY, "GET", "/phone-numbers/available?country=XX"), "XX");
    expect400(await c.api(KEY, "GET", "/phone-numbers/available?pagesize=10"), '"pagesize"');
  });
});

describe("authentication", () => {
  const invalid = { success: false, error: "Invalid API key", status: 401 };
  it.each([
    ["no header", null],
    ["an unknown plan", "sim_gold_abcd1234"],
    ["a too-short suffix", "sim_starter_abc"],
    ["a non-simulator key", "sk_live_abcdefgh"],
    ["a suffix with punctuation", "sim_growth_abcd-1234"],
  ])("answers 401 for %s", async (_label, key) => {
    const res = await c.api(key, "GET", "/agents");
    expect(res.status).toBe(401);
    expect(res.body).toEqual(invalid);
  });

  it("answers 401 for a non-Bearer scheme", async () => {
    const res = await c.api(null, "GET", "/agents", undefined, { authorization: `Basic ${KEY}` });
    expect(res.body).toEqual(invalid);
  });

  it("answers 401 after the control API revokes a key; other keys keep working", async () => {
    const key = "sim_starter_revokeMe1";
    expect((await c.api(key, "GET", "/usage")).status).toBe(200);
    expect((await c.control("POST", `/accounts/${key}/revoke`)).status).toBe(200);
    expect((await c.api(key, "GET", "/usage")).status).toBe(401);
    expect((await c.api(KEY, "GET", "/usage")).status).toBe(200);
  });
});
