// Synthetic but realistic transcripts for the search benchmark: the simulator's own call generator
// (businesses, callers, scenarios, many-turn conversations), spread over a year, as cache rows.
import type { Transcript } from "@/lib/oncallclerk";
import { createAccount } from "@/lib/simulator/seed/account";
import { makeCall, renderTranscript } from "@/lib/simulator/seed/calls";
import { createRng, hashString } from "@/lib/simulator/prng";
import { toTranscriptRow, type TranscriptRow } from "@/lib/transcripts/from-upstream";

const YEAR_MS = 365 * 86_400_000;

// Real calls name streets, towns, products and people the simulator's templates never would: a
// long tail of words, most of them rare. Each synthetic call mentions two of ~24,000 made-up place
// names, drawn Zipf-like (a few are in thousands of calls, most in a handful).
const PARTS = [
  ["ash", "bram", "cal", "dun", "els", "fen", "glen", "hol", "ing", "kel", "lang", "mar", "nor", "oak", "pen", "quin", "ros", "sel", "thorn", "ul", "ver", "wex", "yar", "zel", "brook", "cran", "dale", "fair", "gran", "hart"],
  ["a", "e", "i", "o", "u", "ey", "ow", "ar", "er", "in", "on", "en", "is", "or", "al", "ith", "and", "ill", "ow", "ent"],
  ["ford", "ton", "by", "wick", "ham", "stead", "mere", "field", "worth", "ley", "moor", "gate", "well", "bourne", "dale", "combe", "hurst", "marsh", "holt", "cliff", "shaw", "thorpe", "haven", "bridge", "brook", "wood", "port", "mouth", "side", "croft", "burn", "view", "ridge", "mead", "lock", "wold", "fell", "pool", "stow", "cott"],
];
const LONG_TAIL = PARTS[0]!.flatMap((a) => PARTS[1]!.flatMap((b) => PARTS[2]!.map((c) => `${a}${b}${c}`)));

function zipfPick(rng: () => number): string {
  // Rank N^u - 1 for uniform u: P(rank) falls off as 1/rank (Zipf, s = 1).
  const rank = Math.min(LONG_TAIL.length - 1, Math.floor(Math.pow(LONG_TAIL.length, rng()) - 1));
  return LONG_TAIL[rank]!;
}

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

function withLongTail(transcript: Transcript, rng: () => number): Transcript {
  const conversation = [...(transcript.conversation ?? [])];
  const at = conversation.findIndex((turn) => turn.speaker === "caller");
  if (at === -1) return transcript;
  const street = capital(zipfPick(rng));
  const town = capital(zipfPick(rng));
  conversation[at] = { ...conversation[at]!, text: `${conversation[at]!.text} I'm at ${10 + Math.floor(rng() * 190)} ${street} Road, ${town}.` };
  return { ...transcript, conversation };
}

export interface SyntheticClient {
  key: string;
  agentId: string;
  businessName: string;
  timeZone: string;
}

export function syntheticClient(index: number, now: number): { client: SyntheticClient; generate: (count: number) => Generator<TranscriptRow[]> } {
  const key = `sim_professional_bench${String(index).padStart(4, "0")}`;
  const account = createAccount(key, "professional", { now, transcriptsPerAgent: 0, isTaken: () => false });
  const agent = [...account.agents.values()][0]!;
  const client = { key, agentId: agent.config.id, businessName: agent.config.business_name, timeZone: account.profile.timezone ?? "UTC" };
  function* generate(count: number, batch = 2_000): Generator<TranscriptRow[]> {
    const rng = createRng(hashString(`${key}:calls`));
    let rows: TranscriptRow[] = [];
    for (let seq = 0; seq < count; seq++) {
      const at = now - Math.floor(rng() * YEAR_MS);
      const call = makeCall(rng, seq, agent.ctx, at);
      rows.push(toTranscriptRow(withLongTail(renderTranscript(call, agent.config.id) as Transcript, rng)));
      if (rows.length === batch) {
        yield rows;
        rows = [];
      }
    }
    if (rows.length > 0) yield rows;
  }
  return { client, generate };
}
