// The version config and the restore plan: what a version keeps of an upstream agent, when two
// configs mean the same setting, and exactly which fields a restore would send.
import { describe, expect, it } from "vitest";
import { configChanges, configFromJson, configOfAgent, sameFieldValue } from "@/lib/agents/versions/config";
import { describeField } from "@/lib/agents/versions/describe";
import { planRestore } from "@/lib/agents/versions/restore";

const agent = {
  id: "agt_1",
  status: "active",
  phone_number: "+14155550100",
  phone_number_sid: "PN1",
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-02T00:00:00Z",
  agent_name: "Reception",
  business_name: "Acme",
  voice_id: "v1",
  greeting: "Hello",
  system_prompt: "Be kind.",
  forwarding_number: null,
  escalation_policy: "never",
  functions_enabled: true,
  faq: [{ question: "Q?", answer: "A.", extra: "dropped" }],
  business_hours: { enabled: true, timezone: "Europe/London", schedule: { monday: { open: "09:00", close: "17:00", enabled: true } } },
};

describe("configOfAgent", () => {
  it("keeps the writable fields only, in one shape", () => {
    const config = configOfAgent(agent);
    expect(Object.keys(config)).toEqual(["agent_name", "business_name", "voice_id", "greeting", "system_prompt", "escalation_policy", "business_hours", "faq", "functions_enabled"]);
    expect(config.faq).toEqual([{ question: "Q?", answer: "A." }]);
    expect(config.functions_enabled).toEqual(["calendar", "email", "sheets"]);
    expect((config.business_hours as { schedule: Record<string, unknown> }).schedule.sunday).toEqual({ open: "00:00", close: "00:00", enabled: false });
  });

  it("reads back stored JSON with unknown keys and nulls dropped", () => {
    expect(configFromJson({ greeting: "Hi", id: "agt_1", forwarding_number: null })).toEqual({ greeting: "Hi" });
    expect(configFromJson("not an object")).toEqual({});
  });
});

describe("comparing settings", () => {
  it("ignores key order (jsonb reorders) and the order of functions, not FAQ order", () => {
    expect(sameFieldValue("voice_settings", { name: "Kevin", personality: "calm" }, { personality: "calm", name: "Kevin" })).toBe(true);
    expect(sameFieldValue("functions_enabled", ["email", "calendar"], ["calendar", "email"])).toBe(true);
    const [a, b] = [{ question: "1", answer: "x" }, { question: "2", answer: "y" }];
    expect(sameFieldValue("faq", [a, b], [b, a])).toBe(false);
    expect(configChanges({ greeting: "Hi", faq: [a] }, { greeting: "Hi", faq: [a, b] })).toEqual([{ field: "faq", before: [a], after: [a, b] }]);
  });
});

describe("planRestore", () => {
  it("sends only the fields that differ", () => {
    expect(planRestore({ greeting: "Old", voice_id: "v1" }, { greeting: "New", voice_id: "v1" })).toEqual({ patch: { greeting: "Old" }, leftAsIs: [] });
  });

  it("empties what can be emptied and leaves numbers and hours it cannot clear", () => {
    const plan = planRestore({ greeting: "Hi" }, { greeting: "Hi", faq: [{ question: "Q", answer: "A" }], functions_enabled: ["email"], voice_settings: { name: "Kevin" }, forwarding_number: "+14155550100", business_hours: { enabled: true } });
    expect(plan).toEqual({ patch: { faq: [], functions_enabled: [], voice_settings: {} }, leftAsIs: ["forwarding_number", "business_hours"] });
  });

  it("sends nothing for a version identical to now", () => {
    expect(planRestore(configOfAgent(agent), configOfAgent({ ...agent, updated_at: "later" }))).toEqual({ patch: {}, leftAsIs: [] });
  });
});

describe("describeField", () => {
  const voiceName = (id: string) => (id === "v1" ? "Kevin" : id);
  it("turns hours, FAQ and choices into lines people read", () => {
    const hours = configOfAgent(agent).business_hours;
    expect(describeField("business_hours", hours, voiceName)).toEqual(["Time zone: Europe/London", "Monday: 09:00–17:00", "Tuesday: closed", "Wednesday: closed", "Thursday: closed", "Friday: closed", "Saturday: closed", "Sunday: closed"]);
    expect(describeField("business_hours", { enabled: false, timezone: "UTC" }, voiceName)[0]).toMatch(/24\/7/);
    expect(describeField("faq", [{ question: "Q?", answer: "A." }], voiceName)).toEqual(["Q: Q?", "A: A."]);
    expect(describeField("voice_id", "v1", voiceName)).toEqual(["Kevin"]);
    expect(describeField("system_prompt", "One\nTwo", voiceName)).toEqual(["One", "Two"]);
    expect(describeField("forwarding_number", null, voiceName)).toEqual([]);
  });
});
