// The bulk change being edited: one value per changeable field (switching fields keeps what was
// typed), the `change` body sent to the bulk routes, the checks that can be made before sending,
// and "copy from an agent" (start from one agent's current value). Pure: usable in client code.
import { businessHoursSchema, defaultHours, type BusinessHours } from "@/lib/agents/business-hours";
import { faqEntriesSchema } from "@/lib/agents/faq-csv";
import type { BulkField } from "@/lib/bulk/bulk-schemas";
import type { Agent } from "@/lib/oncallclerk/schemas/agents";
import { faqRow, formFromAgent, type EscalationPolicy, type FaqRow } from "../clients/[clientId]/agents/_editor/agent-form-model";

export type FaqMode = "replace" | "append";

export interface BulkDraft {
  field: BulkField;
  business_hours: BusinessHours;
  greeting: string;
  faqMode: FaqMode;
  faq: FaqRow[];
  escalation_policy: EscalationPolicy;
  forwarding_number: string;
  escalation_number: string;
  voice_id: string;
}

export const FIELD_OPTIONS: { value: BulkField; label: string; hint: string }[] = [
  { value: "business_hours", label: "Business hours", hint: "When the agents answer" },
  { value: "greeting", label: "Greeting", hint: "The first thing callers hear" },
  { value: "faq", label: "FAQ entries", hint: "Replace or add questions" },
  { value: "escalation_policy", label: "Transfers", hint: "Escalation policy and numbers" },
  { value: "voice_id", label: "Voice", hint: "How the agents sound" },
];

export const fieldLabelOf = (field: BulkField) => FIELD_OPTIONS.find((option) => option.value === field)?.label ?? field;

export function initialDraft(timezone: string): BulkDraft {
  return {
    field: "business_hours",
    business_hours: defaultHours(timezone),
    greeting: "",
    faqMode: "append",
    faq: [faqRow(1)],
    escalation_policy: "complex",
    forwarding_number: "",
    escalation_number: "",
    voice_id: "",
  };
}

const faqOf = (rows: FaqRow[]) => rows.map(({ question, answer }) => ({ question: question.trim(), answer: answer.trim() }));

/** The `change` of a bulk request: the chosen field only. */
export function changeBody(draft: BulkDraft): Record<string, unknown> {
  switch (draft.field) {
    case "business_hours":
      return { field: "business_hours", business_hours: draft.business_hours };
    case "greeting":
      return { field: "greeting", greeting: draft.greeting };
    case "faq":
      return { field: "faq", mode: draft.faqMode, faq: faqOf(draft.faq) };
    case "escalation_policy":
      return {
        field: "escalation_policy",
        escalation_policy: draft.escalation_policy,
        ...(draft.forwarding_number.trim() ? { forwarding_number: draft.forwarding_number } : {}),
        ...(draft.escalation_number.trim() ? { escalation_number: draft.escalation_number } : {}),
      };
    case "voice_id":
      return { field: "voice_id", voice_id: draft.voice_id };
  }
}

/** What can be said before asking the server (the server checks everything again). */
export function localProblem(draft: BulkDraft): string | null {
  switch (draft.field) {
    case "business_hours":
      return businessHoursSchema.safeParse(draft.business_hours).success ? null : "Fix the business hours marked below.";
    case "greeting":
      return draft.greeting.trim() ? null : "Write the greeting.";
    case "faq":
      if (draft.faqMode === "append" && draft.faq.length === 0) return "Add at least one question to append.";
      return faqEntriesSchema.safeParse(faqOf(draft.faq)).success ? null : "Every FAQ entry needs a question and an answer (remove empty ones).";
    case "escalation_policy":
      return null;
    case "voice_id":
      return draft.voice_id ? null : "Choose a voice.";
  }
}

/** The draft with the chosen field set to `agent`'s current value. */
export function draftFromAgent(draft: BulkDraft, agent: Agent): BulkDraft {
  const form = formFromAgent(agent, draft.business_hours.timezone);
  switch (draft.field) {
    case "business_hours":
      return { ...draft, business_hours: form.business_hours };
    case "greeting":
      return { ...draft, greeting: form.greeting };
    case "faq":
      return { ...draft, faqMode: "replace", faq: form.faq };
    case "escalation_policy":
      return { ...draft, escalation_policy: form.escalation_policy, forwarding_number: form.forwarding_number, escalation_number: form.escalation_number };
    case "voice_id":
      return { ...draft, voice_id: form.voice_id };
  }
}

/** Server field errors of the change ("change.business_hours.…") as the editors name them ("business_hours.…"). */
export function changeFieldErrors(fieldErrors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrors).filter(([key]) => key.startsWith("change.")).map(([key, messages]) => [key.slice("change.".length), messages]));
}
