// Business hours on daylight-saving days and in zones with unusual offsets. Instants are written in
// UTC by hand (never computed with the code under test); comments give the local reading.
import { describe, expect, it } from "vitest";
import { defaultHours, isOpenAt, zonedInstant, type BusinessHours, type DayHours, type Weekday } from "@/lib/agents/business-hours";

const day = (open: string, close: string, enabled = true): DayHours => ({ open, close, enabled });

function hours(timezone: string, changes: Partial<Record<Weekday, DayHours>> = {}): BusinessHours {
  const base = defaultHours(timezone);
  return { ...base, schedule: { ...base.schedule, ...changes } };
}

const check = (h: BusinessHours, iso: string) => isOpenAt(h, new Date(iso));

describe("New York, spring forward: Sunday 2026-03-08, 02:00 EST → 03:00 EDT (07:00Z)", () => {
  const saturdayNight = hours("America/New_York", { saturday: day("22:00", "06:00") });

  it("keeps an overnight shift open across the jump and closes it at 06:00 EDT (7 hours in real time)", () => {
    expect(check(saturdayNight, "2026-03-08T02:59:00Z").open).toBe(false); // Sat 21:59 EST
    expect(check(saturdayNight, "2026-03-08T03:00:00Z").open).toBe(true); // Sat 22:00 EST
    expect(check(saturdayNight, "2026-03-08T06:59:00Z")).toMatchObject({ open: true, localTime: "01:59", utcOffset: "UTC-05:00" });
    expect(check(saturdayNight, "2026-03-08T07:00:00Z")).toMatchObject({ open: true, localTime: "03:00", utcOffset: "UTC-04:00" });
    expect(check(saturdayNight, "2026-03-08T09:59:00Z")).toMatchObject({ open: true, localTime: "05:59", localDay: "sunday" });
    expect(check(saturdayNight, "2026-03-08T10:00:00Z")).toMatchObject({ open: false, localTime: "06:00" });
  });

  it("maps the non-existent 02:30 forward to 03:30 EDT", () => {
    const instant = zonedInstant("2026-03-08", "02:30", "America/New_York");
    expect(instant.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(isOpenAt(saturdayNight, instant)).toMatchObject({ open: true, localTime: "03:30" });
  });

  it("opens at the jump when the opening time is skipped, and closes at the jump when the closing time is", () => {
    const opensAt0230 = hours("America/New_York", { sunday: day("02:30", "05:00") });
    expect(check(opensAt0230, "2026-03-08T06:59:59Z").open).toBe(false); // 01:59:59 EST
    expect(check(opensAt0230, "2026-03-08T07:00:00Z").open).toBe(true); // 03:00 EDT, past 02:30
    const closesAt0230 = hours("America/New_York", { saturday: day("20:00", "02:30") });
    expect(check(closesAt0230, "2026-03-08T06:59:59Z").open).toBe(true); // 01:59:59 EST
    expect(check(closesAt0230, "2026-03-08T07:00:00Z").open).toBe(false); // 03:00 EDT, past 02:30
  });

  it("answers at the same wall-clock hours the day after as the day before", () => {
    const weekdays = defaultHours("America/New_York");
    expect(check(weekdays, "2026-03-06T14:00:00Z").open).toBe(true); // Fri 09:00 EST
    expect(check(weekdays, "2026-03-09T13:00:00Z")).toMatchObject({ open: true, localTime: "09:00" }); // Mon 09:00 EDT
    expect(check(weekdays, "2026-03-09T12:59:00Z").open).toBe(false); // Mon 08:59 EDT
  });
});

describe("New York, fall back: Sunday 2026-11-01, 02:00 EDT → 01:00 EST (06:00Z)", () => {
  it("answers 01:30 both times it happens inside an overnight shift, which lasts 5 hours in real time", () => {
    const saturdayNight = hours("America/New_York", { saturday: day("22:00", "02:00") });
    expect(check(saturdayNight, "2026-11-01T01:59:00Z").open).toBe(false); // Sat 21:59 EDT
    expect(check(saturdayNight, "2026-11-01T02:00:00Z").open).toBe(true); // Sat 22:00 EDT
    const first = check(saturdayNight, "2026-11-01T05:30:00Z");
    const second = check(saturdayNight, "2026-11-01T06:30:00Z");
    expect(first).toMatchObject({ open: true, localTime: "01:30", utcOffset: "UTC-04:00" });
    expect(second).toMatchObject({ open: true, localTime: "01:30", utcOffset: "UTC-05:00" });
    expect(check(saturdayNight, "2026-11-01T06:59:00Z").open).toBe(true); // 01:59 EST
    expect(check(saturdayNight, "2026-11-01T07:00:00Z").open).toBe(false); // 02:00 EST
  });

  it("closes at the second 01:30 when the closing time happens twice (no hole in the hours)", () => {
    const closes0130 = hours("America/New_York", { saturday: day("20:00", "01:30") });
    expect(check(closes0130, "2026-11-01T05:30:00Z").open).toBe(true); // first 01:30 (EDT)
    expect(check(closes0130, "2026-11-01T05:45:00Z").open).toBe(true); // 01:45 EDT
    expect(check(closes0130, "2026-11-01T06:15:00Z").open).toBe(true); // 01:15 EST
    expect(check(closes0130, "2026-11-01T06:30:00Z").open).toBe(false); // second 01:30 (EST)
  });

  it("opens at the first 01:30 when the opening time happens twice", () => {
    const opens0130 = hours("America/New_York", { sunday: day("01:30", "03:00") });
    expect(check(opens0130, "2026-11-01T05:29:00Z").open).toBe(false); // 01:29 EDT
    expect(check(opens0130, "2026-11-01T05:30:00Z").open).toBe(true); // first 01:30
    expect(check(opens0130, "2026-11-01T06:10:00Z").open).toBe(true); // 01:10 EST, after the first 01:30
    expect(check(opens0130, "2026-11-01T07:59:00Z").open).toBe(true); // 02:59 EST
    expect(check(opens0130, "2026-11-01T08:00:00Z").open).toBe(false); // 03:00 EST
  });

  it("resolves the twice-happening 01:30 to its earlier occurrence", () => {
    expect(zonedInstant("2026-11-01", "01:30", "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });
});

describe("London: 2026-03-29 01:00 GMT → 02:00 BST, 2026-10-25 02:00 BST → 01:00 GMT (both at 01:00Z)", () => {
  it("spring forward: the 01:00 hour never happens, 01:30 maps to 02:30 BST", () => {
    const sunday = hours("Europe/London", { sunday: day("01:00", "03:00") });
    expect(check(sunday, "2026-03-29T00:59:00Z")).toMatchObject({ open: false, localTime: "00:59", utcOffset: "UTC+00:00" });
    expect(check(sunday, "2026-03-29T01:00:00Z")).toMatchObject({ open: true, localTime: "02:00", utcOffset: "UTC+01:00" });
    expect(check(sunday, "2026-03-29T01:59:00Z").open).toBe(true); // 02:59 BST
    expect(check(sunday, "2026-03-29T02:00:00Z").open).toBe(false); // 03:00 BST
    const instant = zonedInstant("2026-03-29", "01:30", "Europe/London");
    expect(instant.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(isOpenAt(sunday, instant).localTime).toBe("02:30");
  });

  it("fall back: an overnight shift ending 01:45 stays open through both 01:00–01:45 hours", () => {
    const saturday = hours("Europe/London", { saturday: day("18:00", "01:45") });
    expect(check(saturday, "2026-10-24T16:59:00Z").open).toBe(false); // Sat 17:59 BST
    expect(check(saturday, "2026-10-24T17:00:00Z").open).toBe(true); // Sat 18:00 BST
    expect(check(saturday, "2026-10-25T00:30:00Z")).toMatchObject({ open: true, localTime: "01:30", utcOffset: "UTC+01:00" });
    expect(check(saturday, "2026-10-25T00:50:00Z")).toMatchObject({ open: true, localTime: "01:50" }); // first 01:50 (BST)
    expect(check(saturday, "2026-10-25T01:30:00Z")).toMatchObject({ open: true, localTime: "01:30", utcOffset: "UTC+00:00" });
    expect(check(saturday, "2026-10-25T01:45:00Z")).toMatchObject({ open: false, localTime: "01:45" });
    expect(zonedInstant("2026-10-25", "01:30", "Europe/London").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });
});

describe("zones with unusual offsets", () => {
  it("Asia/Kolkata (UTC+05:30): opens and closes on the half hour in UTC", () => {
    const kolkata = defaultHours("Asia/Kolkata");
    expect(check(kolkata, "2026-07-01T03:29:00Z")).toMatchObject({ open: false, localTime: "08:59", utcOffset: "UTC+05:30" });
    expect(check(kolkata, "2026-07-01T03:30:00Z")).toMatchObject({ open: true, localTime: "09:00", localDay: "wednesday" });
    expect(check(kolkata, "2026-07-01T11:29:00Z").open).toBe(true);
    expect(check(kolkata, "2026-07-01T11:30:00Z").open).toBe(false);
    expect(zonedInstant("2026-07-01", "09:00", "Asia/Kolkata").toISOString()).toBe("2026-07-01T03:30:00.000Z");
  });

  it("Australia/Sydney: summer time in January, the local Monday starts on Sunday in UTC", () => {
    const sydney = defaultHours("Australia/Sydney");
    // Sunday 22:00Z = Monday 09:00 AEDT (UTC+11).
    expect(check(sydney, "2026-01-04T22:00:00Z")).toMatchObject({ open: true, localDay: "monday", localTime: "09:00", utcOffset: "UTC+11:00" });
    expect(check(sydney, "2026-01-04T21:59:00Z").open).toBe(false);
    // In July (AEST, UTC+10) the same local hour is 23:00Z.
    expect(check(sydney, "2026-07-05T23:00:00Z")).toMatchObject({ open: true, localTime: "09:00", utcOffset: "UTC+10:00" });
    expect(check(sydney, "2026-07-05T22:00:00Z").open).toBe(false);
  });

  it("Australia/Sydney: an overnight shift across the April fall-back (03:00 AEDT → 02:00 AEST, 2026-04-05)", () => {
    const saturdayNight = hours("Australia/Sydney", { saturday: day("22:00", "06:00") });
    expect(check(saturdayNight, "2026-04-04T11:00:00Z").open).toBe(true); // Sat 22:00 AEDT
    expect(check(saturdayNight, "2026-04-04T15:30:00Z")).toMatchObject({ open: true, localTime: "02:30", utcOffset: "UTC+11:00" });
    expect(check(saturdayNight, "2026-04-04T16:30:00Z")).toMatchObject({ open: true, localTime: "02:30", utcOffset: "UTC+10:00" });
    expect(check(saturdayNight, "2026-04-04T19:59:00Z").open).toBe(true); // Sun 05:59 AEST
    expect(check(saturdayNight, "2026-04-04T20:00:00Z").open).toBe(false); // Sun 06:00 AEST: 9 hours after opening
  });

  it("Australia/Lord_Howe moves its clocks by 30 minutes", () => {
    // 2026-10-04 02:00 → 02:30 (+10:30 → +11:00): 02:15 does not exist and maps to 02:45.
    expect(zonedInstant("2026-10-04", "02:15", "Australia/Lord_Howe").toISOString()).toBe("2026-10-03T15:45:00.000Z");
    const sunday = hours("Australia/Lord_Howe", { sunday: day("02:15", "04:00") });
    expect(check(sunday, "2026-10-03T15:29:00Z")).toMatchObject({ open: false, localTime: "01:59" });
    expect(check(sunday, "2026-10-03T15:30:00Z")).toMatchObject({ open: true, localTime: "02:30" });
  });
});
