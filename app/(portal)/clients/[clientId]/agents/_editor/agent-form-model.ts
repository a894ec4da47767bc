// The agent editor's state and how it maps to our API: one flat form built from an agent (or from
// defaults), the create body, the minimal update body (only what changed), and the field-by-field
// difference between two versions of an agent (the conflict panel). Pure: usable in client code.
import type { Agent } from "@/lib/oncallclerk/schemas/agents";
import { ESCALATION_POLICIES } from "@/lib/oncallclerk/schemas/agents";
import { defaultHours, twentyFourSeven, WEEKDAYS, type BusinessHours, type DayHours } from "@/lib/agents/business-hours";
import { ESCALATION_LABELS, summarizeBusinessHours } from "@/lib/agents/hours-summary";
import { FUNCTION_NAMES } from "@/lib/oncallclerk/functions-enabled";

export type EscalationPolicy = (typeof ESCALATION_POLICIES)[number];
export { FUNCTION_NAMES };

export interface FaqRow {
  /** Stable React key and element id part, never sent. Unique within one form. */
  key: number;
  question: string;
  answer: string;
}

export interface AgentForm {
  business_name: string;
  agent_name: string;
  voice_id: string;
  greeting: string;
  system_prompt: string;
  escalation_policy: EscalationPolicy;
  forwarding_number: string;
  escalation_number: string;
  business_hours: BusinessHours;
  faq: FaqRow[];
  personality: string;
  display_name: string;
  /** Every enabled function name except "email" (which has its own endpoint), unknown names kept. */
  functions: string[];
  email_enabled: boolean;
  /** What the person typed; OnCallClerk never tells us the current list. */
  recipients_text: string;
}

// Keys come from the form itself, never from a module-level counter: the server and the browser
// must render the same ids (a counter has served other requests on the server by then), and ids
// must stay what React thinks they are, or focus-after-remove finds no element.
export const faqRow = (key: number, question = "", answer = ""): FaqRow => ({ key, question, answer });

/** The key for a row added to `rows`: one past the largest, so it is unique within the form. */
export const nextFaqKey = (rows: readonly FaqRow[]): number => rows.reduce((largest, row) => Math.max(largest, row.key), 0) + 1;

function isPolicy(value: string | undefined): value is EscalationPolicy {
  return (ESCALATION_POLICIES as readonly string[]).includes(value ?? "");
}

/** Upstream hours are loosely typed; fill what is missing so the editor always has seven days. */
export function hoursFromAgent(hours: Agent["business_hours"], fallbackZone: string): BusinessHours {
  if (!hours) return twentyFourSeven(fallbackZone);
  const base = defaultHours(hours.timezone || fallbackZone);
  const schedule = { ...base.schedule };
  for (const day of WEEKDAYS) {
    const given = hours.schedule?.[day];
    if (given) {
      const filled: DayHours = { open: given.open ?? "00:00", close: given.close ?? "00:00", enabled: given.enabled ?? false };
      schedule[day] = filled;
    }
  }
  return { enabled: hours.enabled ?? true, timezone: hours.timezone || fallbackZone, schedule };
}

function functionsOf(agent: Agent): { functions: string[]; email: boolean } {
  const value = agent.functions_enabled;
  // `true` (the vendor's HTML example) means every function is on.
  const names = value === true ? [...FUNCTION_NAMES] : Array.isArray(value) ? value : [];
  return { functions: names.filter((name) => name !== "email"), email: names.includes("email") };
}

export function formFromAgent(agent: Agent, fallbackZone: string): AgentForm {
  const { functions, email } = functionsOf(agent);
  return {
    business_name: agent.business_name ?? "",
    agent_name: agent.agent_name ?? "",
    voice_id: agent.voice_id ?? "",
    greeting: agent.greeting ?? "",
    system_prompt: agent.system_prompt ?? "",
    escalation_policy: isPolicy(agent.escalation_policy) ? agent.escalation_policy : "never",
    forwarding_number: agent.forwarding_number ?? "",
    escalation_number: agent.escalation_number ?? "",
    business_hours: hoursFromAgent(agent.business_hours, fallbackZone),
    faq: (agent.faq ?? []).map((entry, index) => faqRow(index + 1, entry.question, entry.answer)),
    personality: agent.voice_settings?.personality ?? "",
    display_name: agent.voice_settings?.name ?? "",
    functions,
    email_enabled: email,
    recipients_text: "",
  };
}

export function emptyForm(timezone: string, businessName = ""): AgentForm {
  return {
    business_name: businessName,
    agent_name: "",
    voice_id: "",
    greeting: "",
    system_prompt: "",
    escalation_policy: "never",
    forwarding_number: "",
    escalation_number: "",
    business_hours: defaultHours(timezone),
    faq: [],
    personality: "",
    display_name: "",
    functions: [],
    email_enabled: false,
    recipients_text: "",
  };
}

// ---------- bodies ----------

const faqOf = (form: AgentForm) => form.faq.map(({ question, answer }) => ({ question: question.trim(), answer: answer.trim() }));

function voiceSettingsOf(form: AgentForm): { personality?: string; name?: string } {
  return {
    ...(form.personality.trim() ? { personality: form.personality.trim() } : {}),
    ...(form.display_name.trim() ? { name: form.display_name.trim() } : {}),
  };
}

/** The POST body. "email" is switched on afterwards by the email-function endpoint, with its recipients. */
export function createBody(form: AgentForm): Record<string, unknown> {
  const voiceSettings = voiceSettingsOf(form);
  return {
    business_name: form.business_name,
    agent_name: form.agent_name,
    voice_id: form.voice_id,
    greeting: form.greeting,
    system_prompt: form.system_prompt,
    escalation_policy: form.escalation_policy,
    ...(form.forwarding_number.trim() ? { forwarding_number: form.forwarding_number } : {}),
    ...(form.escalation_number.trim() ? { escalation_number: form.escalation_number } : {}),
    business_hours: form.business_hours,
    faq: faqOf(form),
    ...(Object.keys(voiceSettings).length ? { voice_settings: voiceSettings } : {}),
    functions_enabled: [...form.functions],
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sorted = (names: string[]) => [...names].sort();

/**
 * Only the fields that differ between the form as loaded (`base`) and now. `functions_enabled`
 * keeps "email" as it was: switching email goes through its own endpoint.
 */
export function changedBody(base: AgentForm, form: AgentForm): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of ["business_name", "agent_name", "greeting", "system_prompt"] as const) {
    if (form[key].trim() !== base[key].trim()) body[key] = form[key];
  }
  if (form.voice_id !== base.voice_id) body.voice_id = form.voice_id;
  if (form.escalation_policy !== base.escalation_policy) body.escalation_policy = form.escalation_policy;
  for (const key of ["forwarding_number", "escalation_number"] as const) {
    if (form[key].trim() !== base[key].trim()) body[key] = form[key];
  }
  if (!same(form.business_hours, base.business_hours)) body.business_hours = form.business_hours;
  if (!same(faqOf(form), faqOf(base))) body.faq = faqOf(form);
  if (!same(voiceSettingsOf(form), voiceSettingsOf(base))) body.voice_settings = voiceSettingsOf(form);
  if (!same(sorted(form.functions), sorted(base.functions))) {
    body.functions_enabled = [...form.functions, ...(base.email_enabled ? ["email"] : [])];
  }
  return body;
}

/** Whether the email function needs a call: switched, or a new recipient list typed. */
export function emailChanged(base: AgentForm, form: AgentForm): boolean {
  if (form.email_enabled !== base.email_enabled) return true;
  return form.email_enabled && form.recipients_text.trim() !== "";
}

// ---------- differences for people ----------

export interface FieldChange {
  key: string;
  label: string;
  theirs: string;
  yours: string;
  /** The person changed this field too: keeping theirs or yours is a real choice. */
  bothChanged: boolean;
}

type Describe = (form: AgentForm) => string;

function describeFaq(form: AgentForm): string {
  if (form.faq.length === 0) return "No entries";
  return form.faq.map((entry, index) => `${index + 1}. ${entry.question.trim()}`).join("\n");
}

function fieldDescriptions(voiceName: (id: string) => string): { key: string; label: string; describe: Describe; changed: (a: AgentForm, b: AgentForm) => boolean }[] {
  const text = (key: keyof AgentForm & string, label: string) => ({
    key,
    label,
    describe: (form: AgentForm) => String(form[key]).trim() || "—",
    changed: (a: AgentForm, b: AgentForm) => String(a[key]).trim() !== String(b[key]).trim(),
  });
  return [
    text("business_name", "Business name"),
    text("agent_name", "Agent name"),
    { key: "voice_id", label: "Voice", describe: (form) => voiceName(form.voice_id), changed: (a, b) => a.voice_id !== b.voice_id },
    text("greeting", "Greeting"),
    text("system_prompt", "Instructions"),
    {
      key: "escalation_policy",
      label: "Escalation",
      describe: (form) => ESCALATION_LABELS[form.escalation_policy] ?? form.escalation_policy,
      changed: (a, b) => a.escalation_policy !== b.escalation_policy,
    },
    text("forwarding_number", "Forwarding number"),
    text("escalation_number", "Backup number"),
    {
      key: "business_hours",
      label: "Business hours",
      describe: (form) => summarizeBusinessHours(form.business_hours),
      changed: (a, b) => !same(a.business_hours, b.business_hours),
    },
    { key: "faq", label: "FAQ", describe: describeFaq, changed: (a, b) => !same(faqOf(a), faqOf(b)) },
    text("personality", "Personality"),
    text("display_name", "Display name"),
    {
      key: "functions",
      label: "Functions",
      describe: (form) => [...form.functions, ...(form.email_enabled ? ["email"] : [])].sort().join(", ") || "None",
      changed: (a, b) => !same(sorted(a.functions), sorted(b.functions)) || a.email_enabled !== b.email_enabled,
    },
  ];
}

/** What changed upstream between `base` (loaded) and `theirs` (now), with the person's value beside it. */
export function upstreamChanges(base: AgentForm, theirs: AgentForm, yours: AgentForm, voiceName: (id: string) => string): FieldChange[] {
  return fieldDescriptions(voiceName)
    .filter((field) => field.changed(base, theirs))
    .map((field) => ({
      key: field.key,
      label: field.label,
      theirs: field.describe(theirs),
      yours: field.describe(yours),
      bothChanged: field.changed(base, yours),
    }));
}
