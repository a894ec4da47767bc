// Differences between two texts: word-level for short ones (greetings in the bulk preview), line-
// level for long ones (an agent's instructions in its history). Both are a longest common
// subsequence over tokens; texts too long for that to be cheap are shown as "all removed, all
// added", which is still true.
export type DiffPart = { kind: "same" | "removed" | "added"; text: string };

const MAX_WORD_TOKENS = 600;
const MAX_LINES = 1000;

/** The LCS walk over two token lists: one part per token, in order. */
function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  // lengths[i][j]: the longest common run of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: "same", text: a[i]! });
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) parts.push({ kind: "removed", text: a[i++]! });
    else parts.push({ kind: "added", text: b[j++]! });
  }
  while (i < a.length) parts.push({ kind: "removed", text: a[i++]! });
  while (j < b.length) parts.push({ kind: "added", text: b[j++]! });
  return parts;
}

const words = (text: string) => text.split(/(\s+)/).filter((token) => token !== "");

export function diffWords(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length > MAX_WORD_TOKENS || b.length > MAX_WORD_TOKENS) {
    return [...(before ? [{ kind: "removed" as const, text: before }] : []), ...(after ? [{ kind: "added" as const, text: after }] : [])];
  }
  // Neighbouring parts of one kind are joined: "removed three words", not three removals.
  const merged: DiffPart[] = [];
  for (const part of diffTokens(a, b)) {
    const last = merged.at(-1);
    if (last && last.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

const lines = (text: string) => (text === "" ? [] : text.split(/\r?\n/));

/** One part per line (without its line break), for a diff shown line by line. */
export function diffLines(before: string, after: string): DiffPart[] {
  const a = lines(before);
  const b = lines(after);
  if (a.length > MAX_LINES || b.length > MAX_LINES) {
    return [...a.map((text) => ({ kind: "removed" as const, text })), ...b.map((text) => ({ kind: "added" as const, text }))];
  }
  return diffTokens(a, b);
}
