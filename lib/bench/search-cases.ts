// The 20 representative searches of the search benchmark. Terms are picked from the data itself by
// how many calls contain them (common ≈ a fifth or more, medium a few percent, rare a handful), so
// the mix means the same whatever the generator writes.
import type { SearchInput } from "@/lib/transcripts/search/search";

export interface BenchScope {
  agencyId: string;
  clientIds: string[];
  /** As the portal searches "all clients": no client filter (see SearchInput.wholeAgency). */
  wholeAgency: boolean;
}

export interface SearchCase {
  name: string;
  input: Omit<SearchInput, "agencyId" | "clientIds">;
  scope: BenchScope;
  /** The substring a naive scan would look for (null: no text to scan for). */
  naive: { column: "text" | "caller"; needle: string } | null;
}

const STOP = new Set("about after again also been before being call called calling could does doing from have just know like looking make need next please really right said should some that their them then there they this those thanks thank want were what when where which will with would your yeah okay sure".split(" "));

/** Document frequency of words in a sample of calls. */
export function wordFrequencies(texts: string[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? [])) if (!STOP.has(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  return frequency;
}

function pickBand(frequency: Map<string, number>, total: number, low: number, high: number, count: number): string[] {
  const band = [...frequency].filter(([, n]) => n / total >= low && n / total <= high).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (band.length < count) throw new Error(`not enough words between ${low} and ${high} of calls`);
  const step = Math.max(1, Math.floor(band.length / count));
  return Array.from({ length: count }, (_, i) => band[i * step]![0]);
}

/** The generator's vocabulary is made of templates: the rarest words it has seen at least twice. */
function rarest(frequency: Map<string, number>, count: number): string[] {
  const words = [...frequency].filter(([, n]) => n >= 2).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count * 5);
  if (words.length < count) throw new Error("not enough rare words");
  return Array.from({ length: count }, (_, i) => words[i * 5]![0]);
}

export interface CaseMaterial {
  big: BenchScope;
  mid: BenchScope;
  one: BenchScope;
  sample: { summary: string; conversationText: string; caller: string | null }[];
  /** A full name that occurs in some summaries, a caller number, an email from a conversation. */
  name: string;
  caller: string;
  email: string;
  today: string;
  daysAgo: (days: number) => string;
  /** False for words the english configuration drops (stop words such as "once"). */
  indexable: (word: string) => boolean;
}

export function searchCases(m: CaseMaterial): SearchCase[] {
  const frequency = wordFrequencies(m.sample.map((row) => `${row.summary} ${row.conversationText}`));
  for (const word of frequency.keys()) if (!m.indexable(word)) frequency.delete(word); // PostgreSQL's stop words
  const total = m.sample.length;
  const [common1, common2] = pickBand(frequency, total, 0.15, 0.6, 2);
  const [medium1, medium2, medium3] = pickBand(frequency, total, 0.01, 0.06, 3);
  const [rare1, rare2, rare3] = rarest(frequency, 3);
  const text = (needle: string) => ({ column: "text" as const, needle });
  const national = m.caller.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");
  return [
    { name: `common word, agency-wide, relevance: ${common1}`, scope: m.big, input: { q: common1 }, naive: text(common1!) },
    { name: `common word, agency-wide, newest: ${common1}`, scope: m.big, input: { q: common1, sort: "date" }, naive: text(common1!) },
    { name: `common word, one client: ${common2}`, scope: m.one, input: { q: common2 }, naive: text(common2!) },
    { name: `medium word, agency-wide, relevance: ${medium1}`, scope: m.big, input: { q: medium1 }, naive: text(medium1!) },
    { name: `medium word, agency-wide, newest: ${medium2}`, scope: m.big, input: { q: medium2, sort: "date" }, naive: text(medium2!) },
    { name: `medium word, smaller agency: ${medium3}`, scope: m.mid, input: { q: medium3 }, naive: text(medium3!) },
    { name: `rare word, agency-wide: ${rare1}`, scope: m.big, input: { q: rare1 }, naive: text(rare1!) },
    { name: `rare word, smaller agency: ${rare2}`, scope: m.mid, input: { q: rare2 }, naive: text(rare2!) },
    { name: `rare word, one client: ${rare3}`, scope: m.one, input: { q: rare3 }, naive: text(rare3!) },
    { name: `two words: ${common1} ${medium1}`, scope: m.big, input: { q: `${common1} ${medium1}` }, naive: text(medium1!) },
    { name: `exclusion: ${medium2} -${common2}`, scope: m.big, input: { q: `${medium2} -${common2}` }, naive: text(medium2!) },
    { name: `or: ${rare1} or ${medium3}`, scope: m.big, input: { q: `${rare1} or ${medium3}` }, naive: text(medium3!) },
    { name: `prefix while typing: ${medium1!.slice(0, 4)}`, scope: m.big, input: { q: medium1!.slice(0, 4) }, naive: text(medium1!.slice(0, 4)) },
    { name: `quoted name: "${m.name}"`, scope: m.big, input: { q: `"${m.name}"` }, naive: text(m.name) },
    { name: `caller number, national format: ${national}`, scope: m.big, input: { q: national }, naive: { column: "caller", needle: m.caller.slice(2) } },
    { name: "caller number, start typed: +1 415", scope: m.big, input: { q: "+1 415", sort: "date" }, naive: { column: "caller", needle: "+1415" } },
    { name: `email address: ${m.email}`, scope: m.big, input: { q: m.email }, naive: text(m.email) },
    { name: "filters only: complaints escalated, last 30 days", scope: m.big, input: { types: ["Complaint"], outcomes: ["Escalated"], from: m.daysAgo(30), to: m.today }, naive: null },
    { name: `word + low ratings + last 90 days: ${common2}`, scope: m.big, input: { q: common2, ratingMax: 2, from: m.daysAgo(90), to: m.today }, naive: text(common2!) },
    { name: "browse one client, newest first", scope: m.one, input: {}, naive: null },
  ];
}
