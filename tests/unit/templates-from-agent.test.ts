// A template keeps exactly the agent's configuration fields: nothing read-only, nothing naming the
// one agent, nothing the strict create body would refuse — whatever loose shape OnCallClerk answers.
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { agentSchema } from "@/lib/oncallclerk/schemas/agents";
import { pickTemplateFields, templateConfigFromAgent } from "@/lib/templates/from-agent";
import { createFromConfigSchema, givesConfig, TEMPLATE_CONFIG_FIELDS, templateConfigSchema, updateTemplateSchema } from "@/lib/templates/template-schemas";

const day = (open: string, close: string, enabled = true) => ({ open, close, enabled });
const schedule = {
  monday: day("09:00", "17:00"),
  tuesday: day("09:00", "17:00"),
  wednesday: day("09:00", "17:00"),
  thursday: day("09:00", "17:00"),
  friday: day("09:00", "17:00"),
  saturday: day("00:00", "00:00", false),
  sunday: day("00:00", "00:00", false),
};

/** An agent as GET /agents/{id} answers it, read-only fields and vendor extras included. */
const upstreamAgent = agentSchema.parse({
  id: "agt_123",
  business_name: "Maple Dental",
  agent_name: "Front desk",
  phone_number: "+14155550100",
  phone_number_sid: "PN123",
  status: "active",
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-02T00:00:00Z",
  voice_id: "KR1TkIhkSykEjI4B0DtH",
  greeting: "Hello, Maple Dental!",
  system_prompt: "You are the receptionist.",
  escalation_policy: "complex",
  forwarding_number: "+14155550134",
  escalation_number: null,
  business_hours: { enabled: true, timezone: "America/New_York", schedule, vendor_note: "x" },
  faq: [{ question: "Parking?", answer: "Behind the building.", id: "faq_1" }],
  voice_settings: { personality: "calm", name: null },
  functions_enabled: ["calendar", "email"],
  call_count: 42,
});

describe("pickTemplateFields", () => {
  it("keeps only the template fields and drops every read-only, naming or unknown field", () => {
    const picked = pickTemplateFields(upstreamAgent);
    for (const key of Object.keys(picked)) expect(TEMPLATE_CONFIG_FIELDS).toContain(key);
    for (const key of ["id", "business_name", "agent_name", "phone_number", "phone_number_sid", "status", "created_at", "updated_at", "call_count"]) {
      expect(picked).not.toHaveProperty(key);
    }
    expect(picked).toEqual({
      voice_id: "KR1TkIhkSykEjI4B0DtH",
      greeting: "Hello, Maple Dental!",
      system_prompt: "You are the receptionist.",
      escalation_policy: "complex",
      forwarding_number: "+14155550134",
      business_hours: { enabled: true, timezone: "America/New_York", schedule },
      faq: [{ question: "Parking?", answer: "Behind the building." }],
      voice_settings: { personality: "calm" },
      functions_enabled: ["calendar", "email"],
    });
  });

  it("drops nulls and empty voice settings, reads functions_enabled: true as every function", () => {
    const agent = agentSchema.parse({ id: "a", voice_id: "v", greeting: "g", system_prompt: "p", forwarding_number: null, voice_settings: { name: "", personality: null }, functions_enabled: true, faq: null, business_hours: null });
    expect(pickTemplateFields(agent)).toEqual({ voice_id: "v", greeting: "g", system_prompt: "p", functions_enabled: ["calendar", "email", "sheets"] });
  });

  it("fills the days an upstream schedule leaves out as closed, and leaves out hours without a time zone", () => {
    const partial = agentSchema.parse({ id: "a", business_hours: { enabled: true, timezone: "Europe/London", schedule: { monday: day("08:00", "12:00") } } });
    const hours = pickTemplateFields(partial).business_hours as { schedule: Record<string, unknown> };
    expect(Object.keys(hours.schedule)).toEqual(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
    expect(hours.schedule.monday).toEqual(day("08:00", "12:00"));
    expect(hours.schedule.sunday).toEqual(day("00:00", "00:00", false));
    expect(pickTemplateFields(agentSchema.parse({ id: "a", business_hours: { enabled: true, schedule } }))).not.toHaveProperty("business_hours");
  });
});

describe("templateConfigFromAgent", () => {
  it("answers a config the strict create body accepts once the names are added", () => {
    const config = templateConfigFromAgent(upstreamAgent);
    expect(templateConfigSchema.parse(config)).toEqual(config);
    expect(Object.keys(config).sort()).toEqual(Object.keys(pickTemplateFields(upstreamAgent)).sort());
  });

  it("refuses (422, per config field) an agent whose settings our rules do not accept", () => {
    const agent = agentSchema.parse({ ...upstreamAgent, escalation_policy: "sometimes", greeting: "" });
    try {
      templateConfigFromAgent(agent);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(422);
      expect(Object.keys((error as ApiError).extra.fieldErrors ?? {}).sort()).toEqual(["config.escalation_policy", "config.greeting"]);
    }
  });
});

describe("template bodies", () => {
  it("tells the two create shapes apart by `config`", () => {
    expect(givesConfig({ name: "x", config: {} })).toBe(true);
    expect(givesConfig({ name: "x", clientId: "c", agentId: "a" })).toBe(false);
    expect(givesConfig(null)).toBe(false);
  });

  it("wants international numbers in a config (no client country to read a national one with)", () => {
    const base = { name: "T", config: { voice_id: "v", greeting: "g", system_prompt: "p" } };
    expect(createFromConfigSchema.parse({ ...base, config: { ...base.config, forwarding_number: "+1 (415) 555-0134" } }).config.forwarding_number).toBe("+14155550134");
    expect(createFromConfigSchema.safeParse({ ...base, config: { ...base.config, forwarding_number: "(415) 555-0134" } }).success).toBe(false);
    expect(createFromConfigSchema.safeParse({ ...base, config: { ...base.config, phone_number: "+14155550134" } }).success).toBe(false);
    expect(createFromConfigSchema.safeParse({ ...base, config: { ...base.config, business_name: "Acme" } }).success).toBe(false);
  });

  it("bounds names to 1..80 visible characters and needs something to change", () => {
    expect(updateTemplateSchema.safeParse({ name: "x".repeat(80) }).success).toBe(true);
    expect(updateTemplateSchema.safeParse({ name: "x".repeat(81) }).success).toBe(false);
    expect(updateTemplateSchema.safeParse({ name: "  " }).success).toBe(false);
    expect(updateTemplateSchema.safeParse({ name: "a\u200bb" }).success).toBe(false);
    expect(updateTemplateSchema.safeParse({}).success).toBe(false);
    expect(updateTemplateSchema.parse({ description: "" })).toEqual({ description: null });
  });
});
