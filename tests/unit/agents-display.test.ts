import { describe, expect, it } from "vitest";
import { summarizeBusinessHours } from "@/lib/agents/hours-summary";

const day = (open: string, close: string, enabled = true) => ({ open, close, enabled });
const weekdays = {
  monday: day("09:00", "17:00"),
  tuesday: day("09:00", "17:00"),
  wednesday: day("09:00", "17:00"),
  thursday: day("09:00", "17:00"),
  friday: day("09:00", "17:00"),
  saturday: day("10:00", "14:00"),
  sunday: day("00:00", "00:00", false),
};

describe("business hours summary", () => {
  it("groups consecutive days with the same hours and names the zone's city", () => {
    expect(summarizeBusinessHours({ enabled: true, timezone: "America/New_York", schedule: weekdays })).toBe(
      "Mon–Fri 09:00–17:00, Sat 10:00–14:00 (New York)",
    );
  });
  it("does not merge days that are not next to each other", () => {
    const schedule = { ...weekdays, tuesday: day("08:00", "12:00"), saturday: day("00:00", "00:00", false) };
    expect(summarizeBusinessHours({ enabled: true, schedule })).toBe("Mon 09:00–17:00, Tue 08:00–12:00, Wed–Fri 09:00–17:00");
  });
  it("distinguishes 24/7 mode, closed every day and not reported", () => {
    expect(summarizeBusinessHours({ enabled: false, schedule: weekdays })).toBe("24/7");
    expect(summarizeBusinessHours(null)).toBe("24/7");
    expect(summarizeBusinessHours(undefined)).toBe("Not reported");
    const closed = Object.fromEntries(Object.keys(weekdays).map((name) => [name, day("09:00", "17:00", false)]));
    expect(summarizeBusinessHours({ enabled: true, schedule: closed })).toMatch(/^Closed every day/);
  });
});
