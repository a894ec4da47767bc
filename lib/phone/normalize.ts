// Phone numbers as people type them → E.164, the only form OnCallClerk accepts. The client's
// country is the default region, so "020 7946 0000" means London for a GB client and nothing for a
// US one. Validation uses libphonenumber's ranges (length and leading digits per country), so a
// typo is caught here instead of surfacing as a call that never connects.
import { getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

export type NormalizeResult = { ok: true; e164: string } | { ok: false; message: string };

const E164 = /^\+[1-9]\d{6,14}$/;
// Digits, the usual separators and one leading "+". Letters (vanity numbers) and extensions are
// refused explicitly: the agent dials E.164 and cannot dial either.
const ALLOWED = /^\+?[\d\s().\-/\u00a0]+$/;
const EXTENSION = /(?:ext\.?|extension|x|#)\s*\d+\s*$/i;

const fail = (message: string): NormalizeResult => ({ ok: false, message });

function asCountry(code: string): CountryCode | undefined {
  const trimmed = code.trim();
  if (!/^[A-Za-z]{2}$/.test(trimmed)) return undefined; // before upper-casing: "ß" would become "SS"
  const upper = trimmed.toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}

function parse(text: string, country: CountryCode | undefined) {
  const parsed = parsePhoneNumberFromString(text, country);
  return parsed?.isValid() ? parsed : undefined;
}

/**
 * "+44 20 7946 0000", "020 7946 0000" (GB), "(415) 555-1234" (US), "00 44 20 7946 0000",
 * "011 44 …" (US) → E.164; anything that is not a valid number of some country → a message that
 * says why, worded for the person who typed it.
 */
export function normalizePhoneNumber(input: string, defaultCountry: string): NormalizeResult {
  const text = input.replace(/\u00a0/g, " ").trim();
  if (text === "") return fail("Enter a phone number");
  if (text.length > 40) return fail("That is too long to be a phone number");
  if (EXTENSION.test(text)) return fail("Remove the extension: the agent can only dial the number itself");
  if (!ALLOWED.test(text)) return fail("Use digits only (spaces, dashes, dots and brackets are fine)");
  const country = asCountry(defaultCountry);
  const digits = text.replace(/\D/g, "");
  if (digits.length < 5) return fail("That is too short to be a phone number");

  let parsed = parse(text, country);
  // "00" is the international prefix almost everywhere; libphonenumber only applies the default
  // country's own prefix (011 in the US), so "00 44 …" typed for a US client is retried as "+44 …".
  if (!parsed && !text.startsWith("+") && digits.startsWith("00")) parsed = parse(`+${digits.slice(2)}`, undefined);
  if (!parsed) {
    if (text.startsWith("+") || digits.startsWith("00")) return fail("That is not a valid phone number — check the country code and the digits");
    const where = country ? ` for ${country}` : "";
    return fail(`That is not a valid phone number${where} — check the digits, or start with + and the country code`);
  }
  const e164 = parsed.number;
  return E164.test(e164) ? { ok: true, e164 } : fail("That is not a valid phone number");
}

/**
 * A number from OnCallClerk's own inventory: it may sit in a range libphonenumber does not know
 * yet (new allocations), so any E.164-shaped number is kept as it is; national input is still
 * normalized with the default country.
 */
export function normalizeOfferedNumber(input: string, defaultCountry: string): NormalizeResult {
  const compact = input.trim().replace(/[\s().\-/\u00a0]/g, "");
  if (E164.test(compact)) return { ok: true, e164: compact };
  return normalizePhoneNumber(input, defaultCountry);
}

/** "+442079460000" → "020 7946 0000"; unknown ranges fall back to the E.164 text. */
export function formatNational(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed?.country || !parsed.isValid()) return e164;
  return parsed.formatNational();
}

/**
 * The country a number belongs to: from libphonenumber when the number is in a known range, else
 * the one country among `preferred` sharing its calling code (+44 → GB even for a range
 * libphonenumber does not know), else undefined.
 */
export function countryOfNumber(e164: string, preferred: readonly string[] = []): string | undefined {
  const parsed = parsePhoneNumberFromString(e164);
  if (parsed?.country && parsed.isValid()) return parsed.country;
  const callingCode = parsed?.countryCallingCode ?? /^\+(\d{1,3})/.exec(e164)?.[1];
  if (!callingCode) return undefined;
  const match = preferred.filter((code) => isSupportedCountry(code) && getCountryCallingCode(code) === callingCode);
  if (match.length === 1) return match[0];
  const all = getCountries().filter((code) => getCountryCallingCode(code) === callingCode);
  return all.length === 1 ? all[0] : undefined;
}
