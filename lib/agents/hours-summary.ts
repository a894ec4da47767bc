// One line describing an agent's business hours, e.g. "Mon–Fri 09:00–17:00, Sat 10:00–14:00 (New York)".
// Consecutive days with the same hours are grouped; `enabled: false` means the agent answers 24/7.
import type { Agent } from "@/lib/oncallclerk";

const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
const SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

type Hours = NonNullable<Agent["business_hours"]>;

function zoneLabel(timezone: string | undefined): string {
  if (!timezone) return "";
  const city = timezone.split("/").pop()?.replaceAll("_", " ");
  return city ? ` (${city})` : "";
}

/** `undefined` = OnCallClerk did not say; `null` or `enabled: false` = 24/7 mode. */
export function summarizeBusinessHours(hours: Hours | null | undefined): string {
  if (hours === undefined) return "Not reported";
  if (hours === null || hours.enabled === false) return "24/7";
  const schedule = hours.schedule ?? {};
  const spans = DAYS.map((day) => {
    const entry = schedule[day];
    return entry?.enabled && entry.open && entry.close ? `${entry.open}–${entry.close}` : null;
  });
  if (spans.every((span) => span === null)) return "Closed every day (calls go to voicemail)";

  const groups: { from: number; to: number; span: string }[] = [];
  spans.forEach((span, index) => {
    if (span === null) return;
    const last = groups.at(-1);
    if (last && last.span === span && last.to === index - 1) last.to = index;
    else groups.push({ from: index, to: index, span });
  });
  const parts = groups.map(({ from, to, span }) => {
    const days = from === to ? SHORT[from] : to === from + 1 ? `${SHORT[from]}, ${SHORT[to]}` : `${SHORT[from]}–${SHORT[to]}`;
    return `${days} ${span}`;
  });
  return `${parts.join(", ")}${zoneLabel(hours.timezone)}`;
}

export const ESCALATION_LABELS: Record<string, string> = {
  never: "Never transfers",
  complex: "Transfers complex calls",
  requested: "Transfers on request",
  always: "Always transfers",
};
