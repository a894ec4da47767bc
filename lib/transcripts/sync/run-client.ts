// A sync run of one client account: take the client's lock, find its agents when due, then walk
// each agent's calls (sync/agent-pass.ts), keeping progress and the outcome in TranscriptSyncState
// for the "Sync now" panel. A run that died (process killed) left its runId behind: the next run
// takes it over, and every agent continues from its saved cursor.
import { randomUUID } from "node:crypto";
import { recordUpstreamFailure, recordUpstreamSuccess } from "@/lib/clients/key-health";
import { findClientAccount } from "@/lib/clients/service";
import { upstreamForClient } from "@/lib/clients/upstream";
import { db } from "@/lib/db/client";
import type { SyncMode } from "@/lib/generated/prisma/enums";
import { isOnCallClerkError, type OnCallClerkClient } from "@/lib/oncallclerk";
import { deleteAgentTranscripts } from "../store";
import { syncAgentTranscripts, type PassProgress } from "./agent-pass";
import { DISCOVERY_INTERVAL_MS, discoverAgents } from "./discover";
import { tryLockClientSync } from "./lock";
import type { RetryPolicy } from "./retry";

export interface SyncRequest {
  full?: boolean;
  /** Tests and benchmarks: smaller pages, faster retries, a fixed upstream client. */
  pageSize?: number;
  retry?: RetryPolicy;
  upstream?: OnCallClerkClient;
}

export type SyncOutcome =
  | { status: "busy" }
  | { status: "not_found" }
  | { status: "done" | "failed"; runId: string; mode: SyncMode; pages: number; added: number; updated: number; removed: number; error: string | null };

function messageOf(error: unknown): string {
  if (isOnCallClerkError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Takes the client's lock and runs; "busy" when another run (here or on another instance) holds it. */
export async function syncClient(agencyId: string, clientId: string, request: SyncRequest = {}): Promise<SyncOutcome> {
  const lock = await tryLockClientSync(clientId);
  if (!lock) return { status: "busy" };
  try {
    const begun = await prepareRun(agencyId, clientId, request);
    return begun ? await executeRun(begun, request) : { status: "not_found" };
  } finally {
    await lock.release();
  }
}

/**
 * "Sync now": takes the lock at once (so the answer can say whether a run started) and runs in the
 * background of this process. A full resync asked for while another run holds the lock is
 * remembered, and the next run does it.
 */
export async function startClientSync(agencyId: string, clientId: string, request: SyncRequest = {}): Promise<"started" | "busy"> {
  const lock = await tryLockClientSync(clientId);
  if (!lock) {
    if (request.full) {
      await db().transcriptSyncState.upsert({ where: { clientId }, create: { clientId, agencyId, fullRequested: true }, update: { fullRequested: true } });
    }
    return "busy";
  }
  try {
    // Begun before answering, so the state the caller reads next already shows the run.
    const begun = await prepareRun(agencyId, clientId, request);
    if (!begun) {
      await lock.release();
      return "busy";
    }
    void executeRun(begun, request)
      .catch((error: unknown) => console.error(`transcript sync of client ${clientId} failed: ${messageOf(error)}`))
      .finally(() => lock.release());
  } catch (error) {
    await lock.release();
    throw error;
  }
  return "started";
}

/** Decides the run: a new one, or the takeover of one that died (unless a full resync was asked for). */
async function beginRun(agencyId: string, clientId: string, full: boolean) {
  const existing = await db().transcriptSyncState.upsert({ where: { clientId }, create: { clientId, agencyId }, update: {} });
  const wantFull = full || existing.fullRequested;
  const resume = existing.runId !== null && (!wantFull || existing.mode === "full");
  const mode: SyncMode = resume ? (existing.mode ?? "incremental") : wantFull ? "full" : "incremental";
  const runId = resume ? existing.runId! : randomUUID();
  const counters = resume ? {} : { pages: 0, added: 0, updated: 0, removed: 0, agentsDone: 0, agentsTotal: 0 };
  const state = await db().transcriptSyncState.update({
    where: { clientId },
    data: { runId, mode, fullRequested: false, heartbeatAt: new Date(), finishedAt: null, ...(resume ? {} : { startedAt: new Date() }), ...counters },
  });
  return { state, runId, mode, resumed: resume };
}

type BegunRun = { agencyId: string; client: NonNullable<Awaited<ReturnType<typeof findClientAccount>>> } & Awaited<ReturnType<typeof beginRun>>;

async function prepareRun(agencyId: string, clientId: string, request: SyncRequest): Promise<BegunRun | null> {
  const client = await findClientAccount(agencyId, clientId);
  if (!client) return null;
  return { agencyId, client, ...(await beginRun(agencyId, clientId, request.full === true)) };
}

async function executeRun(begun: BegunRun, request: SyncRequest): Promise<SyncOutcome> {
  const { agencyId, client, state, runId, mode } = begun;
  const clientId = client.id;
  const totals = { pages: state.pages, added: state.added, updated: state.updated, removed: state.removed };
  const progress = async (delta: Partial<PassProgress> & { removed?: number; agentsDone?: number }) => {
    totals.pages += delta.pages ?? 0;
    totals.added += delta.added ?? 0;
    totals.updated += delta.updated ?? 0;
    totals.removed += delta.removed ?? 0;
    await db().transcriptSyncState.update({
      where: { clientId },
      data: {
        pages: { increment: delta.pages ?? 0 }, added: { increment: delta.added ?? 0 }, updated: { increment: delta.updated ?? 0 },
        removed: { increment: delta.removed ?? 0 }, agentsDone: { increment: delta.agentsDone ?? 0 }, heartbeatAt: new Date(),
      },
    });
  };

  const failures: string[] = [];
  let fatal: unknown = null;
  try {
    const upstream = request.upstream ?? (await upstreamForClient(agencyId, clientId, { priority: "background" }));
    const due = mode === "full" || !state.discoveredAt || Date.now() - state.discoveredAt.getTime() > DISCOVERY_INTERVAL_MS;
    if (due) {
      const found = await discoverAgents(agencyId, clientId, upstream);
      await progress({ removed: found.removedCalls });
    }
    const agents = await db().transcriptSyncAgent.findMany({ where: { agencyId, clientId }, orderBy: { agentId: "asc" } });
    await db().transcriptSyncState.update({ where: { clientId }, data: { agentsTotal: agents.length, agentsDone: 0 } });
    for (const agent of agents) {
      try {
        const { removed } = await syncAgentTranscripts({
          agencyId, clientId, agentId: agent.agentId, runId, mode, upstream, onProgress: progress, pageSize: request.pageSize, retry: request.retry,
        });
        await progress({ removed, agentsDone: 1 });
      } catch (error) {
        if (isOnCallClerkError(error) && error.kind === "not_found") {
          // The agent was deleted upstream: its calls went with it there, so they go here too.
          await progress({ removed: await deleteAgentTranscripts(agencyId, clientId, agent.agentId), agentsDone: 1 });
          continue;
        }
        if (isOnCallClerkError(error) && (error.kind === "invalid_key" || error.kind === "forbidden")) throw error;
        failures.push(`${agent.agentName ?? agent.agentId}: ${messageOf(error)}`);
        await db().transcriptSyncAgent.updateMany({ where: { agencyId, clientId, agentId: agent.agentId }, data: { lastError: messageOf(error), lastErrorAt: new Date() } });
        await progress({ agentsDone: 1 });
      }
    }
    if (failures.length === 0) await recordUpstreamSuccess(agencyId, client);
  } catch (error) {
    fatal = error;
    await recordUpstreamFailure(agencyId, client, error);
  }

  const error = fatal ? messageOf(fatal) : failures.length > 0 ? `${failures.length} of the agents could not be synced. ${failures.join("; ")}` : null;
  // A run that failed keeps its runId when it can be continued (the cursors are saved); a key
  // problem or a finished run clears it.
  const keepRun = error !== null && !(isOnCallClerkError(fatal) && (fatal.kind === "invalid_key" || fatal.kind === "forbidden"));
  const now = new Date();
  await db().transcriptSyncState.update({
    where: { clientId },
    data: {
      runId: keepRun ? runId : null,
      finishedAt: now,
      heartbeatAt: now,
      ...(error ? { lastError: error.slice(0, 2000), lastErrorAt: now } : { lastSuccessAt: now, lastError: null, lastErrorAt: null }),
    },
  });
  return { status: error ? "failed" : "done", runId, mode, ...totals, error };
}
