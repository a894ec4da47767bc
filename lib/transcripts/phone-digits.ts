// Callers' numbers are matched on their digits, whatever way someone writes them: "+44 20 7946 0000",
// "020 7946 0000", "0044 20 7946 0000" and "2079460000" all name +442079460000. We store the
// digits reversed, so "ends with these digits" is a prefix range on a plain btree index.

/** The digits of a stored caller number, reversed ("+44 20 7946 0000" → "000064970244"). */
export function reversedDigits(number: string | null | undefined): string | null {
  const digits = (number ?? "").replace(/\D/g, "");
  return digits.length > 0 ? [...digits].reverse().join("") : null;
}

/** At least this many significant digits before a query counts as a phone number. */
export const MIN_PHONE_QUERY_DIGITS = 6;

/**
 * A query that is only a phone number (digits, spaces, + - . ( ) /) → the digits every matching
 * caller number ends with: the international prefix (+, 00) and national trunk zeros dropped, so
 * the local and the international way of writing a number find the same calls. Else null.
 */
export function phoneQueryDigits(query: string): string | null {
  const trimmed = query.trim();
  if (!/^\+?[\d\s().\-/]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, "").replace(/^0+/, "");
  return digits.length >= MIN_PHONE_QUERY_DIGITS ? digits : null;
}

/**
 * The btree range for "reversed digits start with `prefix`" (digit strings sort alike in every
 * collation): [prefix, upper). `upper` is null when prefix is all nines (no finite bound).
 */
export function reversedPrefixRange(digits: string): { from: string; below: string | null } {
  const prefix = [...digits].reverse().join("");
  const trimmed = prefix.replace(/9+$/, "");
  if (trimmed === "") return { from: prefix, below: null };
  const last = Number(trimmed.at(-1));
  return { from: prefix, below: trimmed.slice(0, -1) + String(last + 1) };
}
