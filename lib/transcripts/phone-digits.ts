// Callers' numbers are matched on their digits, whatever way someone writes them: "+44 20 7946 0000",
// "020 7946 0000", "0044 20 7946 0000", "2079460000" and "7946 0000" all find +442079460000. We
// store the caller's digits (trigram-indexed), and a query's digits, without the international
// prefix (+, 00) or a national trunk zero, must occur in them.

/** The digits of a caller number ("+44 20 7946 0000" → "442079460000"), or null. */
export function callerDigitsOf(number: string | null | undefined): string | null {
  const digits = (number ?? "").replace(/\D/g, "");
  return digits.length > 0 ? digits : null;
}

/** At least this many significant digits before a query counts as a phone number. */
export const MIN_PHONE_QUERY_DIGITS = 6;

/**
 * A query that is only a phone number or part of one (digits, spaces, + - . ( ) /) → the digits to
 * look for, leading zeros dropped (international "00" and national trunk "0"). Else null.
 */
export function phoneQueryDigits(query: string): string | null {
  const trimmed = query.trim();
  if (!/^\+?[\d\s().\-/]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, "").replace(/^0+/, "");
  return digits.length >= MIN_PHONE_QUERY_DIGITS ? digits : null;
}
