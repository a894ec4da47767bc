// One agent's pass, wired to OnCallClerk (reads retried) and to the cache: each page is upserted,
// marked (full resyncs) and the cursor saved, in that order, so a pass killed at any point resumes
// without losing or duplicating a call.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OnCallClerkClient } from "@/lib/oncallclerk";
import { toTranscriptRow } from "../from-upstream";
import { countAgentTranscripts, markSeen, sweepUnseen, upsertTranscripts } from "../store";
import { newCursor, passCursorSchema, type Mark, type PassCursor } from "./cursor";
import { PAGE_SIZE, runPass } from "./pass";
import { withReadRetries, type RetryPolicy } from "./retry";

export interface PassProgress {
  pages: number;
  added: number;
  updated: number;
}

export interface AgentPassOptions {
  agencyId: string;
  clientId: string;
  agentId: string;
  runId: string;
  mode: PassCursor["mode"];
  upstream: OnCallClerkClient;
  onProgress: (delta: PassProgress) => Promise<void>;
  pageSize?: number;
  retry?: RetryPolicy;
}

function frontierOf(row: { frontierAt: Date | null; frontierId: string | null }): Mark | null {
  if (!row.frontierAt) return null;
  return { at: row.frontierAt.getTime(), ids: row.frontierId ? [row.frontierId] : [] };
}

/** Runs (or resumes) the pass; returns how many cached calls a full resync found gone upstream. */
export async function syncAgentTranscripts(opts: AgentPassOptions): Promise<{ removed: number }> {
  const { agencyId, clientId, agentId, runId, upstream } = opts;
  const where = { clientId_agentId: { clientId, agentId } };
  const row = await db().transcriptSyncAgent.findUniqueOrThrow({ where });
  const saved = passCursorSchema.safeParse(row.cursor);
  const start = saved.success && saved.data.runId === runId ? saved.data : newCursor(runId, opts.mode, frontierOf(row));

  let pagesReported = start.pages;
  const finished = await runPass(
    start,
    {
      fetchPage: (offset, limit) => withReadRetries(() => upstream.transcripts.list(agentId, { offset, limit }), opts.retry),
      onPage: async (transcripts, cursor) => {
        const counts = await upsertTranscripts(agencyId, clientId, agentId, transcripts.map(toTranscriptRow));
        if (cursor.mode === "full") await markSeen(clientId, runId, agentId, transcripts.map((t) => t.id));
        await db().transcriptSyncAgent.update({ where, data: { cursor: cursor as unknown as Prisma.InputJsonValue } });
        await opts.onProgress({ pages: cursor.pages - pagesReported, ...counts });
        pagesReported = cursor.pages;
      },
    },
    opts.pageSize ?? PAGE_SIZE,
  );
  if (finished.pages > pagesReported) await opts.onProgress({ pages: finished.pages - pagesReported, added: 0, updated: 0 });

  const removed = finished.mode === "full" ? await sweepUnseen(agencyId, clientId, agentId, runId) : 0;
  const top = finished.top && finished.top.at > 0 ? finished.top : null;
  await db().transcriptSyncAgent.update({
    where,
    data: {
      cursor: Prisma.DbNull,
      ...(top ? { frontierAt: new Date(top.at), frontierId: top.ids[0] ?? null } : {}),
      callCount: await countAgentTranscripts(agencyId, clientId, agentId),
      lastSuccessAt: new Date(),
      lastError: null,
      lastErrorAt: null,
    },
  });
  return { removed };
}
