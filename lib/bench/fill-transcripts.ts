// Loads the search benchmark's calls: agencies and clients as the app stores them, then the rows in
// bulk with the cache's own column mapping. Secondary indexes are dropped for the load and built
// again afterwards (what a restore or first import would do); two inserts run side by side.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { encryptApiKey, keyFingerprintOf } from "@/lib/clients/api-key";
import { db } from "@/lib/db/client";
import type { TranscriptRow } from "@/lib/transcripts/from-upstream";
import { SEARCH_VECTOR_SQL } from "@/lib/transcripts/store";
import { log } from "./stats";
import { syntheticClient } from "./synthetic";

export interface FilledAgency {
  id: string;
  clientIds: string[];
}

/** Agency sizes: one big agency, one mid-sized, the rest small (200 clients at the default split). */
export function agencySizes(clients: number): number[] {
  const big = Math.round(clients / 2);
  const mid = Math.round(clients / 4);
  const sizes = [big, mid];
  for (let left = clients - big - mid; left > 0; left -= 5) sizes.push(Math.min(5, left));
  return sizes;
}

// The store's own mapping and search vector, without its upsert (the database starts empty).
const INSERT = `WITH x AS (SELECT * FROM jsonb_to_recordset($4::jsonb) AS x("upstreamId" text, "startedAt" timestamptz, "localDate" text,
      "localTime" text, "durationSeconds" int, "caller" text, "callerDigits" text, "type" text, "outcome" text, "rating" float8,
      "summary" text, "conversation" jsonb, "conversationText" text, "contentHash" text)),
  up AS (
    INSERT INTO "Transcript" ("agencyId", "clientId", "agentId", "upstreamId", "startedAt", "localDate", "localTime",
      "durationSeconds", "caller", "callerDigits", "type", "outcome", "rating", "searchVector", "contentHash")
    SELECT $1, $2, $3, x."upstreamId", x."startedAt" AT TIME ZONE 'UTC', x."localDate", x."localTime", x."durationSeconds",
      x."caller", x."callerDigits", x."type", x."outcome", x."rating", ${SEARCH_VECTOR_SQL('x."summary"', 'x."conversationText"')}, x."contentHash"
    FROM x RETURNING id, "upstreamId"
  )
  INSERT INTO "TranscriptBody" ("transcriptId", "summary", "conversation", "conversationText")
  SELECT up.id, x."summary", x."conversation", x."conversationText" FROM up JOIN x USING ("upstreamId")`;

export async function fillTranscripts(url: string, totalRows: number, clientCount: number, now: number): Promise<{ agencies: FilledAgency[]; seconds: number }> {
  const started = Date.now();
  const perClient = Math.ceil(totalRows / clientCount);
  const agencies: FilledAgency[] = [];
  let index = 0;
  for (const [i, size] of agencySizes(clientCount).entries()) {
    const agency = await db().agency.create({ data: { name: `Bench agency ${i + 1}` }, select: { id: true } });
    const clientIds: string[] = [];
    for (let n = 0; n < size; n++, index++) {
      const { client } = syntheticClient(index, now);
      const id = randomUUID();
      await db().clientAccount.create({
        data: {
          id, agencyId: agency.id, name: `${client.businessName} #${index}`, encryptedApiKey: encryptApiKey(agency.id, id, client.key),
          keyHint: client.key.slice(-4), keyFingerprint: keyFingerprintOf(client.key), timeZone: client.timeZone, plan: "professional",
        },
      });
      await db().transcriptSyncAgent.create({ data: { clientId: id, agentId: client.agentId, agencyId: agency.id, agentName: "Reception" } });
      clientIds.push(id);
    }
    agencies.push({ id: agency.id, clientIds });
  }

  const pool = new pg.Pool({ connectionString: url, max: 3 });
  const { rows: indexes } = await pool.query<{ indexname: string; indexdef: string }>(
    // The unique key stays (the body's join needs nothing else, and it is cheap to keep up).
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Transcript' AND indexname NOT IN ('Transcript_pkey', 'Transcript_clientId_agentId_upstreamId_key')`,
  );
  for (const index of indexes) await pool.query(`DROP INDEX "${index.indexname}"`);

  let loaded = 0;
  const inFlight = new Set<Promise<void>>();
  for (const agency of agencies) {
    for (const clientId of agency.clientIds) {
      const position = agencies.flatMap((a) => a.clientIds).indexOf(clientId);
      const { client, generate } = syntheticClient(position, now);
      for (const batch of generate(perClient)) {
        const job: Promise<void> = insertBatch(pool, agency.id, clientId, client.agentId, batch).then(() => {
          loaded += batch.length;
          inFlight.delete(job);
        });
        inFlight.add(job);
        if (inFlight.size >= 2) await Promise.race(inFlight);
      }
      if (loaded % 50_000 < perClient) log(`  loaded ${loaded.toLocaleString("en-GB")} of ${(perClient * clientCount).toLocaleString("en-GB")} calls…`);
    }
  }
  await Promise.all(inFlight);
  log(`  building ${indexes.length} indexes…`);
  await pool.query("SET maintenance_work_mem = '1GB'");
  for (const index of indexes) await pool.query(index.indexdef);
  await pool.query('ANALYZE "Transcript"');
  await pool.query('ANALYZE "TranscriptBody"');
  await pool.query('UPDATE "TranscriptSyncAgent" a SET "callCount" = (SELECT count(*) FROM "Transcript" t WHERE t."clientId" = a."clientId")');
  await pool.end();
  return { agencies, seconds: (Date.now() - started) / 1000 };
}

async function insertBatch(pool: pg.Pool, agencyId: string, clientId: string, agentId: string, rows: TranscriptRow[]): Promise<void> {
  await pool.query(INSERT, [agencyId, clientId, agentId, JSON.stringify(rows)]);
}
