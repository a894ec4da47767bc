// Masking callers' phone numbers for the roles an agency chose (Agency.maskCallersFor, which sets
// access.maskCallers): "+44 20 7946 0000" is shown as "+44 •••• ••0000" — the country code and the
// last four digits, enough to tell calls apart, not enough to call anyone back. Numbers inside a
// call's text (the agent reading back "is +44 20 7946 0000 the best number?") are masked the same
// way, so the summary and conversation do not give away what the caller column hides.
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

const DOT = "•";
const VISIBLE_DIGITS = 4;

/** "2079460000" → "•••• ••0000": every digit but the last four hidden, grouped for reading. */
function maskDigits(digits: string): string {
  if (digits.length <= VISIBLE_DIGITS) return DOT.repeat(digits.length || VISIBLE_DIGITS);
  const masked = DOT.repeat(digits.length - VISIBLE_DIGITS) + digits.slice(-VISIBLE_DIGITS);
  // "•••• ••0000": the hidden digits before the last six as one group (a German 11-digit number
  // would otherwise end up with a lone "•" group).
  const head = masked.slice(0, -6);
  const tail = masked.slice(-6);
  return head ? `${head} ${tail}` : tail;
}

/**
 * The masked form of one number (a national one read as `country`'s); null (withheld) stays null,
 * and text without digits ("anonymous") is not a number to hide.
 */
export function maskPhone(number: string | null, country?: CountryCode): string | null;
export function maskPhone(number: string | null | undefined, country?: CountryCode): string | null | undefined;
export function maskPhone(number: string | null | undefined, country?: CountryCode): string | null | undefined {
  if (number === null || number === undefined || !/\d/.test(number)) return number;
  const parsed = parsePhoneNumberFromString(number, country);
  if (parsed?.countryCallingCode && parsed.nationalNumber) return `+${parsed.countryCallingCode} ${maskDigits(parsed.nationalNumber)}`;
  // Not a number libphonenumber reads: keep only the last four digits (if there are that many).
  return maskDigits(number.replace(/\D/g, ""));
}

/** Runs of "+" and 7–15 digits, with the usual separators: international numbers, valid or not. */
const INTERNATIONAL = /\+\d(?:[ ().-]?\d){6,14}/g;

/** Fewer digits than the shortest number we mask: nothing to look for (most turns of a call). */
const fewDigits = (text: string) => (text.match(/\d/g)?.length ?? 0) < 7;

/** [start, end) of every phone number in a text (international ones, and national ones of `country`). */
export function phoneNumberRanges(text: string, country?: CountryCode): [number, number][] {
  // libphonenumber's scan costs ~0.3 ms a turn; exports of a masked person run it on every turn.
  if (fewDigits(text)) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(INTERNATIONAL)) ranges.push([match.index, match.index + match[0].length]);
  for (const found of findPhoneNumbersInText(text, country ? { defaultCountry: country } : undefined)) ranges.push([found.startsAt, found.endsAt]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** A text with every phone number in it masked. */
export function maskNumbersInText(text: string, country?: CountryCode): string {
  let result = text;
  for (const [start, end] of phoneNumberRanges(text, country).reverse()) result = result.slice(0, start) + maskPhone(text.slice(start, end), country) + result.slice(end);
  return result;
}

const MARK = /<\/?mark>/g;

/**
 * The same for a search snippet (escaped text with <mark> around matches, search/snippet.ts): the
 * tags are looked through when finding numbers, and kept balanced around the masked ones.
 */
export function maskNumbersInSnippet(html: string, country?: CountryCode): string {
  // Plain text, with where each of its characters sits in the HTML.
  let plain = "";
  const at: number[] = [];
  let index = 0;
  for (const tag of [...html.matchAll(MARK), null]) {
    const stop = tag ? tag.index : html.length;
    for (; index < stop; index++) {
      plain += html[index];
      at.push(index);
    }
    if (tag) index += tag[0].length;
  }
  const insideMark = (position: number) => {
    const before = html.slice(0, position).match(MARK) ?? [];
    return before.at(-1) === "<mark>";
  };
  const ranges = phoneNumberRanges(plain, country);
  if (ranges.length === 0) return html;
  let result = html;
  for (const [start, end] of ranges.reverse()) {
    const from = at[start]!;
    const to = at[end - 1]! + 1;
    const openAtStart = insideMark(from);
    const openAtEnd = insideMark(to);
    const highlighted = openAtStart || html.slice(from, to).includes("<mark>");
    const masked = maskPhone(plain.slice(start, end), country);
    const replacement = `${openAtStart ? "</mark>" : ""}${highlighted ? `<mark>${masked}</mark>` : masked}${openAtEnd ? "<mark>" : ""}`;
    result = result.slice(0, from) + replacement + result.slice(to);
  }
  // Balancing leaves empty or touching highlights behind ("<mark></mark>", "</mark><mark>").
  return result.replace(/<mark><\/mark>/g, "").replace(/<\/mark><mark>/g, "");
}

/**
 * Whether a search could find callers by (part of) their number, which masked people may not do:
 * any run of three or more digits. The number search acts from six digits (three after a +), and
 * the words of the text hold numbers callers quoted; a shorter threshold than those would let
 * someone rebuild a masked number a few digits at a time (from "•••• ••2567", in about 90 searches).
 * The price: masked people cannot search for an order number either.
 */
export function looksForNumber(query: string): boolean {
  return /\d{3,}/.test(query.replace(/[\s().\-/+]/g, ""));
}
