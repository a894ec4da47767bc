// What one bulk change does to one agent: the fields it touches (before and after), the minimal
// update body (only those fields), and whether it would alter the agent at all. Pure: the preview,
// the apply and the page all use it, so what the preview promised is what apply sends.
import { canonicalFaq, canonicalHours } from "@/lib/agents/agent-compare";
import type { UpdateAgentBody } from "@/lib/agents/agent-schemas";
import { FAQ_ENTRIES_MAX, type FaqEntry } from "@/lib/agents/faq-csv";
import type { Agent } from "@/lib/oncallclerk/schemas/agents";
import type { BulkChange } from "./bulk-schemas";

export type ChangedField = "business_hours" | "greeting" | "faq" | "escalation_policy" | "forwarding_number" | "escalation_number" | "voice_id";

/** The touched fields of an agent; `null` where OnCallClerk reported nothing. */
export type FieldValues = Partial<Record<ChangedField, unknown>>;

export type ChangePlan =
  | {
      ok: true;
      before: FieldValues;
      after: FieldValues;
      /** Exactly what is sent upstream: the changed fields, nothing else. */
      patch: UpdateAgentBody;
      unchanged: boolean;
      /** FAQ append only: questions the agent already had (case-insensitive), so not added again. */
      skippedQuestions?: string[];
    }
  | { ok: false; code: "validation_failed"; message: string };

export function changedFields(change: BulkChange): ChangedField[] {
  if (change.field !== "escalation_policy") return [change.field];
  const fields: ChangedField[] = ["escalation_policy"];
  if (change.forwarding_number !== undefined) fields.push("forwarding_number");
  if (change.escalation_number !== undefined) fields.push("escalation_number");
  return fields;
}

export function fieldsOf(agent: Agent, fields: readonly ChangedField[]): FieldValues {
  return Object.fromEntries(fields.map((field) => [field, agent[field] ?? null]));
}

const questionKey = (question: string) => question.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");

/**
 * `entries` appended to `existing`, skipping every entry whose question is already there
 * (case-insensitive, spacing ignored) — including a question repeated within `entries`.
 */
export function appendFaq(existing: readonly FaqEntry[] | null | undefined, entries: readonly FaqEntry[]): { faq: FaqEntry[]; added: FaqEntry[]; skipped: FaqEntry[] } {
  const current = (existing ?? []).map(({ question, answer }) => ({ question, answer }));
  const seen = new Set(current.map((entry) => questionKey(entry.question)));
  const added: FaqEntry[] = [];
  const skipped: FaqEntry[] = [];
  for (const entry of entries) {
    const key = questionKey(entry.question);
    if (seen.has(key)) skipped.push(entry);
    else {
      seen.add(key);
      added.push({ question: entry.question, answer: entry.answer });
    }
  }
  return { faq: [...current, ...added], added, skipped };
}

/** Would writing `after` leave the field as it is? */
export function sameFieldValue(field: ChangedField, before: unknown, after: unknown): boolean {
  if (field === "business_hours") return canonicalHours(before as Agent["business_hours"]) === canonicalHours(after as Agent["business_hours"]);
  if (field === "faq") return canonicalFaq(before) === canonicalFaq(after);
  return (before ?? null) === (after ?? null);
}

/** The plan for one agent. `change` must already be resolved for the agent's client (E.164 numbers). */
export function planChange(agent: Agent, change: BulkChange): ChangePlan {
  const fields = changedFields(change);
  const before = fieldsOf(agent, fields);
  let patch: UpdateAgentBody;
  let skippedQuestions: string[] | undefined;
  switch (change.field) {
    case "business_hours":
      patch = { business_hours: change.business_hours };
      break;
    case "greeting":
      patch = { greeting: change.greeting };
      break;
    case "voice_id":
      patch = { voice_id: change.voice_id };
      break;
    case "escalation_policy":
      patch = {
        escalation_policy: change.escalation_policy,
        ...(change.forwarding_number !== undefined ? { forwarding_number: change.forwarding_number } : {}),
        ...(change.escalation_number !== undefined ? { escalation_number: change.escalation_number } : {}),
      };
      break;
    case "faq": {
      if (change.mode === "replace") {
        patch = { faq: change.faq };
        break;
      }
      const merged = appendFaq(agent.faq, change.faq);
      if (merged.faq.length > FAQ_ENTRIES_MAX) {
        return {
          ok: false,
          code: "validation_failed",
          message: `Appending would give this agent ${merged.faq.length} FAQ entries; an agent can have at most ${FAQ_ENTRIES_MAX}.`,
        };
      }
      patch = { faq: merged.faq };
      skippedQuestions = merged.skipped.map((entry) => entry.question);
      break;
    }
  }
  const after: FieldValues = { ...before, ...patch };
  const unchanged = fields.every((field) => sameFieldValue(field, before[field], after[field]));
  return { ok: true, before, after, patch, unchanged, ...(skippedQuestions ? { skippedQuestions } : {}) };
}
