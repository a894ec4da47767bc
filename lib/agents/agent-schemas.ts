// Agent bodies of our API: exactly the reference's Create Agent body (and any subset of it for an
// update), with two differences — forwarding/escalation numbers may be typed in any common format
// (normalized to E.164 with the client's country), business hours go through the hours editor's
// schema (lib/agents/business-hours.ts), and text is trimmed and bounded so that what
// OnCallClerk would refuse is refused here, per field, before anything is sent.
import { z } from "zod";
import { createAgentInputSchema, ESCALATION_POLICIES } from "@/lib/oncallclerk";
import { phoneNumberSchema } from "@/lib/phone/schemas";
import { businessHoursSchema } from "./business-hours";
import { FAQ_ANSWER_MAX, FAQ_ENTRIES_MAX, FAQ_QUESTION_MAX } from "./faq-csv";

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} under ${max} characters`);

// Limits: the reference states none; these are generous bounds a receptionist script never needs
// to exceed, so a pasted document fails here with a field error rather than upstream.
export const AGENT_TEXT_LIMITS = { business_name: 200, agent_name: 100, greeting: 1000, system_prompt: 20_000, faq: FAQ_ENTRIES_MAX } as const;

// The same limits as the FAQ editor and its CSV import (lib/agents/faq-csv.ts).
const faqEntry = z.strictObject({ question: text("a question", FAQ_QUESTION_MAX), answer: text("an answer", FAQ_ANSWER_MAX) });

/** The create body for a client whose numbers are local to `country`. Output = upstream input. */
export function createAgentBodySchema(country: string) {
  return createAgentInputSchema.extend({
    business_name: text("the business name", AGENT_TEXT_LIMITS.business_name),
    agent_name: text("the agent's name", AGENT_TEXT_LIMITS.agent_name),
    voice_id: text("a voice", 100),
    greeting: text("a greeting", AGENT_TEXT_LIMITS.greeting),
    system_prompt: text("the instructions (system prompt)", AGENT_TEXT_LIMITS.system_prompt),
    forwarding_number: phoneNumberSchema(country).optional(),
    escalation_number: phoneNumberSchema(country).optional(),
    escalation_policy: z.enum(ESCALATION_POLICIES, { error: `Choose one of ${ESCALATION_POLICIES.join(", ")}` }).optional(),
    // Shared with the hours editor: nothing ambiguous (e.g. open == close) reaches the upstream.
    business_hours: businessHoursSchema.optional(),
    faq: z.array(faqEntry).max(AGENT_TEXT_LIMITS.faq, `Keep the FAQ under ${AGENT_TEXT_LIMITS.faq} entries`).optional(),
  });
}
export type CreateAgentBody = z.output<ReturnType<typeof createAgentBodySchema>>;

/** Any subset of the create fields, at least one. */
export function updateAgentBodySchema(country: string) {
  return createAgentBodySchema(country)
    .partial()
    .refine((value) => Object.values(value).some((field) => field !== undefined), "Give at least one field to change");
}
export type UpdateAgentBody = z.output<ReturnType<typeof updateAgentBodySchema>>;

/**
 * `If-Match: <updated_at the form saw>`; quotes and a weak-validator prefix are tolerated.
 * `If-Match: *` asks only that the agent exists (RFC 9110 §13.1.1), which the update itself
 * checks (404): it carries no version, so there is nothing to compare.
 */
export function ifMatchValue(header: string | null): string | null {
  if (header === null) return null;
  if (header.trim() === "*") return null;
  const value = header.trim().replace(/^W\//, "").replace(/^"(.*)"$/, "$1").trim();
  return value === "" ? null : value;
}
