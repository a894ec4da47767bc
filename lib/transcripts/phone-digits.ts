// Callers' numbers are matched on their digits, whatever way someone writes them: "+44 20 7946 0000",
// "020 7946 0000", "0044 20 7946 0000", "2079460000" and "7946 0000" all find +442079460000. We
// store the caller's digits (trigram-indexed); a query's digits must occur in them, or, when the
// query starts the international way (+ or 00), begin them ("+1 415" finds every 415 caller).

/** The digits of a caller number ("+44 20 7946 0000" → "442079460000"), or null. */
export function callerDigitsOf(number: string | null | undefined): string | null {
  const digits = (number ?? "").replace(/\D/g, "");
  return digits.length > 0 ? digits : null;
}

/** Without a leading + or 00, this many digits before a query counts as (part of) a number. */
export const MIN_PHONE_QUERY_DIGITS = 6;
/** With one, a country code and a little more are enough ("+1 415", "+44 20"). */
export const MIN_INTERNATIONAL_DIGITS = 3;

export interface PhoneQuery {
  digits: string;
  /** The digits start the number (a country code first) rather than occur anywhere in it. */
  anchored: boolean;
}

/**
 * A query that is only a phone number or part of one (digits, spaces, + - . ( ) /) → what to look
 * for: leading zeros dropped (international "00", national trunk "0"). Else null.
 */
export function phoneQuery(query: string): PhoneQuery | null {
  const trimmed = query.trim();
  if (!/^\+?[\d\s().\-/]+$/.test(trimmed)) return null;
  const international = trimmed.startsWith("+") || /^00[1-9]/.test(trimmed.replace(/\D/g, ""));
  const digits = trimmed.replace(/\D/g, "").replace(/^0+/, "");
  if (international) return digits.length >= MIN_INTERNATIONAL_DIGITS ? { digits, anchored: true } : null;
  return digits.length >= MIN_PHONE_QUERY_DIGITS ? { digits, anchored: false } : null;
}
