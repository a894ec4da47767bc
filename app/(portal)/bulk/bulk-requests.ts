// The bulk page's calls. Preview is one request. Apply is sent in small chunks — a client's chunks
// one after another, a few clients at a time, like the server does within one request — so the
// progress bar can move as agents are done. A chunk that fails as a whole (network, session) marks
// its agents failed with that reason: nothing is left out of the results.
import type { BulkApplyItem, BulkApplyResult } from "@/lib/bulk/apply";
import type { BulkPreview } from "@/lib/bulk/preview";
import { apiFetch, ApiRequestError } from "@/lib/swr/fetcher";
import { revalidateClient } from "../clients/[clientId]/agents/_editor/agent-requests";

export interface ApplyTarget {
  clientId: string;
  agentId: string;
  updatedAt?: string;
  clientName: string | null;
  agentName: string | null;
  businessName: string | null;
}

const CHUNK_SIZE = 5;
const CLIENTS_AT_ONCE = 4;

export function previewRequest(targets: { clientId: string; agentId: string }[], change: Record<string, unknown>): Promise<BulkPreview> {
  return apiFetch<BulkPreview>("/api/bulk/agents/preview", { method: "POST", json: { targets, change } });
}

async function applyChunk(chunk: ApplyTarget[], change: Record<string, unknown>): Promise<BulkApplyItem[]> {
  const targets = chunk.map(({ clientId, agentId, updatedAt }) => ({ clientId, agentId, ...(updatedAt ? { updatedAt } : {}) }));
  try {
    const result = await apiFetch<BulkApplyResult>("/api/bulk/agents/apply", { method: "POST", json: { targets, change } });
    return result.items;
  } catch (error) {
    const reason = error instanceof ApiRequestError ? { code: error.code, message: error.message } : { code: "network_error", message: "The portal did not answer." };
    return chunk.map(({ clientId, agentId, clientName, agentName, businessName }) => ({ clientId, agentId, clientName, agentName, businessName, status: "failed", error: reason }));
  }
}

/** Applies to every target; `onItems` gets each chunk's outcomes as they arrive, in no fixed order. */
export async function applyInChunks(targets: ApplyTarget[], change: Record<string, unknown>, onItems: (items: BulkApplyItem[]) => void): Promise<void> {
  const byClient = new Map<string, ApplyTarget[]>();
  for (const target of targets) byClient.set(target.clientId, [...(byClient.get(target.clientId) ?? []), target]);
  const queues = [...byClient.values()];
  let next = 0;
  const worker = async () => {
    while (next < queues.length) {
      const queue = queues[next++]!;
      for (let start = 0; start < queue.length; start += CHUNK_SIZE) onItems(await applyChunk(queue.slice(start, start + CHUNK_SIZE), change));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CLIENTS_AT_ONCE, queues.length) }, worker));
}

/** Every cached list that shows these clients' agents (agent pages, the client list's counts). */
export function revalidateClients(clientIds: Iterable<string>) {
  return Promise.all([...new Set(clientIds)].map((id) => revalidateClient(id)));
}
