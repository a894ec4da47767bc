// What an OnCallClerk agent's business hours mean, decided here and shown in the editor and docs:
// - `enabled: false` is 24/7 mode: every call is answered. With hours on, calls outside them go to voicemail.
// - Times are wall-clock times in the agent's IANA `timezone` (09:00 stays 09:00 across daylight-saving
//   changes), and a day's hours belong to the day they start on.
// - `close` earlier than `open` is an overnight shift ending the next day: Friday 22:00–06:00 answers
//   from Friday 22:00 to Saturday 06:00, even when Saturday itself is disabled.
// - `close` "00:00" is midnight at the end of that day: 09:00–00:00 answers 09:00 → 24:00, and
//   00:00–00:00 answers the whole day.
// - Any other `open` equal to `close` (09:00–09:00) could mean closed or 24 hours, so it is refused on
//   every enabled day; a disabled day's times are ignored (but must still be "HH:MM").
// - Daylight saving: an opening or closing time the clocks jump over takes effect at the jump; when
//   clocks go back, a repeated opening time counts from its first occurrence and a repeated closing
//   time from its second, so the hours never get a hole. A shift across a change lasts an hour less
//   or more in real time (22:00–06:00 is 7 hours on the spring-forward night).
// - Previews (`zonedInstant`): a chosen local time that does not exist maps forward by the jump
//   (02:30 → 03:30), and one that happens twice means its earlier occurrence.
import { z } from "zod";
import { WEEKDAYS } from "@/lib/oncallclerk/schemas/agents";
import { addDays, formatUtcOffset, resolveLocalTime, zonedParts } from "./business-hours-zone";
import { timeZoneProblem } from "./time-zones";

export { WEEKDAYS };
export type Weekday = (typeof WEEKDAYS)[number];
export { resolveLocalTime, zonedInstant, type LocalTimeResolution } from "./business-hours-zone";

const DAY_NAMES: Record<Weekday, string> = {
  monday: "Monday",
  tuesday: "Tuesday",
  wednesday: "Wednesday",
  thursday: "Thursday",
  friday: "Friday",
  saturday: "Saturday",
  sunday: "Sunday",
};

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const clockSchema = z.string().regex(CLOCK, 'Use a 24-hour time "HH:MM" from 00:00 to 23:59');

export const dayHoursSchema = z
  .strictObject({ open: clockSchema, close: clockSchema, enabled: z.boolean() })
  .superRefine((day, ctx) => {
    if (day.enabled && day.open === day.close && day.open !== "00:00") {
      ctx.addIssue({
        code: "custom",
        path: ["close"],
        message: `Opens and closes at ${day.open}, which could mean closed or open 24 hours: use 00:00–00:00 for the whole day, or choose another closing time`,
      });
    }
  });

export const businessHoursTimezoneSchema = z.string().superRefine((timeZone, ctx) => {
  const problem = timeZoneProblem(timeZone);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** Exactly the reference's BusinessHours (strict, all seven days), with nothing ambiguous. */
export const businessHoursSchema = z.strictObject({
  enabled: z.boolean(),
  timezone: businessHoursTimezoneSchema,
  schedule: z.strictObject({
    monday: dayHoursSchema,
    tuesday: dayHoursSchema,
    wednesday: dayHoursSchema,
    thursday: dayHoursSchema,
    friday: dayHoursSchema,
    saturday: dayHoursSchema,
    sunday: dayHoursSchema,
  }),
});
export type BusinessHours = z.output<typeof businessHoursSchema>;
export type DayHours = BusinessHours["schedule"][Weekday];

// ---------- helpers for the editor ----------

const closedDay = (): DayHours => ({ open: "00:00", close: "00:00", enabled: false });

/** Monday's hours (times and on/off) copied to Tuesday–Friday; the weekend is left alone. */
export function copyMondayToWeekdays(hours: BusinessHours): BusinessHours {
  const monday = hours.schedule.monday;
  return {
    ...hours,
    schedule: {
      ...hours.schedule,
      tuesday: { ...monday },
      wednesday: { ...monday },
      thursday: { ...monday },
      friday: { ...monday },
    },
  };
}

/** Mon–Fri 09:00–17:00, weekend closed (as 00:00–00:00 disabled, like the reference). */
export function defaultHours(timezone: string): BusinessHours {
  const weekday = (): DayHours => ({ open: "09:00", close: "17:00", enabled: true });
  return {
    enabled: true,
    timezone,
    schedule: {
      monday: weekday(),
      tuesday: weekday(),
      wednesday: weekday(),
      thursday: weekday(),
      friday: weekday(),
      saturday: closedDay(),
      sunday: closedDay(),
    },
  };
}

/** 24/7 mode. The schedule is kept (the defaults) so switching 24/7 off shows sensible hours. */
export function twentyFourSeven(timezone: string): BusinessHours {
  return { ...defaultHours(timezone), enabled: false };
}

// ---------- meaning of one day ----------

/** One day's hours as minutes from that day's 00:00; `end` passes 1440 for an overnight shift. */
export type DaySpan =
  | { kind: "closed" }
  | { kind: "invalid"; message: string }
  | { kind: "open"; start: number; end: number; allDay: boolean; untilMidnight: boolean; overnight: boolean };

const MINUTES_PER_DAY = 1440;

function clockMinutes(clock: string): number | null {
  const match = CLOCK.exec(clock);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function daySpan(day: DayHours): DaySpan {
  if (!day.enabled) return { kind: "closed" };
  const start = clockMinutes(day.open);
  const close = clockMinutes(day.close);
  if (start === null || close === null) return { kind: "invalid", message: "times must be HH:MM" };
  if (start === close && start !== 0) return { kind: "invalid", message: `opens and closes at ${day.open}` };
  // A close at or before the open is that clock time on the next day; 00:00 is therefore midnight
  // at the end of the day, and 00:00–00:00 the whole day.
  const end = close > start ? close : close + MINUTES_PER_DAY;
  return {
    kind: "open",
    start,
    end,
    allDay: start === 0 && end === MINUTES_PER_DAY,
    untilMidnight: start > 0 && end === MINUTES_PER_DAY,
    overnight: end > MINUTES_PER_DAY,
  };
}

/** "09:00–17:00", "22:00–06:00 (next day)", "09:00 until midnight", "all day", "closed". */
export function describeDay(day: DayHours): string {
  const span = daySpan(day);
  if (span.kind === "closed") return "closed";
  if (span.kind === "invalid") return `invalid: ${span.message}`;
  if (span.allDay) return "all day";
  if (span.untilMidnight) return `${day.open} until midnight`;
  if (span.overnight) return `${day.open}–${day.close} (next day)`;
  return `${day.open}–${day.close}`;
}

// ---------- would the agent answer? ----------

export interface OpenAtResult {
  /** true: the agent answers; false: the call goes to voicemail. */
  open: boolean;
  reason: string;
  /** Local wall-clock time in the agent's zone, "HH:MM". */
  localTime: string;
  /** Local weekday, a schedule key ("friday"). */
  localDay: Weekday;
  /** Local date, "YYYY-MM-DD". */
  localDate: string;
  /** Offset in force at that instant, "UTC-04:00". */
  utcOffset: string;
}

/**
 * The instant a day's opening (`first`) or closing (`last`) time takes effect: a time the clocks jump
 * over takes effect at the jump; a time that happens twice opens at its first occurrence and closes
 * at its second, so hours never get a hole when clocks go back.
 */
function boundary(localDate: string, clock: string, timeZone: string, which: "first" | "last"): number {
  const resolved = resolveLocalTime(localDate, clock, timeZone);
  if (resolved.kind === "skipped") return resolved.transition.getTime();
  if (resolved.kind === "repeated" && which === "last") return resolved.later.getTime();
  return resolved.instant.getTime();
}

/** The real-time interval [start, end) of the shift that starts on `localDate`. */
function shiftInterval(localDate: string, day: DayHours, span: Extract<DaySpan, { kind: "open" }>, timeZone: string) {
  const start = boundary(localDate, day.open, timeZone, "first");
  const end =
    span.end < MINUTES_PER_DAY
      ? boundary(localDate, day.close, timeZone, "last")
      : boundary(addDays(localDate, 1), day.close, timeZone, "last"); // overnight, or 00:00 = midnight
  return { start, end };
}

/**
 * Whether the agent answers a call at `instant`, judged on the wall clock of `hours.timezone`: today's
 * hours, or yesterday's shift running past midnight. Throws RangeError for a time zone the runtime does
 * not know; an ambiguous day (open == close) is treated as closed, and the reason says so.
 */
export function isOpenAt(hours: BusinessHours, instant: Date): OpenAtResult {
  const local = zonedParts(instant, hours.timezone);
  const today = WEEKDAYS[local.weekday] as Weekday;
  const yesterday = WEEKDAYS[(local.weekday + 6) % 7] as Weekday;
  const base = { localTime: local.time, localDay: today, localDate: local.date, utcOffset: formatUtcOffset(local.offsetMinutes) };
  const answer = (reason: string): OpenAtResult => ({ open: true, reason, ...base });
  const voicemail = (reason: string): OpenAtResult => ({ open: false, reason: `${reason}: the call goes to voicemail`, ...base });

  if (!hours.enabled) return answer("24/7 mode: every call is answered");

  const t = instant.getTime();
  const yesterdayDay = hours.schedule[yesterday];
  const yesterdaySpan = daySpan(yesterdayDay);
  // Only a shift that reaches midnight can still be running today.
  if (yesterdaySpan.kind === "open" && yesterdaySpan.end >= MINUTES_PER_DAY) {
    const shift = shiftInterval(addDays(local.date, -1), yesterdayDay, yesterdaySpan, hours.timezone);
    if (t >= shift.start && t < shift.end) {
      const kind = yesterdaySpan.overnight ? "overnight hours" : "hours";
      return answer(`Within ${DAY_NAMES[yesterday]}'s ${kind}, ${describeDay(yesterdayDay)}`);
    }
  }

  const todayDay = hours.schedule[today];
  const todaySpan = daySpan(todayDay);
  if (todaySpan.kind === "invalid") return voicemail(`${DAY_NAMES[today]}'s hours are invalid (${todaySpan.message})`);
  if (todaySpan.kind === "closed") return voicemail(`Closed on ${DAY_NAMES[today]}s`);
  const shift = shiftInterval(local.date, todayDay, todaySpan, hours.timezone);
  if (t < shift.start) return voicemail(`Before ${DAY_NAMES[today]}'s opening at ${todayDay.open}`);
  if (t < shift.end) return answer(`Within ${DAY_NAMES[today]}'s hours, ${describeDay(todayDay)}`);
  return voicemail(`After ${DAY_NAMES[today]}'s hours, ${describeDay(todayDay)}`);
}
