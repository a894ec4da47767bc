// IANA time zones for the business-hours picker: validation, labels ("London (Europe/London) ·
// UTC+00:00") and a search by city, region or abbreviation. Built from Intl once and cached.
import { formatUtcOffset, utcOffsetMinutes } from "./business-hours-zone";

export interface TimeZoneOption {
  /** The IANA id to store and send, e.g. "Asia/Kolkata". */
  id: string;
  /** "Sao Paulo", "Knox, Indiana", "UTC". */
  city: string;
  /** First segment of the id ("America"), or "" for UTC. */
  region: string;
  /** "London (Europe/London) · UTC+01:00" — the offset is the one in force at the `at` instant. */
  label: string;
  utcOffset: string;
  offsetMinutes: number;
  /** Short names Intl knows for the zone (winter and summer, US and UK English), e.g. ["GMT", "BST"]. */
  abbreviations: string[];
}

// ICU (Node 20 at least) still lists some zones under their pre-rename names. Offer the current
// IANA name when this runtime accepts it, and keep the old one searchable.
const RENAMED: Record<string, string> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/** True when this runtime knows the zone (any IANA id or link, e.g. "US/Eastern", in any case). */
function intlKnows(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Why `timeZone` is not acceptable, or null when it is. Accepted: ids Intl knows, spelled with IANA
 * capitalisation — "america/new_york" works in Intl but not necessarily upstream, so it is refused
 * with the right spelling suggested.
 */
export function timeZoneProblem(timeZone: string): string | null {
  if (timeZone.trim() === "") return "Choose a time zone";
  const spelled = knownIdsByLowerCase().get(timeZone.toLowerCase());
  if (spelled !== undefined && spelled !== timeZone) return `Write the time zone as ${spelled}`;
  // Ids outside the list (links such as "US/Eastern") must at least look like IANA ids.
  if (spelled === undefined && !/^[A-Z][A-Za-z0-9_+-]*(\/[A-Z0-9][A-Za-z0-9_+-]*)*$/.test(timeZone)) {
    return "Expected an IANA time zone such as America/New_York";
  }
  return intlKnows(timeZone) ? null : "Expected an IANA time zone such as America/New_York";
}

export function isValidTimeZone(timeZone: string): boolean {
  return timeZoneProblem(timeZone) === null;
}

interface ZoneEntry {
  id: string;
  city: string;
  region: string;
  /** Normalized search keys. */
  cityKey: string;
  idKey: string;
  /** Cities of former names: "calcutta" for Asia/Kolkata. */
  formerKeys: string[];
}

let entries: ZoneEntry[] | null = null;
let lowerCaseIds: Map<string, string> | null = null;

/** Lower-case, no accents, and "_", "-", "/", ".", "'" as spaces: "São Paulo" → "sao paulo". */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "") // "St. John's" → "st johns"
    .replace(/[_\-/.,()]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function cityOf(id: string): string {
  const segments = id.split("/").map((segment) => segment.replaceAll("_", " "));
  if (segments.length === 1) return segments[0] ?? id;
  const city = segments.at(-1) ?? id;
  // America/Indiana/Knox → "Knox, Indiana"; America/Argentina/Cordoba → "Cordoba, Argentina".
  return segments.length > 2 ? `${city}, ${segments.slice(1, -1).join(", ")}` : city;
}

function zoneEntries(): ZoneEntry[] {
  if (entries) return entries;
  const listed = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const formerNames = new Map<string, string[]>();
  const ids = new Set<string>(["UTC"]);
  for (const listedId of listed) {
    const renamed = RENAMED[listedId];
    const id = renamed && intlKnows(renamed) ? renamed : listedId;
    ids.add(id);
    if (id !== listedId) formerNames.set(id, [...(formerNames.get(id) ?? []), listedId]);
  }
  entries = [...ids].map((id) => {
    const city = cityOf(id);
    return {
      id,
      city,
      region: id.includes("/") ? (id.split("/")[0] ?? "") : "",
      cityKey: normalizeSearchText(city),
      idKey: normalizeSearchText(id),
      formerKeys: (formerNames.get(id) ?? []).map((former) => normalizeSearchText(cityOf(former))),
    };
  });
  return entries;
}

function knownIdsByLowerCase(): Map<string, string> {
  if (lowerCaseIds) return lowerCaseIds;
  const map = new Map<string, string>([["etc/utc", "Etc/UTC"], ["gmt", "GMT"]]);
  for (const entry of zoneEntries()) map.set(entry.id.toLowerCase(), entry.id);
  for (const [former, current] of Object.entries(RENAMED)) {
    if (intlKnows(former)) map.set(former.toLowerCase(), former);
    if (intlKnows(current)) map.set(current.toLowerCase(), current);
  }
  lowerCaseIds = map;
  return map;
}

// Abbreviations depend on the season and the locale (en-US says EST/PST, en-GB says BST/CET/CEST):
// gather both seasons once per year.
let abbreviationsYear: number | null = null;
let abbreviationCache = new Map<string, string[]>();

function abbreviationsOf(id: string, year: number): string[] {
  if (abbreviationsYear !== year) {
    abbreviationsYear = year;
    abbreviationCache = new Map();
  }
  const cached = abbreviationCache.get(id);
  if (cached) return cached;
  const found = new Set<string>();
  for (const locale of ["en-US", "en-GB"]) {
    const format = new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: "short" });
    for (const month of [0, 6]) {
      const name = format.formatToParts(Date.UTC(year, month, 15)).find((part) => part.type === "timeZoneName")?.value;
      // "GMT+5:30" is an offset, not a name; plain "GMT"/"UTC" are names.
      if (name && /^[A-Z]{2,5}$/.test(name)) found.add(name);
    }
  }
  const list = [...found];
  abbreviationCache.set(id, list);
  return list;
}

function toOption(entry: ZoneEntry, at: Date): TimeZoneOption {
  const offsetMinutes = utcOffsetMinutes(entry.id, at);
  const utcOffset = formatUtcOffset(offsetMinutes);
  const name = entry.id === entry.city ? entry.id : `${entry.city} (${entry.id})`;
  return {
    id: entry.id,
    city: entry.city,
    region: entry.region,
    label: `${name} · ${utcOffset}`,
    utcOffset,
    offsetMinutes,
    abbreviations: abbreviationsOf(entry.id, at.getUTCFullYear()),
  };
}

/** A label for any valid zone, listed or not (e.g. an agent stored with "US/Eastern"). */
export function timeZoneLabel(timeZone: string, at: Date = new Date()): string {
  const entry = zoneEntries().find((candidate) => candidate.id === timeZone);
  if (entry) return toOption(entry, at).label;
  return `${cityOf(timeZone)} (${timeZone}) · ${formatUtcOffset(utcOffsetMinutes(timeZone, at))}`;
}

/** The current IANA name for an id ICU still knows by its former name ("Asia/Calcutta" → "Asia/Kolkata"). */
export function currentTimeZoneName(timeZone: string): string {
  const renamed = RENAMED[timeZone];
  return renamed && intlKnows(renamed) ? renamed : timeZone;
}

// Where most businesses are: among equally good matches these come first ("EST" → New York before
// Atikokan). Intl has no notion of a zone's importance, so this short list stands in for one.
const POPULAR = new Set([
  "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
  "America/Anchorage", "Pacific/Honolulu", "America/Toronto", "America/Vancouver", "America/Halifax",
  "America/St_Johns", "America/Mexico_City", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
  "Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Europe/Rome",
  "Europe/Amsterdam", "Europe/Zurich", "Europe/Stockholm", "Europe/Athens", "Europe/Helsinki",
  "Europe/Istanbul", "Europe/Moscow", "Africa/Johannesburg", "Africa/Lagos", "Africa/Cairo",
  "Africa/Nairobi", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Hong_Kong", "Asia/Shanghai",
  "Asia/Tokyo", "Asia/Seoul", "Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane",
  "Australia/Perth", "Australia/Adelaide", "Pacific/Auckland", "UTC",
]);

const byOffsetThenCity = (a: TimeZoneOption, b: TimeZoneOption) =>
  a.offsetMinutes - b.offsetMinutes || a.city.localeCompare(b.city) || a.id.localeCompare(b.id);

const popularFirst = (a: TimeZoneOption, b: TimeZoneOption) => Number(POPULAR.has(b.id)) - Number(POPULAR.has(a.id));

/** Every zone, west to east, then by city. */
export function listTimeZones(options: { at?: Date } = {}): TimeZoneOption[] {
  const at = options.at ?? new Date();
  return zoneEntries()
    .map((entry) => toOption(entry, at))
    .sort(byOffsetThenCity);
}

function rank(entry: ZoneEntry, query: string, upperQuery: string, year: number): number | null {
  if (entry.cityKey === query) return 0;
  if (entry.cityKey.startsWith(query)) return 1;
  if (entry.formerKeys.some((key) => key.startsWith(query))) return 1;
  if (entry.cityKey.split(" ").some((word) => word.startsWith(query))) return 2;
  if (entry.idKey.startsWith(query)) return 3; // region prefix: "europe", "america/argentina"
  if (/^[A-Z]{2,5}$/.test(upperQuery) && abbreviationsOf(entry.id, year).includes(upperQuery)) return 4;
  if (entry.idKey.includes(query) || entry.formerKeys.some((key) => key.includes(query))) return 5;
  return null;
}

/**
 * Zones matching `query`: city names ("sao paulo", "new york", "zurich"; case, accents, "_" and "-"
 * ignored), former names ("calcutta"), region prefixes ("europe", "america/indiana"), and
 * abbreviations Intl gives ("EST", "PDT", "BST", "CET"). Best matches first (exact city, city prefix,
 * word prefix, region, abbreviation, anywhere), then the most used zones, then west to east. An empty query lists every zone.
 */
export function searchTimeZones(query: string, options: { at?: Date; limit?: number } = {}): TimeZoneOption[] {
  const at = options.at ?? new Date();
  const limit = options.limit ?? 50;
  const normalized = normalizeSearchText(query);
  if (normalized === "") return listTimeZones({ at }).slice(0, limit);
  const upperQuery = query.trim().toUpperCase();
  const year = at.getUTCFullYear();
  const matches: { option: TimeZoneOption; rank: number }[] = [];
  for (const entry of zoneEntries()) {
    const found = rank(entry, normalized, upperQuery, year);
    if (found !== null) matches.push({ option: toOption(entry, at), rank: found });
  }
  return matches
    .sort((a, b) => a.rank - b.rank || popularFirst(a.option, b.option) || byOffsetThenCity(a.option, b.option))
    .slice(0, limit)
    .map((match) => match.option);
}
