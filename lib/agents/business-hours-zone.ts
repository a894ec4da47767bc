// Wall-clock arithmetic in IANA time zones with Intl alone (no date library): the local date and
// time of an instant, a zone's UTC offset at an instant, and the instant of a local date and time,
// including the daylight-saving gap (a local time that never happens) and overlap (one that happens twice).

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Monday = 0 … Sunday = 6, the order of the OnCallClerk schedule. */
export type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface ZonedParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number; // 0–23
  minute: number;
  second: number;
  weekday: WeekdayIndex;
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:MM" */
  time: string;
  /** Local wall clock minus UTC, in minutes (e.g. 330 for Asia/Kolkata). */
  offsetMinutes: number;
}

// Creating a DateTimeFormat costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for a zone this runtime does not know.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Milliseconds since the epoch of a wall-clock reading taken as UTC (years below 100 included). */
function wallClockMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function weekdayOf(year: number, month: number, day: number): WeekdayIndex {
  return ((new Date(wallClockMs(year, month, day)).getUTCDay() + 6) % 7) as WeekdayIndex;
}

/** The local calendar date, clock time and weekday of `instant` in `timeZone`. Throws RangeError for an unknown zone. */
export function zonedParts(instant: Date | number, timeZone: string): ZonedParts {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("Invalid date");
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  const year = values.year ?? NaN;
  const month = values.month ?? NaN;
  const day = values.day ?? NaN;
  const hour = (values.hour ?? NaN) % 24; // some engines print midnight as "24" even with h23
  const minute = values.minute ?? NaN;
  const second = values.second ?? NaN;
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  const offsetMinutes = Math.round((wallClockMs(year, month, day, hour, minute, second) - wholeSecond) / MINUTE);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday: weekdayOf(year, month, day),
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
    offsetMinutes,
  };
}

/** The zone's offset from UTC at `instant`, in minutes. */
export function utcOffsetMinutes(timeZone: string, instant: Date | number = Date.now()): number {
  return zonedParts(instant, timeZone).offsetMinutes;
}

/** "UTC+05:30", "UTC-03:00", "UTC+00:00". */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * How a local date and time maps to an instant:
 * - `exact`: it happens once;
 * - `skipped`: it never happens (clocks jump forward over it); `instant` is the same wall-clock
 *   distance past the jump, e.g. 02:30 on a spring-forward night in New York → 03:30 EDT, as most
 *   calendars do;
 * - `repeated`: it happens twice (clocks go back); `instant` is the earlier one, `later` the second.
 */
export type LocalTimeResolution =
  | { kind: "exact"; instant: Date }
  | { kind: "skipped"; instant: Date; /** when the clock jumped over it */ transition: Date }
  | { kind: "repeated"; instant: Date; later: Date };

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses "YYYY-MM-DD" strictly (2026-02-30 is refused). */
export function parseLocalDate(localDate: string): { year: number; month: number; day: number } | null {
  const match = LOCAL_DATE.exec(localDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(wallClockMs(year, month, day));
  if (check.getUTCMonth() + 1 !== month || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Every reading of a local date and time in a zone. Throws RangeError on malformed input or an unknown zone. */
export function resolveLocalTime(localDate: string, localTime: string, timeZone: string): LocalTimeResolution {
  const date = parseLocalDate(localDate);
  if (!date) throw new RangeError(`Expected a date "YYYY-MM-DD", got "${localDate}"`);
  const time = LOCAL_TIME.exec(localTime);
  if (!time) throw new RangeError(`Expected a time "HH:MM" from 00:00 to 23:59, got "${localTime}"`);
  const wall = wallClockMs(date.year, date.month, date.day, Number(time[1]), Number(time[2]));

  // Offsets in force a day either side cover any single transition near this wall-clock time;
  // each offset that maps back to the same wall clock is one real occurrence.
  const before = utcOffsetMinutes(timeZone, wall - DAY);
  const after = utcOffsetMinutes(timeZone, wall + DAY);
  const occurrences = [...new Set([before, after, utcOffsetMinutes(timeZone, wall)])]
    .map((offset) => wall - offset * MINUTE)
    .filter((candidate) => wallClockMs(...partsTuple(candidate, timeZone)) === wall)
    .sort((a, b) => a - b);
  const [first, second] = [...new Set(occurrences)];
  if (first === undefined) {
    // In a gap: read the wall clock with the offset from before the jump, which lands past it.
    return { kind: "skipped", instant: new Date(wall - before * MINUTE), transition: new Date(findTransition(wall, before, after, timeZone)) };
  }
  if (second !== undefined) return { kind: "repeated", instant: new Date(first), later: new Date(second) };
  return { kind: "exact", instant: new Date(first) };
}

/** The jump over a skipped wall-clock time lies between reading it with either offset: bisect to the second. */
function findTransition(wall: number, before: number, after: number, timeZone: string): number {
  let low = wall - Math.max(before, after) * MINUTE; // still on the old offset
  let high = wall - Math.min(before, after) * MINUTE; // already on the new one
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (utcOffsetMinutes(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

/** "YYYY-MM-DD" moved by whole calendar days. */
export function addDays(localDate: string, days: number): string {
  const date = parseLocalDate(localDate);
  if (!date) throw new RangeError(`Expected a date "YYYY-MM-DD", got "${localDate}"`);
  const moved = new Date(wallClockMs(date.year, date.month, date.day) + days * DAY);
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

function partsTuple(ms: number, timeZone: string): [number, number, number, number, number, number] {
  const p = zonedParts(ms, timeZone);
  return [p.year, p.month, p.day, p.hour, p.minute, p.second];
}

/**
 * The instant at which the wall clock in `timeZone` reads `localDate` `localTime`. A time skipped by
 * a daylight-saving jump maps forward by the jump (02:30 → 03:30); a repeated time maps to its
 * earlier occurrence. Throws RangeError on malformed input or an unknown zone.
 */
export function zonedInstant(localDate: string, localTime: string, timeZone: string): Date {
  return resolveLocalTime(localDate, localTime, timeZone).instant;
}
