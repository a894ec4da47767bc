// The analytics period from the URL: ?days=7|30|90 (default 30), counted back from today.
import type { Period } from "@/lib/transcripts/analytics";

export const PERIOD_DAYS = [7, 30, 90] as const;

export function periodFromSearch(search: Record<string, string | string[] | undefined>, lastDays: (days: number) => Period) {
  const raw = Number(Array.isArray(search.days) ? search.days[0] : search.days);
  const days = (PERIOD_DAYS as readonly number[]).includes(raw) ? raw : 30;
  return { days, period: lastDays(days) };
}
