// Searching OnCallClerk's available numbers: the reference's query parameters, validated and
// normalized the way people type them (area code with its trunk prefix, "contains" with spaces).
// Without `country`, the client's own country is searched (the upstream would default to US).
import { isSupportedCountry } from "libphonenumber-js";
import { z } from "zod";
import { validationError } from "@/lib/api/errors";
import { intParam } from "@/lib/api/query-params";
import type { AvailableNumber, AvailableNumbersQuery } from "@/lib/oncallclerk";
import { searchAreaCode } from "./area-code";
import { formatNational } from "./normalize";

export const MAX_PAGE_SIZE = 50; // the reference's maximum
export const NUMBER_SEARCH_PARAMS = ["country", "areaCode", "contains", "pageSize", "page"] as const;

export const isoCountryParamSchema = z
  .string()
  .trim()
  // The raw value first: upper-casing "ß" gives "SS" (a real code) and "ǆ" gives "Ǆ".
  .regex(/^[A-Za-z]{2}$/, "Choose a country (two-letter ISO code, e.g. US or GB)")
  .transform((code) => code.toUpperCase())
  .refine((code) => isSupportedCountry(code), "Choose a country (two-letter ISO code, e.g. US or GB)");

export const numberSearchQuerySchema = z.strictObject({
  country: isoCountryParamSchema.optional(),
  areaCode: z.string().max(20, "That is too long for an area code").optional(),
  contains: z
    .string()
    .trim()
    .refine((value) => /^[\d\s().\-]+$/.test(value), "Search for digits, e.g. 555 or 12 34")
    .transform((value) => value.replace(/\D/g, ""))
    .refine((digits) => digits.length >= 1 && digits.length <= 15, "Give 1 to 15 digits")
    .optional(),
  pageSize: intParam("pageSize", 1, MAX_PAGE_SIZE).optional(),
  page: intParam("page", 0, 10_000).optional(),
});

/** The upstream query for a parsed search, with the area code in the upstream's form. */
export function upstreamNumberQuery(query: z.output<typeof numberSearchQuerySchema>, clientCountry: string): AvailableNumbersQuery & { country: string } {
  const country = query.country ?? clientCountry;
  let areaCode: string | undefined;
  if (query.areaCode !== undefined && query.areaCode.trim() !== "") {
    const result = searchAreaCode(query.areaCode, country);
    if (!result.ok) throw validationError({ areaCode: [result.message] });
    areaCode = result.areaCode;
  }
  return {
    country,
    ...(areaCode !== undefined ? { areaCode } : {}),
    ...(query.contains !== undefined ? { contains: query.contains } : {}),
    ...(query.pageSize !== undefined ? { pageSize: query.pageSize } : {}),
    ...(query.page !== undefined ? { page: query.page } : {}),
  };
}

export type ShownNumber = AvailableNumber & { nationalFormat: string };

export function withNationalFormat(number: AvailableNumber): ShownNumber {
  const national = formatNational(number.phoneNumber);
  // A range libphonenumber does not know yet: the upstream's friendly name is the best local form.
  return { ...number, nationalFormat: national === number.phoneNumber && number.friendlyName ? number.friendlyName : national };
}
