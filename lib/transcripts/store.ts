// Writes to the transcript cache. One statement per page: the page goes in as one JSON parameter;
// calls whose content hash is already stored are skipped, the rest are upserted by (client, agent,
// upstream id) into the narrow Transcript row (with its search vector) and its TranscriptBody, so
// replays and overlapping pages never duplicate a call and an unchanged call is never rewritten.
import { db } from "@/lib/db/client";
import type { TranscriptRow } from "./from-upstream";

export interface UpsertCounts {
  added: number;
  updated: number;
}

const COLUMNS = `"upstreamId" text, "startedAt" timestamptz, "localDate" text, "localTime" text, "durationSeconds" int,
  "caller" text, "callerDigits" text, "type" text, "outcome" text, "rating" float8, "summary" text,
  "conversation" jsonb, "conversationText" text, "contentHash" text`;

/** The search vector of a call: the summary weighs more than the conversation. */
export const SEARCH_VECTOR_SQL = (summary: string, conversation: string) =>
  `setweight(to_tsvector('english'::regconfig, ${summary}), 'A') || setweight(to_tsvector('english'::regconfig, ${conversation}), 'B')`;

const UPSERT = `
  WITH x AS (SELECT * FROM jsonb_to_recordset($4::jsonb) AS x(${COLUMNS})),
  fresh AS (
    SELECT x.* FROM x LEFT JOIN "Transcript" t ON t."clientId" = $2 AND t."agentId" = $3 AND t."upstreamId" = x."upstreamId"
    WHERE t.id IS NULL OR t."contentHash" <> x."contentHash"
  ),
  up AS (
    INSERT INTO "Transcript" ("agencyId", "clientId", "agentId", "upstreamId", "startedAt", "localDate", "localTime", "durationSeconds",
        "caller", "callerDigits", "type", "outcome", "rating", "searchVector", "contentHash")
    SELECT $1, $2, $3, f."upstreamId", f."startedAt" AT TIME ZONE 'UTC', f."localDate", f."localTime", f."durationSeconds",
        f."caller", f."callerDigits", f."type", f."outcome", f."rating", ${SEARCH_VECTOR_SQL('f."summary"', 'f."conversationText"')}, f."contentHash"
    FROM fresh f
    ON CONFLICT ("clientId", "agentId", "upstreamId") DO UPDATE SET
      "startedAt" = EXCLUDED."startedAt", "localDate" = EXCLUDED."localDate", "localTime" = EXCLUDED."localTime",
      "durationSeconds" = EXCLUDED."durationSeconds", "caller" = EXCLUDED."caller", "callerDigits" = EXCLUDED."callerDigits",
      "type" = EXCLUDED."type", "outcome" = EXCLUDED."outcome", "rating" = EXCLUDED."rating", "searchVector" = EXCLUDED."searchVector",
      "contentHash" = EXCLUDED."contentHash", "syncedAt" = now()
    WHERE "Transcript"."agencyId" = EXCLUDED."agencyId"
    RETURNING id, "upstreamId", (xmax = 0) AS inserted
  ),
  body AS (
    INSERT INTO "TranscriptBody" ("transcriptId", "summary", "conversation", "conversationText")
    SELECT up.id, f."summary", f."conversation", f."conversationText" FROM up JOIN fresh f USING ("upstreamId")
    ON CONFLICT ("transcriptId") DO UPDATE SET
      "summary" = EXCLUDED."summary", "conversation" = EXCLUDED."conversation", "conversationText" = EXCLUDED."conversationText"
  )
  SELECT inserted FROM up`;

export async function upsertTranscripts(agencyId: string, clientId: string, agentId: string, rows: TranscriptRow[]): Promise<UpsertCounts> {
  if (rows.length === 0) return { added: 0, updated: 0 };
  // One row per upstream id (a page should not repeat one; if it does, the last copy wins).
  const unique = [...new Map(rows.map((row) => [row.upstreamId, row])).values()];
  const result = await db().$queryRawUnsafe<{ inserted: boolean }[]>(UPSERT, agencyId, clientId, agentId, JSON.stringify(unique));
  const added = result.filter((row) => row.inserted).length;
  return { added, updated: result.length - added };
}

/** Every cached call of one agent (the agent was deleted upstream or in the portal). */
export async function deleteAgentTranscripts(agencyId: string, clientId: string, agentId: string): Promise<number> {
  const [{ count }] = await db().$transaction([
    db().transcript.deleteMany({ where: { agencyId, clientId, agentId } }),
    db().transcriptSyncAgent.deleteMany({ where: { agencyId, clientId, agentId } }),
  ]);
  return count;
}

/** Marks upstream ids as seen by a full resync (its mark phase). */
export async function markSeen(clientId: string, runId: string, agentId: string, upstreamIds: string[]): Promise<void> {
  if (upstreamIds.length === 0) return;
  await db().$executeRawUnsafe(
    `INSERT INTO "TranscriptSeen" ("runId", "clientId", "agentId", "upstreamId") SELECT $1, $2, $3, unnest($4::text[]) ON CONFLICT DO NOTHING`,
    runId,
    clientId,
    agentId,
    upstreamIds,
  );
}

/** The sweep of a full resync: an agent's cached calls its pass never saw are gone upstream. */
export async function sweepUnseen(agencyId: string, clientId: string, agentId: string, runId: string): Promise<number> {
  const removed = await db().$executeRawUnsafe(
    `DELETE FROM "Transcript" t WHERE t."agencyId" = $1 AND t."clientId" = $2 AND t."agentId" = $3
       AND NOT EXISTS (SELECT 1 FROM "TranscriptSeen" s WHERE s."runId" = $4 AND s."agentId" = t."agentId" AND s."upstreamId" = t."upstreamId")`,
    agencyId,
    clientId,
    agentId,
    runId,
  );
  await db().transcriptSeen.deleteMany({ where: { runId, clientId, agentId } });
  return removed;
}

export function countAgentTranscripts(agencyId: string, clientId: string, agentId: string): Promise<number> {
  return db().transcript.count({ where: { agencyId, clientId, agentId } });
}
