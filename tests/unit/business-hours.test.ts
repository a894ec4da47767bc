import { describe, expect, it } from "vitest";
import {
  businessHoursSchema,
  copyMondayToWeekdays,
  defaultHours,
  describeDay,
  isOpenAt,
  twentyFourSeven,
  type BusinessHours,
  type DayHours,
  type Weekday,
} from "@/lib/agents/business-hours";
import { summarizeBusinessHours } from "@/lib/agents/hours-summary";

const day = (open: string, close: string, enabled = true): DayHours => ({ open, close, enabled });

function hours(timezone: string, changes: Partial<Record<Weekday, DayHours>> = {}): BusinessHours {
  const base = defaultHours(timezone);
  return { ...base, schedule: { ...base.schedule, ...changes } };
}

/** Whether the agent answers at an instant given in UTC (never computed with the code under test). */
const openAt = (h: BusinessHours, iso: string) => isOpenAt(h, new Date(iso)).open;

describe("businessHoursSchema", () => {
  it("accepts the reference's example and the helpers' output", () => {
    expect(businessHoursSchema.safeParse(defaultHours("America/New_York")).success).toBe(true);
    expect(businessHoursSchema.safeParse(twentyFourSeven("UTC")).success).toBe(true);
    expect(businessHoursSchema.safeParse(hours("Asia/Kolkata", { friday: day("22:00", "06:00") })).success).toBe(true);
    expect(businessHoursSchema.safeParse(hours("Europe/London", { monday: day("09:00", "00:00") })).success).toBe(true);
    expect(businessHoursSchema.safeParse(hours("Europe/London", { sunday: day("00:00", "00:00") })).success).toBe(true);
  });

  it("refuses open == close on an enabled day, on that day's close field", () => {
    const result = businessHoursSchema.safeParse(
      hours("America/New_York", { tuesday: day("09:00", "09:00"), saturday: day("23:30", "23:30") }),
    );
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toHaveLength(2);
    expect(issues?.[0]?.[0]).toBe("schedule.tuesday.close");
    expect(issues?.[0]?.[1]).toMatch(/09:00.*00:00–00:00/);
    expect(issues?.[1]?.[0]).toBe("schedule.saturday.close");
  });

  it("ignores a disabled day's times as long as they are well formed", () => {
    expect(businessHoursSchema.safeParse(hours("UTC", { sunday: day("09:00", "09:00", false) })).success).toBe(true);
    const bad = businessHoursSchema.safeParse(hours("UTC", { sunday: day("9:00", "17:00", false) }));
    expect(bad.error?.issues[0]?.path.join(".")).toBe("schedule.sunday.open");
  });

  it.each(["24:00", "9:00", "09:60", "0900", "09:00:00", " 09:00", ""])("refuses the time %j", (time) => {
    const result = businessHoursSchema.safeParse(hours("UTC", { monday: day(time, "17:00") }));
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["schedule.monday.open"]);
  });

  it("is strict: every day required, no unknown keys anywhere", () => {
    const { sunday: _sunday, ...sixDays } = defaultHours("UTC").schedule;
    expect(businessHoursSchema.safeParse({ ...defaultHours("UTC"), schedule: sixDays }).error?.issues[0]?.path).toEqual([
      "schedule",
      "sunday",
    ]);
    expect(businessHoursSchema.safeParse({ ...defaultHours("UTC"), holidays: [] }).success).toBe(false);
    expect(businessHoursSchema.safeParse(hours("UTC", { monday: { ...day("09:00", "17:00"), note: "x" } as DayHours })).success).toBe(false);
    const withExtraDay = { ...defaultHours("UTC"), schedule: { ...defaultHours("UTC").schedule, holiday: day("09:00", "12:00") } };
    expect(businessHoursSchema.safeParse(withExtraDay).success).toBe(false);
  });

  it("validates the time zone as an IANA id, suggesting the right spelling", () => {
    const zone = (timezone: string) => businessHoursSchema.safeParse(defaultHours(timezone));
    for (const good of ["America/New_York", "Asia/Kolkata", "Asia/Calcutta", "Australia/Sydney", "UTC", "Etc/UTC", "US/Eastern", "America/Argentina/Buenos_Aires"]) {
      expect(zone(good).success, good).toBe(true);
    }
    for (const bad of ["Mars/Olympus", "", "+05:30", "GMT+1", "New York", " UTC"]) {
      expect(zone(bad).error?.issues[0]?.path, bad).toEqual(["timezone"]);
    }
    expect(zone("america/new_york").error?.issues[0]?.message).toBe("Write the time zone as America/New_York");
  });
});

describe("helpers", () => {
  it("copies Monday to Tuesday–Friday only, without touching the original", () => {
    const original = hours("UTC", { monday: day("08:30", "18:00"), wednesday: day("10:00", "12:00"), saturday: day("10:00", "14:00") });
    const copied = copyMondayToWeekdays(original);
    for (const name of ["tuesday", "wednesday", "thursday", "friday"] as const) expect(copied.schedule[name]).toEqual(day("08:30", "18:00"));
    expect(copied.schedule.saturday).toEqual(day("10:00", "14:00"));
    expect(copied.schedule.sunday).toEqual(day("00:00", "00:00", false));
    expect(original.schedule.wednesday).toEqual(day("10:00", "12:00"));
    copied.schedule.tuesday.open = "07:00";
    expect(copied.schedule.monday.open).toBe("08:30"); // copies, not shared objects
  });

  it("builds default hours (Mon–Fri 09:00–17:00) and 24/7 mode", () => {
    expect(summarizeBusinessHours(defaultHours("Europe/London"))).toBe("Mon–Fri 09:00–17:00 (London)");
    expect(twentyFourSeven("Europe/London")).toMatchObject({ enabled: false, timezone: "Europe/London" });
    expect(summarizeBusinessHours(twentyFourSeven("Europe/London"))).toBe("24/7");
  });

  it("describes each kind of day", () => {
    expect(describeDay(day("09:00", "17:00"))).toBe("09:00–17:00");
    expect(describeDay(day("22:00", "06:00"))).toBe("22:00–06:00 (next day)");
    expect(describeDay(day("09:00", "00:00"))).toBe("09:00 until midnight");
    expect(describeDay(day("00:00", "00:00"))).toBe("all day");
    expect(describeDay(day("00:00", "06:00"))).toBe("00:00–06:00");
    expect(describeDay(day("09:00", "17:00", false))).toBe("closed");
    expect(describeDay(day("09:00", "09:00"))).toMatch(/^invalid/);
  });

  it("agrees with the one-line summary: an overnight shift belongs to the day it starts", () => {
    const h = hours("America/New_York", { friday: day("22:00", "06:00") });
    expect(summarizeBusinessHours(h)).toBe("Mon–Thu 09:00–17:00, Fri 22:00–06:00 (New York)");
    // 2026-03-07 is a Saturday: Friday's shift answers until 06:00 EST (11:00Z) though Saturday is closed.
    expect(openAt(h, "2026-03-07T10:59:00Z")).toBe(true);
    expect(openAt(h, "2026-03-07T11:00:00Z")).toBe(false);
  });
});

describe("isOpenAt: the week in New York (EST, UTC-5, in early March 2026)", () => {
  const overnight = hours("America/New_York", {
    friday: day("22:00", "06:00"),
    monday: day("09:00", "00:00"),
    saturday: day("00:00", "00:00", false),
    sunday: day("00:00", "00:00", true),
  });

  it("answers during the day's hours and reports the local clock", () => {
    const result = isOpenAt(defaultHours("America/New_York"), new Date("2026-03-04T14:00:00Z"));
    expect(result).toEqual({
      open: true,
      reason: "Within Wednesday's hours, 09:00–17:00",
      localTime: "09:00",
      localDay: "wednesday",
      localDate: "2026-03-04",
      utcOffset: "UTC-05:00",
    });
    expect(isOpenAt(defaultHours("America/New_York"), new Date("2026-03-04T13:59:59Z"))).toMatchObject({
      open: false,
      localTime: "08:59",
      reason: "Before Wednesday's opening at 09:00: the call goes to voicemail",
    });
    expect(openAt(defaultHours("America/New_York"), "2026-03-04T21:59:59Z")).toBe(true);
    expect(isOpenAt(defaultHours("America/New_York"), new Date("2026-03-04T22:00:00Z")).reason).toMatch(/^After Wednesday's hours/);
  });

  it("runs an overnight shift from Friday 22:00 into Saturday 06:00 (Saturday disabled)", () => {
    expect(openAt(overnight, "2026-03-07T02:59:00Z")).toBe(false); // Fri 21:59
    expect(openAt(overnight, "2026-03-07T03:00:00Z")).toBe(true); // Fri 22:00
    const saturdayNight = isOpenAt(overnight, new Date("2026-03-07T08:00:00Z")); // Sat 03:00
    expect(saturdayNight).toMatchObject({ open: true, localDay: "saturday", localTime: "03:00" });
    expect(saturdayNight.reason).toBe("Within Friday's overnight hours, 22:00–06:00 (next day)");
    expect(openAt(overnight, "2026-03-07T10:59:00Z")).toBe(true); // Sat 05:59
    expect(isOpenAt(overnight, new Date("2026-03-07T11:00:00Z"))).toMatchObject({
      open: false, // Sat 06:00
      reason: "Closed on Saturdays: the call goes to voicemail",
    });
    expect(openAt(overnight, "2026-03-06T04:00:00Z")).toBe(false); // Thu 23:00: Thursday is 09–17
  });

  it("treats close 00:00 as midnight at the end of the day", () => {
    expect(openAt(overnight, "2026-03-03T04:59:00Z")).toBe(true); // Mon 23:59
    expect(isOpenAt(overnight, new Date("2026-03-03T05:00:00Z"))).toMatchObject({
      open: false, // Tue 00:00: Monday's hours are over, Tuesday opens at 09:00
      localDay: "tuesday",
      reason: "Before Tuesday's opening at 09:00: the call goes to voicemail",
    });
  });

  it("treats 00:00–00:00 as the whole day", () => {
    expect(openAt(overnight, "2026-03-01T05:00:00Z")).toBe(true); // Sun 00:00
    expect(openAt(overnight, "2026-03-02T04:59:59Z")).toBe(true); // Sun 23:59:59
    expect(openAt(overnight, "2026-03-02T05:00:00Z")).toBe(false); // Mon 00:00, Monday opens at 09:00
  });

  it("answers everything in 24/7 mode, whatever the schedule says", () => {
    const allHours = { ...overnight, enabled: false };
    for (const iso of ["2026-03-07T12:00:00Z", "2026-03-08T07:30:00Z", "2026-03-02T05:00:00Z"]) {
      expect(isOpenAt(allHours, new Date(iso))).toMatchObject({ open: true, reason: "24/7 mode: every call is answered" });
    }
  });

  it("sends calls to voicemail on an ambiguous day that slipped past validation, and says why", () => {
    const ambiguous = hours("America/New_York", { wednesday: day("09:00", "09:00") });
    expect(isOpenAt(ambiguous, new Date("2026-03-04T15:00:00Z"))).toMatchObject({
      open: false,
      reason: "Wednesday's hours are invalid (opens and closes at 09:00): the call goes to voicemail",
    });
  });

  it("throws for a time zone the runtime does not know", () => {
    expect(() => isOpenAt({ ...defaultHours("UTC"), timezone: "Mars/Olympus" }, new Date())).toThrow(RangeError);
  });
});
