// Exports of a search as CSV or JSON, streamed: rows are read in keyset batches and written as the
// client reads them (a pull stream), so 100k calls never sit in memory at once. Exports are newest
// first, whatever the search's sort (relevance only ranks a window of recent matches).
import type { CountryCode } from "libphonenumber-js";
import { maskNumbersInText, maskPhone } from "@/lib/auth/caller-mask";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { planSearch, type SearchInput } from "./search/search";

const BATCH = 1000;

interface ExportRow {
  id: string;
  clientId: string;
  upstreamId: string;
  clientName: string;
  country: string;
  timeZone: string;
  agentId: string;
  agentName: string | null;
  startedAt: Date;
  durationSeconds: number;
  caller: string | null;
  type: string | null;
  outcome: string | null;
  rating: number | null;
  summary: string;
  conversation: { speaker?: string; text?: string }[] | null;
}

export const CSV_COLUMNS = ["started_at", "local_time", "client", "agent", "caller", "type", "outcome", "rating", "duration_seconds", "summary", "conversation", "transcript_id", "oncallclerk_id"] as const;

/** A masked caller ("+44 •••• ••0000"): no formula either. */
const MASKED_NUMBER = /^\+\d{1,3} (?=[^•]*•)[•\d ]+$/;

/**
 * RFC 4180 field; a leading = + - @ is defused so spreadsheets do not run it as a formula. A
 * phone number in E.164 (+ and digits only) is left alone: it calls no function, and a caller
 * column full of '+1… would be wrong everywhere but in a spreadsheet. The same for a masked one.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^\+\d{4,15}$/.test(text) && !MASKED_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(at);
}

function conversationText(row: ExportRow): string {
  return (row.conversation ?? []).map((turn) => `${turn.speaker === "agent" ? "Agent" : turn.speaker === "caller" ? "Caller" : String(turn.speaker ?? "")}: ${turn.text ?? ""}`).join("\n");
}

function csvLine(row: ExportRow): string {
  return [
    row.startedAt.toISOString(), `${localTime(row.startedAt, row.timeZone)} ${row.timeZone}`, row.clientName, row.agentName ?? row.agentId, row.caller,
    row.type, row.outcome, row.rating, row.durationSeconds, row.summary, conversationText(row), row.id, row.upstreamId,
  ].map(csvField).join(",") + "\r\n";
}

function jsonRecord(row: ExportRow) {
  return {
    id: row.id, oncallclerkId: row.upstreamId, clientId: row.clientId, client: row.clientName, agentId: row.agentId, agent: row.agentName, startedAt: row.startedAt.toISOString(),
    timeZone: row.timeZone, durationSeconds: row.durationSeconds, caller: row.caller, type: row.type, outcome: row.outcome, rating: row.rating,
    summary: row.summary, conversation: row.conversation ?? [],
  };
}

async function batch(conditions: Prisma.Sql, after: { at: Date; id: string } | null): Promise<ExportRow[]> {
  const keyset = after ? Prisma.sql`AND (t."startedAt", t.id) < (${after.at}, ${after.id})` : Prisma.empty;
  return db().$queryRaw<ExportRow[]>(Prisma.sql`
    SELECT t.id, t."upstreamId", t."clientId", c.name AS "clientName", c.country, c."timeZone", t."agentId", a."agentName", t."startedAt", t."durationSeconds",
      t.caller, t.type, t.outcome, t.rating, b.summary, b.conversation
    FROM "Transcript" t JOIN "ClientAccount" c ON c.id = t."clientId" JOIN "TranscriptBody" b ON b."transcriptId" = t.id
    LEFT JOIN "TranscriptSyncAgent" a ON a."clientId" = t."clientId" AND a."agentId" = t."agentId"
    WHERE ${conditions} ${keyset}
    ORDER BY t."startedAt" DESC, t.id DESC LIMIT ${BATCH}`);
}

/** A row as someone who sees callers masked may export it: the number, and numbers in the text. */
function maskRow(row: ExportRow): ExportRow {
  const country = row.country as CountryCode;
  return {
    ...row,
    caller: maskPhone(row.caller, country),
    summary: maskNumbersInText(row.summary, country),
    conversation: (row.conversation ?? []).map((turn) => ({ ...turn, text: maskNumbersInText(String(turn.text ?? ""), country) })),
  };
}

/**
 * The export as a stream. The first batch is read before this returns, so a search PostgreSQL
 * refuses fails as an error answer rather than as a download cut off after its header.
 */
export async function exportStream(input: SearchInput, format: "csv" | "json"): Promise<ReadableStream<Uint8Array>> {
  const plan = planSearch({ ...input, sort: "date" });
  const encoder = new TextEncoder();
  let after: { at: Date; id: string } | null = null;
  let started = false;
  let done = plan.conditions === null;
  let first = true;
  let ready: ExportRow[] | null = done ? [] : await batch(plan.conditionsWithClient!, null);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(format === "csv" ? `\uFEFF${CSV_COLUMNS.join(",")}\r\n` : "[\n"));
        return;
      }
      if (done && ready === null) {
        if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
        controller.close();
        return;
      }
      const read = ready ?? (await batch(plan.conditionsWithClient!, after));
      const rows = input.maskCallers ? read.map(maskRow) : read;
      ready = null;
      if (rows.length < BATCH) done = true;
      const last = rows.at(-1);
      if (last) after = { at: last.startedAt, id: last.id };
      const text = format === "csv"
        ? rows.map(csvLine).join("")
        : rows.map((row) => {
            const line = `${first ? "" : ",\n"}${JSON.stringify(jsonRecord(row))}`;
            first = false;
            return line;
          }).join("");
      if (text) controller.enqueue(encoder.encode(text));
    },
  });
}
