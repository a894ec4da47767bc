import { describe, expect, it } from "vitest";
import {
  currentTimeZoneName,
  isValidTimeZone,
  listTimeZones,
  normalizeSearchText,
  searchTimeZones,
  timeZoneLabel,
  timeZoneProblem,
} from "@/lib/agents/time-zones";

const WINTER = new Date("2026-01-15T12:00:00Z");
const SUMMER = new Date("2026-07-15T12:00:00Z");
const ids = (query: string, at = WINTER) => searchTimeZones(query, { at }).map((zone) => zone.id);

describe("searchTimeZones", () => {
  it.each([
    ["sao paulo", "America/Sao_Paulo"],
    ["São Paulo", "America/Sao_Paulo"],
    ["new york", "America/New_York"],
    ["New_York", "America/New_York"],
    ["zurich", "Europe/Zurich"],
    ["ZÜRICH", "Europe/Zurich"],
    ["kolkata", "Asia/Kolkata"],
    ["calcutta", "Asia/Kolkata"],
    ["kyiv", "Europe/Kyiv"],
    ["ho chi minh", "Asia/Ho_Chi_Minh"],
    ["st. john's", "America/St_Johns"],
    ["port au prince", "America/Port-au-Prince"],
    ["buenos", "America/Argentina/Buenos_Aires"],
    ["utc", "UTC"],
  ])("finds %j first as %s", (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it("puts exact city matches before prefixes and words inside names", () => {
    // "york" is a word of "New York"; nothing is called exactly "york".
    expect(ids("york")).toContain("America/New_York");
    // Both are city prefixes; the more used zone comes first.
    expect(ids("par").slice(0, 2)).toEqual(["Europe/Paris", "America/Paramaribo"]);
    expect(ids("london")).toEqual(["Europe/London"]);
  });

  it("lists a region by its prefix", () => {
    const europe = ids("europe");
    expect(europe.length).toBeGreaterThan(30);
    expect(europe.every((id) => id.startsWith("Europe/"))).toBe(true);
    const indiana = ids("America/Indiana");
    expect(indiana).toContain("America/Indiana/Indianapolis");
    expect(indiana.every((id) => id.startsWith("America/Indiana/"))).toBe(true);
  });

  it("matches abbreviations Intl gives, in either season, most used zones first", () => {
    expect(ids("EST")[0]).toBe("America/New_York");
    expect(ids("edt")[0]).toBe("America/New_York"); // summer name, searched in winter
    expect(ids("PST")[0]).toBe("America/Los_Angeles");
    expect(ids("BST")).toContain("Europe/London");
    expect(ids("CET")).toEqual(expect.arrayContaining(["Europe/Paris", "Europe/Berlin", "Europe/Zurich"]));
  });

  it("labels with the offset in force at the chosen instant", () => {
    expect(searchTimeZones("london", { at: WINTER })[0]?.label).toBe("London (Europe/London) · UTC+00:00");
    expect(searchTimeZones("london", { at: SUMMER })[0]?.label).toBe("London (Europe/London) · UTC+01:00");
    expect(searchTimeZones("sydney", { at: WINTER })[0]).toMatchObject({ utcOffset: "UTC+11:00", offsetMinutes: 660 });
    expect(searchTimeZones("sydney", { at: SUMMER })[0]).toMatchObject({ utcOffset: "UTC+10:00" });
    expect(searchTimeZones("knox", { at: WINTER })[0]?.label).toBe("Knox, Indiana (America/Indiana/Knox) · UTC-06:00");
    expect(searchTimeZones("utc", { at: WINTER })[0]?.label).toBe("UTC · UTC+00:00");
  });

  it("returns nothing for nonsense and respects the limit", () => {
    expect(ids("xyzzy")).toEqual([]);
    expect(searchTimeZones("a", { at: WINTER, limit: 5 })).toHaveLength(5);
  });

  it("lists every zone west to east for an empty query", () => {
    const all = listTimeZones({ at: WINTER });
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(all.map((zone) => zone.id)).size).toBe(all.length);
    for (let i = 1; i < all.length; i += 1) expect(all[i]!.offsetMinutes).toBeGreaterThanOrEqual(all[i - 1]!.offsetMinutes);
    expect(all.map((zone) => zone.id)).toEqual(expect.arrayContaining(["UTC", "Asia/Kolkata", "Europe/Kyiv"]));
    expect(all.map((zone) => zone.id)).not.toContain("Asia/Calcutta");
    expect(searchTimeZones("  ", { at: WINTER, limit: 3 }).map((zone) => zone.id)).toEqual(all.slice(0, 3).map((zone) => zone.id));
    expect(all.every((zone) => isValidTimeZone(zone.id))).toBe(true);
  });
});

describe("time zone validation and names", () => {
  it("accepts IANA ids and links the runtime knows, in IANA spelling", () => {
    for (const zone of ["America/New_York", "Europe/London", "UTC", "Etc/UTC", "Asia/Kolkata", "Asia/Calcutta", "US/Eastern", "Etc/GMT+5"]) {
      expect(timeZoneProblem(zone), zone).toBeNull();
    }
  });

  it("refuses unknown ids, offsets, blanks and other spellings, suggesting the right one", () => {
    expect(timeZoneProblem("america/new_york")).toBe("Write the time zone as America/New_York");
    expect(timeZoneProblem("EUROPE/LONDON")).toBe("Write the time zone as Europe/London");
    expect(timeZoneProblem("")).toBe("Choose a time zone");
    for (const zone of ["Mars/Olympus", "+05:30", "GMT+1", "New York", "est", " UTC", "Europe/London "]) {
      expect(isValidTimeZone(zone), zone).toBe(false);
    }
  });

  it("labels zones outside the list and maps former names to current ones", () => {
    expect(timeZoneLabel("US/Eastern", WINTER)).toBe("Eastern (US/Eastern) · UTC-05:00");
    expect(timeZoneLabel("Asia/Kolkata", WINTER)).toBe("Kolkata (Asia/Kolkata) · UTC+05:30");
    expect(currentTimeZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(currentTimeZoneName("Europe/London")).toBe("Europe/London");
  });

  it("normalizes search text", () => {
    expect(normalizeSearchText("  São_Paulo ")).toBe("sao paulo");
    expect(normalizeSearchText("St. John's")).toBe("st johns");
    expect(normalizeSearchText("America/Port-au-Prince")).toBe("america port au prince");
  });
});
