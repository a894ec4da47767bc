// Does an agent, as OnCallClerk returns it, carry the fields we wrote? Used to read back a write
// whose answer was lost (did it land?) and by the bulk change to tell "already so". OnCallClerk's
// answers are loose (missing parts, extra fields, `functions_enabled: true`), so each field is
// compared in one canonical shape rather than as raw JSON.
import { normalizeFunctionsEnabled, FUNCTION_NAMES } from "@/lib/oncallclerk/functions-enabled";
import { WEEKDAYS, type Agent } from "@/lib/oncallclerk/schemas/agents";
import type { UpdateAgentBody } from "./agent-schemas";

type LooseHours = Agent["business_hours"];

/** Hours in one fixed shape (key order, missing parts as null), so equal hours compare equal. */
export function canonicalHours(hours: LooseHours): string {
  if (!hours) return "null";
  const schedule = hours.schedule ?? {};
  return JSON.stringify([
    hours.enabled ?? null,
    hours.timezone ?? null,
    WEEKDAYS.map((day) => {
      const entry = schedule[day];
      return entry ? [entry.open ?? null, entry.close ?? null, entry.enabled ?? null] : null;
    }),
  ]);
}

export function canonicalFaq(faq: unknown): string {
  if (!Array.isArray(faq)) return "null";
  return JSON.stringify(faq.map((entry: { question?: unknown; answer?: unknown }) => [entry.question ?? null, entry.answer ?? null]));
}

function functionSet(value: Agent["functions_enabled"]): string {
  const names = normalizeFunctionsEnabled(value);
  return JSON.stringify([...new Set(names === "all" ? FUNCTION_NAMES : names)].sort());
}

/** Is `written` (one field of an update body) what the agent holds for that field? */
export function agentHasValue(agent: Agent, field: keyof UpdateAgentBody, written: unknown): boolean {
  switch (field) {
    case "business_hours":
      return canonicalHours(agent.business_hours) === canonicalHours(written as LooseHours);
    case "faq":
      return canonicalFaq(agent.faq) === canonicalFaq(written);
    case "functions_enabled":
      return functionSet(agent.functions_enabled) === functionSet(written as string[]);
    case "voice_settings": {
      // Only what was sent: OnCallClerk may keep settings of its own beside them.
      const current = agent.voice_settings ?? {};
      return Object.entries((written ?? {}) as Record<string, unknown>).every(([key, value]) => (current as Record<string, unknown>)[key] === value);
    }
    default:
      return (agent[field] ?? null) === (written ?? null);
  }
}

/** Every field of the update body is on the agent as written. */
export function agentShowsUpdate(agent: Agent, body: UpdateAgentBody): boolean {
  return (Object.entries(body) as [keyof UpdateAgentBody, unknown][]).filter(([, value]) => value !== undefined).every(([field, value]) => agentHasValue(agent, field, value));
}
