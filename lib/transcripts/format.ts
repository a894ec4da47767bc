import { parsePhoneNumberFromString } from "libphonenumber-js";
// How calls are shown: durations people read at a glance, times in the client's own zone.
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes < 60) return rest === 0 ? `${minutes} min` : `${minutes} min ${String(rest).padStart(2, "0")} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withYear}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", ...(withYear ? { year: "numeric" } : {}), hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(key, format);
  }
  return format;
}

/**
 * "20 Nov, 10:00" (this year) or "20 Nov 2025, 10:00", in the client's zone; with `withZone`,
 * "20 Nov, 10:00 EST" (lists that mix clients in different zones would otherwise look unsorted).
 */
export function formatCallTime(iso: string, timeZone: string, now = new Date(), withZone = false): string {
  const at = new Date(iso);
  const sameYear = new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(at) === new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(now);
  const text = formatter(timeZone, !sameYear).format(at);
  if (!withZone) return text;
  const zone = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(at).find((part) => part.type === "timeZoneName")?.value;
  return zone ? `${text} ${zone}` : text;
}

/** The short name of a zone for labels: "America/New_York" → "New York". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replace(/_/g, " ");
}

/** "+442079460000" → "+44 20 7946 0000"; anything libphonenumber cannot read is shown as given. */
export function formatPhone(number: string | null): string | null {
  if (!number) return number;
  return parsePhoneNumberFromString(number)?.formatInternational() ?? number;
}
