// Area codes as people write them locally → what OnCallClerk's number search expects (the digits
// right after the country code, e.g. "415" in the US, "20" for London).
//
// The rule, per country, from libphonenumber's metadata:
//   1. a leading "+<calling code>" (or "00<calling code>") is dropped: "+44 20" → "20";
//   2. the country's national (trunk) prefix is dropped when the code starts with it and is longer
//      than it: GB/DE/FR/AU "0" ("020" → "20", "030" → "30", "02" → "2"), US/CA "1" ("1415" → "415"),
//      HU "06", RU "8";
//   3. spaces, dashes, dots and brackets are ignored: "(020)" → "20".
// Countries without a trunk prefix (e.g. IT, ES) keep their digits: an Italian "02" is really "02".
import { getCountryCallingCode, isSupportedCountry, Metadata } from "libphonenumber-js";

type PlanWithPrefix = { nationalPrefix(): string | undefined };

export function nationalPrefixOf(country: string): string | undefined {
  if (!isSupportedCountry(country)) return undefined;
  const metadata = new Metadata();
  metadata.selectNumberingPlan(country);
  return (metadata.numberingPlan as unknown as PlanWithPrefix | undefined)?.nationalPrefix() || undefined;
}

export type AreaCodeResult = { ok: true; areaCode: string } | { ok: false; message: string };

export function searchAreaCode(input: string, country: string): AreaCodeResult {
  const text = input.trim();
  if (!/^\+?[\d\s().\-]+$/.test(text)) return { ok: false, message: "An area code is digits only, e.g. 415 or 020" };
  let digits = text.replace(/\D/g, "");
  const callingCode = isSupportedCountry(country) ? getCountryCallingCode(country) : undefined;
  if (callingCode) {
    if (text.startsWith("+") && digits.startsWith(callingCode)) digits = digits.slice(callingCode.length);
    else if (digits.startsWith(`00${callingCode}`)) digits = digits.slice(2 + callingCode.length);
  } else if (text.startsWith("+")) {
    return { ok: false, message: "Choose the country rather than typing its calling code" };
  }
  const trunk = nationalPrefixOf(country);
  if (trunk && digits.length > trunk.length && digits.startsWith(trunk)) digits = digits.slice(trunk.length);
  if (digits === "") return { ok: false, message: "Enter the area code's digits, e.g. 415 or 020" };
  if (digits.length > 5) return { ok: false, message: "An area code has at most 5 digits (use “contains” to search for more)" };
  return { ok: true, areaCode: digits };
}
