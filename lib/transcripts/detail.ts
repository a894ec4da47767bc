// One cached transcript, for the viewer and GET /api/transcripts/{id}: only from a client the
// person may see, else null (the caller answers 404, also for other agencies' ids).
import type { CountryCode } from "libphonenumber-js";
import { maskNumbersInText, maskPhone } from "@/lib/auth/caller-mask";
import { db } from "@/lib/db/client";

export interface TranscriptDetail {
  id: string;
  upstreamId: string;
  clientId: string;
  clientName: string;
  clientTimeZone: string;
  agentId: string;
  agentName: string | null;
  startedAt: string;
  localDate: string | null;
  localTime: string | null;
  durationSeconds: number;
  caller: string | null;
  type: string | null;
  outcome: string | null;
  rating: number | null;
  summary: string;
  conversation: { speaker: string; text: string }[];
  syncedAt: string;
}

const ID = /^[0-9a-f-]{36}$/;

/** With access.maskCallers, the caller's number and the numbers in the summary and conversation are masked. */
export async function findTranscript(agencyId: string, visibleClientIds: string[], id: string, access: { maskCallers: boolean }): Promise<TranscriptDetail | null> {
  if (!ID.test(id) || visibleClientIds.length === 0) return null;
  const row = await db().transcript.findFirst({
    where: { id, agencyId, clientId: { in: visibleClientIds } },
    select: {
      id: true, upstreamId: true, clientId: true, agentId: true, startedAt: true, localDate: true, localTime: true, durationSeconds: true,
      caller: true, type: true, outcome: true, rating: true, syncedAt: true,
      body: { select: { summary: true, conversation: true } },
      client: { select: { name: true, timeZone: true, country: true } },
    },
  });
  if (!row) return null;
  const agent = await db().transcriptSyncAgent.findFirst({ where: { agencyId, clientId: row.clientId, agentId: row.agentId }, select: { agentName: true } });
  const turns = row.body?.conversation;
  const country = row.client.country as CountryCode;
  const shown = (text: string) => (access.maskCallers ? maskNumbersInText(text, country) : text);
  const conversation = Array.isArray(turns)
    ? (turns as { speaker?: unknown; text?: unknown }[]).map((turn) => ({ speaker: String(turn.speaker ?? ""), text: shown(String(turn.text ?? "")) }))
    : [];
  return {
    id: row.id, upstreamId: row.upstreamId, clientId: row.clientId, clientName: row.client.name, clientTimeZone: row.client.timeZone,
    agentId: row.agentId, agentName: agent?.agentName ?? null, startedAt: row.startedAt.toISOString(), localDate: row.localDate,
    localTime: row.localTime, durationSeconds: row.durationSeconds, caller: access.maskCallers ? maskPhone(row.caller, country) : row.caller, type: row.type, outcome: row.outcome,
    rating: row.rating, summary: shown(row.body?.summary ?? ""), conversation, syncedAt: row.syncedAt.toISOString(),
  };
}
