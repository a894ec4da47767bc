// The search box speaks the syntax people know from web search: words (all must match), "quoted
// phrases", -excluded words or phrases, and `or` between two terms. The last plain word also
// matches as a prefix, so results appear while someone is still typing it. Any input parses (lone
// quotes, colons, emoji, 10 kB of text): what cannot be searched is dropped, never an error.

export interface SearchTerm {
  kind: "word" | "phrase";
  text: string;
  negated: boolean;
  /** Match words starting with `text` (only the last plain word of the query). */
  prefix: boolean;
}

/** Terms joined by AND; each group's terms joined by OR. */
export type ParsedQuery = SearchTerm[][];

/** Beyond this the rest of the input is ignored (a pasted page of text is still a valid search). */
export const MAX_TERMS = 32;
const MAX_INPUT = 4_000;
/** A prefix shorter than this would match half the dictionary. */
export const MIN_PREFIX_LENGTH = 3;

const WORDLIKE = /^[\p{L}\p{N}]+$/u;
const SEARCHABLE = /[\p{L}\p{N}]/u;

interface Token {
  kind: "word" | "phrase" | "or";
  text: string;
  negated: boolean;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length && tokens.length < MAX_TERMS * 2) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if (ch === "-" && i + 1 < input.length && !/\s/.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const end = input.indexOf('"', i + 1);
      const text = input.slice(i + 1, end === -1 ? undefined : end); // a lone quote runs to the end
      i = end === -1 ? input.length : end + 1;
      if (text.trim() !== "") tokens.push({ kind: "phrase", text: text.trim(), negated });
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/.test(input[end]!) && input[end] !== '"') end++;
    const text = input.slice(i, end);
    i = end;
    if (text === "") continue;
    if (!negated && text.toLowerCase() === "or") tokens.push({ kind: "or", text, negated: false });
    else tokens.push({ kind: "word", text, negated });
  }
  return tokens;
}

export function parseSearchQuery(raw: string): ParsedQuery {
  const tokens = tokenize(raw.slice(0, MAX_INPUT).normalize("NFKC"));
  const groups: ParsedQuery = [];
  let joinNext = false;
  let count = 0;
  for (const token of tokens) {
    if (token.kind === "or") {
      joinNext = groups.length > 0; // "or" at the start, or twice in a row, means nothing
      continue;
    }
    if (count >= MAX_TERMS) break;
    if (!SEARCHABLE.test(token.text)) continue; // emoji, punctuation: nothing PostgreSQL can index
    const term: SearchTerm = { kind: token.kind, text: token.text, negated: token.negated, prefix: false };
    count++;
    if (joinNext && !term.negated && groups.at(-1)!.every((t) => !t.negated)) groups.at(-1)!.push(term);
    else groups.push([term]);
    joinNext = false;
  }
  const last = groups.at(-1)?.at(-1);
  if (last && last.kind === "word" && !last.negated && last.text.length >= MIN_PREFIX_LENGTH && WORDLIKE.test(last.text)) last.prefix = true;
  return groups;
}

/**
 * Shorter forms of a prefix to try as whole words: English stemming turns "plumbing" into
 * "plumb", so someone who has typed "plumbi" is looking for a stem that is shorter than what
 * they typed. Up to three letters are dropped, never below four letters.
 */
export function prefixStems(prefix: string): string[] {
  const stems: string[] = [];
  for (let drop = 1; drop <= 3 && prefix.length - drop >= 4; drop++) stems.push(prefix.slice(0, -drop));
  return stems;
}
