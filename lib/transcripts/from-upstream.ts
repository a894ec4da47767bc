// An OnCallClerk transcript as a row of our cache. Transcripts mix casing upstream and every field
// but the id may be missing; the row has a value for each column.
import { createHash } from "node:crypto";
import type { Transcript } from "@/lib/oncallclerk";
import { callerDigitsOf } from "./phone-digits";

export interface TranscriptRow {
  upstreamId: string;
  startedAt: string; // ISO, UTC
  localDate: string | null;
  localTime: string | null;
  durationSeconds: number;
  caller: string | null;
  callerDigits: string | null;
  type: string | null;
  outcome: string | null;
  rating: number | null;
  summary: string;
  conversation: { speaker: string; text: string }[];
  conversationText: string;
  /** md5 of all of the above: the store skips a call whose hash it already has. */
  contentHash: string;
}

/** When the call happened, in ms: `created_at`; failing that, the zone-less date + time read as UTC. */
export function startedAtMs(transcript: Pick<Transcript, "created_at" | "date" | "time">): number {
  const created = transcript.created_at ? Date.parse(transcript.created_at) : NaN;
  if (!Number.isNaN(created)) return created;
  const local = transcript.date ? Date.parse(`${transcript.date}T${transcript.time ?? "00:00:00"}Z`) : NaN;
  return Number.isNaN(local) ? 0 : local;
}

// PostgreSQL text cannot hold NUL, and U+0001–U+0003 are the search snippets' own highlight
// markers (search/snippet.ts): neither may come from upstream. Text is otherwise kept exactly.
const clean = (text: string) => text.replace(/[\u0000-\u0003]/g, "");

export function toTranscriptRow(transcript: Transcript): TranscriptRow {
  const conversation = (transcript.conversation ?? []).map((turn) => ({ speaker: clean(turn.speaker), text: clean(turn.text) }));
  const duration = transcript.duration ?? (transcript.duration_minutes !== undefined ? transcript.duration_minutes * 60 : 0);
  const row: Omit<TranscriptRow, "contentHash"> = {
    upstreamId: transcript.id,
    startedAt: new Date(startedAtMs(transcript)).toISOString(),
    localDate: transcript.date ?? null,
    localTime: transcript.time ?? null,
    durationSeconds: Number.isFinite(duration) ? Math.max(0, Math.round(duration)) : 0,
    caller: transcript.caller ? clean(transcript.caller) : null,
    callerDigits: callerDigitsOf(transcript.caller),
    type: transcript.type ? clean(transcript.type) : null,
    outcome: transcript.outcome ? clean(transcript.outcome) : null,
    rating: typeof transcript.rating === "number" && Number.isFinite(transcript.rating) ? transcript.rating : null,
    summary: clean(transcript.summary ?? ""),
    conversation,
    conversationText: conversation.map((turn) => turn.text).join("\n"),
  };
  return { ...row, contentHash: contentHashOf(row) };
}

/** Field by field (a JSON.stringify of the row first cost more than the rest of the mapping). */
function contentHashOf(row: Omit<TranscriptRow, "contentHash">): string {
  const hash = createHash("md5");
  for (const value of [row.upstreamId, row.startedAt, row.localDate, row.localTime, row.durationSeconds, row.caller, row.type, row.outcome, row.rating, row.summary]) {
    hash.update(value === null ? "\u0001" : String(value)).update("\u0000");
  }
  for (const turn of row.conversation) hash.update(turn.speaker).update("\u0000").update(turn.text).update("\u0000");
  return hash.digest("hex");
}
