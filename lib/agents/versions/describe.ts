// A stored setting as lines of text people read, so any two versions of any field can be shown as
// a line diff: hours a day per line, FAQ a question and its answer per line, voices by name. Pure:
// the history UI (client code) uses it.
import { describeDay, WEEKDAYS, type DayHours } from "@/lib/agents/business-hours";
import { ESCALATION_LABELS } from "@/lib/agents/hours-summary";
import type { ConfigField } from "./fields";

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

type LooseHours = { enabled?: boolean; timezone?: string; schedule?: Record<string, Partial<DayHours> | undefined> };

function hoursLines(hours: LooseHours): string[] {
  if (hours.enabled === false) return ["24/7 — answers at any time", `Time zone: ${hours.timezone ?? "not set"}`];
  return [
    `Time zone: ${hours.timezone ?? "not set"}`,
    ...WEEKDAYS.map((day, index) => {
      const entry = hours.schedule?.[day];
      const text = entry ? describeDay({ open: entry.open ?? "00:00", close: entry.close ?? "00:00", enabled: entry.enabled ?? false }) : "closed";
      return `${DAY_NAMES[index]}: ${text}`;
    }),
  ];
}

function faqLines(faq: unknown[]): string[] {
  if (faq.length === 0) return ["No entries"];
  // Not numbered: removing the first entry would otherwise renumber, and so "change", every other.
  return faq.flatMap((entry) => {
    const { question, answer } = (entry ?? {}) as { question?: unknown; answer?: unknown };
    return [`Q: ${String(question ?? "")}`, `A: ${String(answer ?? "")}`];
  });
}

/** The value of one field as lines; [] when the version has none. */
export function describeField(field: ConfigField, value: unknown, voiceName: (id: string) => string): string[] {
  if (value === undefined || value === null) return [];
  switch (field) {
    case "voice_id":
      return [voiceName(String(value))];
    case "escalation_policy":
      return [ESCALATION_LABELS[String(value)] ?? String(value)];
    case "business_hours":
      return hoursLines(value as LooseHours);
    case "faq":
      return Array.isArray(value) ? faqLines(value) : [];
    case "voice_settings": {
      const settings = value as { personality?: string; name?: string };
      const lines = [...(settings.personality ? [`Personality: ${settings.personality}`] : []), ...(settings.name ? [`Display name: ${settings.name}`] : [])];
      return lines.length ? lines : ["None"];
    }
    case "functions_enabled":
      return [Array.isArray(value) && value.length ? [...value].map(String).sort().join(", ") : "None"];
    default:
      return String(value).split(/\r?\n/);
  }
}
