import { describe, expect, it } from "vitest";
import { addDays, formatUtcOffset, resolveLocalTime, zonedInstant, zonedParts } from "@/lib/agents/business-hours-zone";

describe("zonedInstant and resolveLocalTime", () => {
  it("finds the instant of an ordinary local time", () => {
    expect(resolveLocalTime("2026-01-15", "09:00", "America/New_York")).toEqual({
      kind: "exact",
      instant: new Date("2026-01-15T14:00:00Z"),
    });
    expect(zonedInstant("2026-07-15", "09:00", "America/New_York").toISOString()).toBe("2026-07-15T13:00:00.000Z");
    expect(zonedInstant("2026-07-15", "00:00", "UTC").toISOString()).toBe("2026-07-15T00:00:00.000Z");
    expect(zonedInstant("2026-01-15", "09:00", "Asia/Kathmandu").toISOString()).toBe("2026-01-15T03:15:00.000Z"); // +05:45
    expect(zonedInstant("2026-01-15", "09:00", "Pacific/Chatham").toISOString()).toBe("2026-01-14T19:15:00.000Z"); // +13:45 in summer
  });

  it("reports a skipped time with the instant past the jump and the jump itself", () => {
    expect(resolveLocalTime("2026-03-08", "02:30", "America/New_York")).toEqual({
      kind: "skipped",
      instant: new Date("2026-03-08T07:30:00Z"), // 03:30 EDT
      transition: new Date("2026-03-08T07:00:00Z"),
    });
    expect(resolveLocalTime("2026-10-04", "02:00", "Australia/Sydney")).toEqual({
      kind: "skipped",
      instant: new Date("2026-10-03T16:00:00Z"), // 03:00 AEDT
      transition: new Date("2026-10-03T16:00:00Z"),
    });
  });

  it("reports a repeated time with both occurrences, the earlier first", () => {
    expect(resolveLocalTime("2026-11-01", "01:30", "America/New_York")).toEqual({
      kind: "repeated",
      instant: new Date("2026-11-01T05:30:00Z"),
      later: new Date("2026-11-01T06:30:00Z"),
    });
    expect(resolveLocalTime("2026-10-25", "01:00", "Europe/London")).toEqual({
      kind: "repeated",
      instant: new Date("2026-10-25T00:00:00Z"),
      later: new Date("2026-10-25T01:00:00Z"),
    });
    expect(resolveLocalTime("2026-04-05", "02:30", "Australia/Sydney")).toMatchObject({ kind: "repeated" });
  });

  it("handles a zone whose clocks jump at midnight (America/Santiago, 2026-09-06: 00:00 → 01:00)", () => {
    const midnight = resolveLocalTime("2026-09-06", "00:00", "America/Santiago");
    expect(midnight.kind).toBe("skipped");
    expect(zonedParts(midnight.instant, "America/Santiago").time).toBe("01:00");
  });

  it("refuses malformed input and unknown zones", () => {
    expect(() => zonedInstant("2026-02-30", "09:00", "UTC")).toThrow(RangeError);
    expect(() => zonedInstant("2026-2-3", "09:00", "UTC")).toThrow(RangeError);
    expect(() => zonedInstant("2026-02-03", "24:00", "UTC")).toThrow(RangeError);
    expect(() => zonedInstant("2026-02-03", "9:00", "UTC")).toThrow(RangeError);
    expect(() => zonedInstant("2026-02-03", "09:00", "Mars/Olympus")).toThrow(RangeError);
  });

  it("round-trips every local reading through 2026 in zones with 60- and 30-minute changes", () => {
    const sweeps: [string, number, number, number][] = [];
    for (const zone of ["America/New_York", "Europe/London", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata"]) {
      sweeps.push([zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1), 7 * 3_600_000 + 15 * 60_000]);
    }
    // Every 5 minutes through the fall-back nights, where each reading in the repeated hour has two instants.
    sweeps.push(["America/New_York", Date.UTC(2026, 9, 31, 12), Date.UTC(2026, 10, 2), 300_000]);
    sweeps.push(["Europe/London", Date.UTC(2026, 9, 24, 12), Date.UTC(2026, 9, 26), 300_000]);
    sweeps.push(["Australia/Lord_Howe", Date.UTC(2026, 3, 4), Date.UTC(2026, 3, 5, 12), 300_000]);
    for (const [zone, start, end, step] of sweeps) {
      for (let t = start; t < end; t += step) {
        const local = zonedParts(t, zone);
        const resolved = resolveLocalTime(local.date, local.time, zone);
        expect(resolved.kind, `${zone} ${local.date} ${local.time}`).not.toBe("skipped");
        const occurrences = resolved.kind === "repeated" ? [resolved.instant.getTime(), resolved.later.getTime()] : [resolved.instant.getTime()];
        expect(occurrences, `${zone} ${new Date(t).toISOString()}`).toContain(t);
      }
    }
  });
});

describe("zonedParts and helpers", () => {
  it("reads the local calendar, clock, weekday and offset", () => {
    expect(zonedParts(new Date("2026-01-04T22:00:00Z"), "Australia/Sydney")).toMatchObject({
      date: "2026-01-05",
      time: "09:00",
      weekday: 0, // Monday
      offsetMinutes: 660,
    });
    expect(zonedParts(new Date("2026-03-08T04:59:59Z"), "America/New_York")).toMatchObject({ date: "2026-03-07", time: "23:59", weekday: 5 });
    expect(zonedParts(new Date("2026-03-08T05:00:00Z"), "America/New_York")).toMatchObject({ date: "2026-03-08", time: "00:00", hour: 0, weekday: 6 });
  });

  it("formats offsets and moves calendar dates", () => {
    expect(formatUtcOffset(330)).toBe("UTC+05:30");
    expect(formatUtcOffset(-210)).toBe("UTC-03:30");
    expect(formatUtcOffset(0)).toBe("UTC+00:00");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });
});
