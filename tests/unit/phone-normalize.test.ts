// Phone numbers as people type them, in the formats of the countries our clients are in, and
// what the portal makes of them: E.164, or a message that says what is wrong.
import { describe, expect, it } from "vitest";
import { countryOfNumber, formatNational, normalizeOfferedNumber, normalizePhoneNumber } from "@/lib/phone/normalize";

const valid: [input: string, country: string, e164: string][] = [
  // US
  ["(415) 555-1234", "US", "+14155551234"],
  ["415-555-1234", "US", "+14155551234"],
  ["415.555.1234", "US", "+14155551234"],
  ["4155551234", "US", "+14155551234"],
  ["1 415 555 1234", "US", "+14155551234"],
  ["+1 (415) 555-1234", "US", "+14155551234"],
  ["011 44 20 7946 0000", "US", "+442079460000"], // the US international prefix
  ["00 44 20 7946 0000", "US", "+442079460000"], // "00" typed for a US client still means international
  // GB
  ["020 7946 0000", "GB", "+442079460000"],
  ["(020) 7946 0000", "GB", "+442079460000"],
  ["+44 20 7946 0000", "GB", "+442079460000"],
  ["+44 (0)20 7946 0000", "GB", "+442079460000"],
  ["00 44 20 7946 0000", "GB", "+442079460000"],
  ["07911 123456", "GB", "+447911123456"],
  ["0161 496 0000", "GB", "+441614960000"],
  // DE
  ["030 12345678", "DE", "+493012345678"],
  ["030/12345678", "DE", "+493012345678"],
  ["+49 30 12345678", "DE", "+493012345678"],
  ["0151 23456789", "DE", "+4915123456789"],
  // AU
  ["(02) 9374 4000", "AU", "+61293744000"],
  ["0412 345 678", "AU", "+61412345678"],
  ["+61 2 9374 4000", "AU", "+61293744000"],
  // CA
  ["416-555-0199", "CA", "+14165550199"],
  ["(604) 555 0142", "CA", "+16045550142"],
  // FR
  ["01 23 45 67 89", "FR", "+33123456789"],
  ["06 12 34 56 78", "FR", "+33612345678"],
  ["+33 6 12 34 56 78", "FR", "+33612345678"],
  // whitespace and punctuation
  ["  +44 20 7946 0000  ", "US", "+442079460000"],
  ["+44\u00a020\u00a07946\u00a00000", "US", "+442079460000"],
  ["415 - 555 - 1234", "US", "+14155551234"],
  // an E.164 number ignores the default country
  ["+14155551234", "GB", "+14155551234"],
  // the default country is case-insensitive
  ["020 7946 0000", "gb", "+442079460000"],
];

describe("normalizePhoneNumber", () => {
  it.each(valid)("%s (%s) → %s", (input, country, e164) => {
    expect(normalizePhoneNumber(input, country)).toEqual({ ok: true, e164 });
  });

  const invalid: [input: string, country: string, message: RegExp][] = [
    ["", "US", /enter a phone number/i],
    ["   ", "US", /enter a phone number/i],
    ["12345", "US", /not a valid phone number for US/i],
    ["555-1234", "US", /not a valid/i], // no area code
    ["020 7946 0000", "US", /not a valid phone number for US/i], // a London number without +44 for a US client
    ["(415) 555-1234", "GB", /not a valid phone number for GB/i],
    ["+44 20 7946", "US", /check the country code/i],
    ["+999 1234 5678", "US", /check the country code/i],
    ["1-800-FLOWERS", "US", /digits only/i],
    ["call me", "US", /digits only/i],
    ["415 555 1234 ext. 12", "US", /extension/i],
    ["415 555 1234 x12", "US", /extension/i],
    ["+1 415 555 1234; DROP", "US", /digits only/i],
    ["1".repeat(41), "US", /too long/i],
    ["12", "US", /too short/i],
    ["0412 345 678 9", "AU", /not a valid/i],
  ];
  it.each(invalid)("rejects %j (%s)", (input, country, message) => {
    const result = normalizePhoneNumber(input, country);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("still normalizes international input when the default country is unknown", () => {
    expect(normalizePhoneNumber("+44 20 7946 0000", "ZZ")).toEqual({ ok: true, e164: "+442079460000" });
    expect(normalizePhoneNumber("020 7946 0000", "ZZ").ok).toBe(false);
  });
});

describe("normalizeOfferedNumber (numbers from OnCallClerk's inventory)", () => {
  it("keeps an E.164 number as given, even in a range libphonenumber does not know", () => {
    expect(normalizeOfferedNumber("+612200871425", "US")).toEqual({ ok: true, e164: "+612200871425" });
    expect(normalizeOfferedNumber("+44 20 2002 0653", "US")).toEqual({ ok: true, e164: "+442020020653" });
  });
  it("normalizes national input with the default country, and rejects nonsense", () => {
    expect(normalizeOfferedNumber("020 7946 0000", "GB")).toEqual({ ok: true, e164: "+442079460000" });
    expect(normalizeOfferedNumber("+0123", "US").ok).toBe(false);
    expect(normalizeOfferedNumber("abc", "US").ok).toBe(false);
  });
});

describe("formatNational", () => {
  it.each([
    ["+442079460000", "020 7946 0000"],
    ["+14155551234", "(415) 555-1234"],
    ["+493012345678", "030 12345678"],
    ["+61293744000", "(02) 9374 4000"],
    ["+33612345678", "06 12 34 56 78"],
  ])("%s → %s", (e164, national) => expect(formatNational(e164)).toBe(national));

  it("falls back to the E.164 text for numbers it cannot place", () => {
    expect(formatNational("+612200871425")).toBe("+612200871425");
    expect(formatNational("not a number")).toBe("not a number");
  });
});

describe("countryOfNumber", () => {
  it("places valid numbers, and unknown ranges by calling code among the preferred countries", () => {
    expect(countryOfNumber("+442079460000")).toBe("GB");
    expect(countryOfNumber("+14165550199")).toBe("CA");
    expect(countryOfNumber("+612200871425", ["GB", "DE", "AU"])).toBe("AU");
    expect(countryOfNumber("+19999999999")).toBeUndefined(); // +1 is shared by many countries
  });
});
