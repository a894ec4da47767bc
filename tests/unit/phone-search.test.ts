// Area codes typed the local way, regulatory-bundle rules, and the documents a bundle accepts.
import { describe, expect, it } from "vitest";
import { nationalPrefixOf, searchAreaCode } from "@/lib/phone/area-code";
import { sniffDocumentType } from "@/lib/phone/bundle-request";
import { countryLabel, isApprovedBundle, requiresBundle } from "@/lib/phone/regulated";

describe("searchAreaCode", () => {
  it.each([
    ["020", "GB", "20"],
    ["(020)", "GB", "20"],
    ["20", "GB", "20"],
    ["0161", "GB", "161"],
    ["+44 20", "GB", "20"],
    ["0044 20", "GB", "20"],
    ["030", "DE", "30"],
    ["02", "AU", "2"],
    ["415", "US", "415"],
    ["1415", "US", "415"],
    ["1-415", "US", "415"],
    ["+1 415", "US", "415"],
    ["416", "CA", "416"],
    ["02", "IT", "02"], // Italy keeps its leading zero: no trunk prefix
    ["06 1", "HU", "1"], // Hungary's trunk prefix is 06
  ])("%s in %s → %s", (input, country, areaCode) => {
    expect(searchAreaCode(input, country)).toEqual({ ok: true, areaCode });
  });

  it.each([
    ["abc", "GB"],
    ["0", "GB"], // only the trunk prefix: kept, but "0" alone is a real (if useless) search
    ["987654", "US"],
    ["+", "GB"],
  ])("refuses or keeps %s (%s) sensibly", (input, country) => {
    const result = searchAreaCode(input, country);
    if (input === "0") expect(result).toEqual({ ok: true, areaCode: "0" });
    else expect(result.ok).toBe(false);
  });

  it("reads trunk prefixes from libphonenumber's metadata", () => {
    expect(nationalPrefixOf("GB")).toBe("0");
    expect(nationalPrefixOf("US")).toBe("1");
    expect(nationalPrefixOf("IT")).toBeUndefined();
    expect(nationalPrefixOf("ZZ")).toBeUndefined();
  });
});

describe("regulatory bundles", () => {
  it("needs a bundle for GB, DE and AU only", () => {
    expect(["GB", "DE", "AU", "gb"].every(requiresBundle)).toBe(true);
    expect(["US", "CA", "FR"].some(requiresBundle)).toBe(false);
  });
  it("counts approved and provisionally approved bundles only", () => {
    expect(isApprovedBundle({ status: "twilio-approved" })).toBe(true);
    expect(isApprovedBundle({ status: "provisionally-approved" })).toBe(true);
    for (const status of ["draft", "pending-review", "in-review", "rejected", "canceled", undefined]) expect(isApprovedBundle({ status })).toBe(false);
  });
  it("names countries in messages", () => {
    expect(countryLabel("GB")).toBe("United Kingdom (GB)");
    expect(countryLabel("de")).toBe("Germany (DE)");
  });
});

describe("sniffDocumentType", () => {
  const bytes = (...values: number[]) => new Uint8Array([...values, 0, 0, 0, 0]);
  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    expect(sniffDocumentType(new TextEncoder().encode("%PDF-1.7\n"))?.type).toBe("application/pdf");
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))?.type).toBe("image/png");
    expect(sniffDocumentType(bytes(0xff, 0xd8, 0xff, 0xe0))?.type).toBe("image/jpeg");
  });
  it("refuses anything else, whatever it is called", () => {
    expect(sniffDocumentType(new TextEncoder().encode("<html><script>"))).toBeUndefined();
    expect(sniffDocumentType(new TextEncoder().encode("GIF89a"))).toBeUndefined();
    expect(sniffDocumentType(new Uint8Array())).toBeUndefined();
  });
});

describe("country codes", () => {
  it("are two ASCII letters as typed, checked before upper-casing", async () => {
    const { isoCountryParamSchema } = await import("@/lib/phone/search-schemas");
    const { countrySchema } = await import("@/lib/clients/schemas");
    for (const schema of [isoCountryParamSchema, countrySchema]) {
      expect(schema.parse(" gb ")).toBe("GB");
      // "ß".toUpperCase() is "SS" (South Sudan); "ǆ" upper-cases to one letter that is not ASCII.
      for (const bad of ["ß", "ǆa", "ﬀ", "G", "GBR", "G1", "ZZ"]) expect(schema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("that are not ASCII letters give no default region for phone numbers", async () => {
    const { normalizePhoneNumber } = await import("@/lib/phone/normalize");
    // A national South Sudan number: read with "SS" it would be valid; "ß" must not mean "SS".
    expect(normalizePhoneNumber("0912 345 678", "SS").ok).toBe(true);
    expect(normalizePhoneNumber("0912 345 678", "ß").ok).toBe(false);
  });
});
