// What the "Sync now" panel and GET /api/clients/{c}/sync show: the current or last run with its
// progress, and each agent's cache.
import { db } from "@/lib/db/client";

/** A run whose heartbeat is older than this has died (a page never takes this long, retries included). */
export const STALE_AFTER_MS = 3 * 60 * 1000;

export interface SyncStatus {
  state: "never" | "running" | "idle" | "failed" | "interrupted";
  mode: "incremental" | "full" | null;
  startedAt: string | null;
  finishedAt: string | null;
  progress: { pages: number; added: number; updated: number; removed: number; agentsDone: number; agentsTotal: number };
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  fullRequested: boolean;
  cachedCalls: number;
  /** When this was read (the server's clock), for "5 min ago". */
  checkedAt: string;
  agents: { agentId: string; agentName: string | null; callCount: number; lastSuccessAt: string | null; lastError: string | null }[];
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export async function syncStatus(agencyId: string, clientId: string, now = Date.now()): Promise<SyncStatus> {
  const [row, agents, cachedCalls] = await Promise.all([
    db().transcriptSyncState.findFirst({ where: { clientId, agencyId } }),
    db().transcriptSyncAgent.findMany({ where: { clientId, agencyId }, orderBy: [{ agentName: "asc" }, { agentId: "asc" }] }),
    db().transcript.count({ where: { clientId, agencyId } }),
  ]);
  let state: SyncStatus["state"] = "never";
  if (row) {
    const alive = row.heartbeatAt !== null && now - row.heartbeatAt.getTime() < STALE_AFTER_MS;
    if (row.runId && !row.finishedAt) state = alive ? "running" : "interrupted";
    else if (row.lastError && (!row.lastSuccessAt || (row.lastErrorAt && row.lastErrorAt > row.lastSuccessAt))) state = "failed";
    else if (row.lastSuccessAt || row.finishedAt) state = "idle";
  }
  return {
    state,
    mode: row?.mode ?? null,
    startedAt: iso(row?.startedAt ?? null),
    finishedAt: iso(row?.finishedAt ?? null),
    progress: {
      pages: row?.pages ?? 0, added: row?.added ?? 0, updated: row?.updated ?? 0, removed: row?.removed ?? 0,
      agentsDone: row?.agentsDone ?? 0, agentsTotal: row?.agentsTotal ?? 0,
    },
    lastSuccessAt: iso(row?.lastSuccessAt ?? null),
    lastError: row?.lastError ?? null,
    lastErrorAt: iso(row?.lastErrorAt ?? null),
    fullRequested: row?.fullRequested ?? false,
    cachedCalls,
    checkedAt: new Date(now).toISOString(),
    agents: agents.map((agent) => ({
      agentId: agent.agentId, agentName: agent.agentName, callCount: agent.callCount, lastSuccessAt: iso(agent.lastSuccessAt), lastError: agent.lastError,
    })),
  };
}
