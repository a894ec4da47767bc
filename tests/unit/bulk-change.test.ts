// The pure half of bulk apply: the body schema, numbers per client country, FAQ append with
// de-duplication, before → after of only the touched fields, and "would this alter the agent?".
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/api/body";
import { defaultHours } from "@/lib/agents/business-hours";
import { FAQ_ENTRIES_MAX } from "@/lib/agents/faq-csv";
import { bulkApplyBodySchema, bulkPreviewBodySchema, resolveChangeForCountry, type BulkChange } from "@/lib/bulk/bulk-schemas";
import { appendFaq, planChange, sameFieldValue } from "@/lib/bulk/change";
import type { Agent } from "@/lib/oncallclerk";

const HOURS = defaultHours("America/New_York");

const agent = (patch: Partial<Agent> = {}): Agent => ({
  id: "agt_1",
  agent_name: "Front desk",
  business_name: "Maple Dental",
  greeting: "Hello, Maple Dental.",
  voice_id: "voice_a",
  escalation_policy: "never",
  forwarding_number: "+14155550100",
  escalation_number: null,
  business_hours: HOURS,
  faq: [{ question: "Where do I park?", answer: "Behind the building." }],
  system_prompt: "Be kind.",
  updated_at: "2026-01-01T00:00:00.000Z",
  ...patch,
});

const plan = (change: BulkChange, on: Agent = agent()) => {
  const result = planChange(on, change);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe("appendFaq", () => {
  it("appends new questions and skips ones the agent has, ignoring case and spacing", () => {
    const result = appendFaq([{ question: "Where do I park?", answer: "Behind." }], [
      { question: "  WHERE do  I park? ", answer: "Somewhere else" },
      { question: "Do you take new patients?", answer: "Yes." },
    ]);
    expect(result.faq).toEqual([
      { question: "Where do I park?", answer: "Behind." },
      { question: "Do you take new patients?", answer: "Yes." },
    ]);
    expect(result.skipped.map((entry) => entry.answer)).toEqual(["Somewhere else"]);
    expect(result.added).toHaveLength(1);
  });

  it("skips a question repeated within the appended entries, and copes with an agent without FAQ", () => {
    const result = appendFaq(null, [
      { question: "Open on Sunday?", answer: "No." },
      { question: "open on sunday?", answer: "Yes." },
    ]);
    expect(result.faq).toEqual([{ question: "Open on Sunday?", answer: "No." }]);
    expect(result.skipped).toEqual([{ question: "open on sunday?", answer: "Yes." }]);
  });
});

describe("planChange", () => {
  it("business hours: before/after and the patch carry the hours only", () => {
    const hours = { ...HOURS, schedule: { ...HOURS.schedule, saturday: { open: "10:00", close: "14:00", enabled: true } } };
    const result = plan({ field: "business_hours", business_hours: hours });
    expect(result.before).toEqual({ business_hours: HOURS });
    expect(result.after).toEqual({ business_hours: hours });
    expect(result.patch).toEqual({ business_hours: hours });
    expect(result.unchanged).toBe(false);
  });

  it("business hours equal to the agent's are unchanged, whatever the key order upstream", () => {
    const shuffled = {
      schedule: Object.fromEntries(Object.entries(HOURS.schedule).reverse().map(([day, entry]) => [day, { enabled: entry.enabled, close: entry.close, open: entry.open }])),
      timezone: HOURS.timezone,
      enabled: true,
    };
    expect(plan({ field: "business_hours", business_hours: HOURS }, agent({ business_hours: shuffled })).unchanged).toBe(true);
  });

  it("business hours differ when upstream lacks a day, reports none, or only the zone changes", () => {
    const { sunday: _sunday, ...sixDays } = HOURS.schedule;
    expect(plan({ field: "business_hours", business_hours: HOURS }, agent({ business_hours: { ...HOURS, schedule: sixDays } })).unchanged).toBe(false);
    expect(plan({ field: "business_hours", business_hours: HOURS }, agent({ business_hours: null })).unchanged).toBe(false);
    expect(plan({ field: "business_hours", business_hours: { ...HOURS, timezone: "Europe/London" } }).unchanged).toBe(false);
  });

  it("greeting: the same text is unchanged, another is a change of the greeting alone", () => {
    expect(plan({ field: "greeting", greeting: "Hello, Maple Dental." }).unchanged).toBe(true);
    const changed = plan({ field: "greeting", greeting: "Good morning!" });
    expect(changed).toMatchObject({ unchanged: false, before: { greeting: "Hello, Maple Dental." }, after: { greeting: "Good morning!" }, patch: { greeting: "Good morning!" } });
    expect(Object.keys(changed.patch)).toEqual(["greeting"]);
  });

  it("FAQ append: only new questions are added; all known → unchanged, with the skipped questions named", () => {
    const appended = plan({ field: "faq", mode: "append", faq: [{ question: "Parking?", answer: "Yes" }, { question: "where do i park?", answer: "x" }] });
    expect(appended.patch).toEqual({ faq: [{ question: "Where do I park?", answer: "Behind the building." }, { question: "Parking?", answer: "Yes" }] });
    expect(appended.skippedQuestions).toEqual(["where do i park?"]);
    const nothingNew = plan({ field: "faq", mode: "append", faq: [{ question: "WHERE DO I PARK?", answer: "Elsewhere" }] });
    expect(nothingNew.unchanged).toBe(true);
  });

  it("FAQ replace: the same entries are unchanged; a different answer is a change", () => {
    expect(plan({ field: "faq", mode: "replace", faq: [{ question: "Where do I park?", answer: "Behind the building." }] }).unchanged).toBe(true);
    expect(plan({ field: "faq", mode: "replace", faq: [{ question: "Where do I park?", answer: "Out front." }] }).unchanged).toBe(false);
    expect(plan({ field: "faq", mode: "replace", faq: [] }).after).toEqual({ faq: [] });
  });

  it("FAQ append past the limit is refused for that agent", () => {
    const full = Array.from({ length: FAQ_ENTRIES_MAX }, (_, index) => ({ question: `Q${index}`, answer: "A" }));
    const result = planChange(agent({ faq: full }), { field: "faq", mode: "append", faq: [{ question: "One more?", answer: "No" }] });
    expect(result).toMatchObject({ ok: false, code: "validation_failed", message: expect.stringMatching(/201 FAQ entries; an agent can have at most 200/) });
  });

  it("escalation: only the policy and the numbers given are touched", () => {
    const policyOnly = plan({ field: "escalation_policy", escalation_policy: "always" });
    expect(policyOnly.before).toEqual({ escalation_policy: "never" });
    expect(policyOnly.patch).toEqual({ escalation_policy: "always" });
    const withNumber = plan({ field: "escalation_policy", escalation_policy: "never", forwarding_number: "+14155550100", escalation_number: "+14155550199" });
    expect(withNumber.before).toEqual({ escalation_policy: "never", forwarding_number: "+14155550100", escalation_number: null });
    expect(withNumber.unchanged).toBe(false); // the backup number is new
    expect(plan({ field: "escalation_policy", escalation_policy: "never", forwarding_number: "+14155550100" }).unchanged).toBe(true);
  });

  it("voice: same id unchanged, another id a change", () => {
    expect(plan({ field: "voice_id", voice_id: "voice_a" }).unchanged).toBe(true);
    expect(plan({ field: "voice_id", voice_id: "voice_b" })).toMatchObject({ unchanged: false, before: { voice_id: "voice_a" }, after: { voice_id: "voice_b" } });
  });

  it("sameFieldValue treats a missing value like null, and nothing else like it", () => {
    expect(sameFieldValue("escalation_number", undefined, null)).toBe(true);
    expect(sameFieldValue("greeting", "", null)).toBe(false);
  });
});

describe("bulk body schema", () => {
  const change = { field: "greeting", greeting: "  Hi there  " };
  const targets = [{ clientId: "c1", agentId: "agt_1" }, { clientId: "c2", agentId: "agt_1" }];

  it("accepts the same agent id at two clients, trims text like the agent editor", () => {
    const parsed = bulkPreviewBodySchema.parse({ targets, change });
    expect(parsed.change).toEqual({ field: "greeting", greeting: "Hi there" });
  });

  it("refuses a target listed twice, no targets, over 200, and unknown target fields", () => {
    const errors = (body: unknown) => fieldErrorsOf(bulkPreviewBodySchema.safeParse(body).error!);
    expect(errors({ targets: [...targets, { clientId: "c1", agentId: "agt_1" }], change })).toEqual({ "targets.2": ["This agent is listed twice"] });
    expect(errors({ targets: [], change })).toHaveProperty("targets");
    const many = Array.from({ length: 201 }, (_, index) => ({ clientId: "c1", agentId: `agt_${index}` }));
    expect(errors({ targets: many, change }).targets?.[0]).toMatch(/at most 200/);
    expect(errors({ targets: [{ ...targets[0], updatedAt: "x" }], change })).toEqual({ "targets.0.updatedAt": ["Unknown field"] });
    expect(bulkApplyBodySchema.safeParse({ targets: [{ ...targets[0], updatedAt: "2026-01-01T00:00:00Z" }], change }).success).toBe(true);
  });

  it("reports ambiguous hours, an unknown field and fields of another change at their paths", () => {
    const errors = (body: unknown) => fieldErrorsOf(bulkPreviewBodySchema.safeParse(body).error!);
    const bad = { ...HOURS, schedule: { ...HOURS.schedule, monday: { open: "09:00", close: "09:00", enabled: true } } };
    expect(errors({ targets, change: { field: "business_hours", business_hours: bad } })).toHaveProperty(["change.business_hours.schedule.monday.close"]);
    expect(errors({ targets, change: { field: "system_prompt", system_prompt: "x" } })["change.field"]?.[0]).toMatch(/Choose what to change/);
    expect(errors({ targets, change: { field: "greeting", greeting: "Hi", voice_id: "v" } })).toEqual({ "change.voice_id": ["Unknown field"] });
    expect(errors({ targets, change: { field: "faq", mode: "append", faq: [] } })).toEqual({ "change.faq": ["Add at least one question to append"] });
  });
});

describe("resolveChangeForCountry", () => {
  const change: BulkChange = { field: "escalation_policy", escalation_policy: "always", forwarding_number: "020 7946 0000" };

  it("normalises a national number with each client's country", () => {
    expect(resolveChangeForCountry(change, "GB")).toEqual({ ok: true, change: { ...change, forwarding_number: "+442079460000" } });
    expect(resolveChangeForCountry({ ...change, forwarding_number: "+44 20 7946 0000" }, "US")).toMatchObject({ ok: true, change: { forwarding_number: "+442079460000" } });
  });

  it("says which number means nothing in a country", () => {
    expect(resolveChangeForCountry(change, "US")).toMatchObject({ ok: false, field: "forwarding_number", message: expect.stringMatching(/for US/) });
  });
});
