// Words for what the audit log stores: field names as people say them ("system prompt", not
// system_prompt) and values as they read ("on", “Hello”, "(empty)"), long ones shortened for the
// one-line summary (the detail view shows them whole).
const FIELD_LABELS: Record<string, string> = {
  // agents (OnCallClerk's VoiceAgentConfig)
  agent_name: "name",
  business_name: "business name",
  voice_id: "voice",
  voice_settings: "voice settings",
  greeting: "greeting",
  system_prompt: "system prompt",
  functions_enabled: "enabled functions",
  forwarding_number: "forwarding number",
  escalation_number: "escalation number",
  escalation_policy: "escalation policy",
  business_hours: "business hours",
  faq: "FAQ",
  status: "status",
  // clients, templates
  name: "name",
  country: "country",
  keyHint: "OnCallClerk key",
  description: "description",
  // the client's OnCallClerk profile
  firstName: "first name",
  lastName: "last name",
  company: "company",
  timezone: "time zone",
  personalPhoneNumber: "personal phone number",
  emailNotifications: "email notifications",
  callNotifications: "call notifications",
  weeklyReports: "weekly reports",
  // members and invitations
  role: "role",
  clients: "clients",
  permissions: "permissions",
  maskCallersFor: "caller masking",
};

/** "system_prompt" → "system prompt"; unknown names are split at _ . and camelCase humps. */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  return field
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .toLowerCase()
    .trim();
}

function isFaqEntry(item: unknown): item is { question: string; answer: string } {
  return typeof item === "object" && item !== null && typeof (item as { question?: unknown }).question === "string" && typeof (item as { answer?: unknown }).answer === "string";
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MOMENT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

function momentText(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${MOMENT.format(at)} UTC`;
}

/** A value in full, as text (the detail view; the CSV). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "boolean") return value ? "on" : "off";
  // Moments are stored as ISO strings: "11 Dec 2026, 06:23 UTC" reads better than 2026-12-11T06:23:16.387Z.
  if (typeof value === "string" && ISO_MOMENT.test(value)) return momentText(value);
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.length === 0 ? "(none)" : value.join(", ");
  if (Array.isArray(value) && value.every(isFaqEntry)) return value.length === 0 ? "(none)" : value.map((entry, index) => `${index + 1}. ${entry.question}\n   ${entry.answer}`).join("\n");
  return JSON.stringify(value, null, 2);
}

export const SHORT_VALUE = 40;

/** One line, at most `max` characters: whitespace folded, the rest cut with an ellipsis. */
export function shorten(text: string, max = SHORT_VALUE): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Text, numbers, on/off, nothing and lists of words read in a sentence; structures do not. */
export function fitsInLine(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((item) => typeof item === "string");
  return value === null || value === undefined || typeof value !== "object";
}

/** A value inside a sentence (one that fitsInLine): quoted text, bare words for on/off, numbers, placeholders. */
export function valueInLine(value: unknown): string {
  if (value === null || value === undefined || value === "" || typeof value === "boolean" || typeof value === "number") return valueText(value);
  if (Array.isArray(value) && value.length === 0) return "(none)";
  return `“${shorten(valueText(value))}”`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
