// For the transcript-sync tests: the simulator's view of an account, and an OnCallClerk client that
// lets a test change the simulator between the sync's page reads (calls arriving, calls deleted)
// and count what the sync asked for. The simulator is still the real thing over HTTP.
import { createOnCallClerkClient, type OnCallClerkClient } from "@/lib/oncallclerk";

export interface SimCall {
  id: string;
  created_at: string;
}
interface SimDump {
  agents: { config: { id: string }; calls: SimCall[] }[];
  requests: Record<string, number>;
}

export async function simDump(simUrl: string, key: string): Promise<SimDump> {
  const response = await fetch(`${simUrl}/__sim/accounts/${encodeURIComponent(key)}`);
  return ((await response.json()) as { data: SimDump }).data;
}

/** Upstream ids per agent, as the simulator holds them now. */
export async function simCallIds(simUrl: string, key: string): Promise<Map<string, string[]>> {
  const dump = await simDump(simUrl, key);
  return new Map(dump.agents.map((agent) => [agent.config.id, agent.calls.map((call) => call.id)]));
}

export async function addCalls(simUrl: string, key: string, agentId: string, count: number): Promise<string[]> {
  const response = await fetch(`${simUrl}/__sim/accounts/${encodeURIComponent(key)}/agents/${agentId}/calls`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ count }),
  });
  return ((await response.json()) as { data: { added: string[] } }).data.added;
}

export async function deleteCall(simUrl: string, key: string, agentId: string, callId: string): Promise<void> {
  const response = await fetch(`${simUrl}/__sim/accounts/${encodeURIComponent(key)}/agents/${agentId}/calls/${callId}`, { method: "DELETE" });
  if (!response.ok) throw new Error(`could not delete ${callId}: ${response.status}`);
}

export interface PageRead {
  agentId: string;
  offset: number;
  limit: number;
}

/**
 * A client for `key` whose every transcript-page read first runs `beforePage` (e.g. to add or
 * delete calls upstream), and records the reads.
 */
export function churningUpstream(simUrl: string, key: string, beforePage: (read: PageRead, index: number) => Promise<void>) {
  const reads: PageRead[] = [];
  const fetchWithChurn: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const match = /^\/agents\/([^/]+)\/transcripts$/.exec(url.pathname);
    if (match) {
      const read = { agentId: decodeURIComponent(match[1]!), offset: Number(url.searchParams.get("offset") ?? 0), limit: Number(url.searchParams.get("limit") ?? 50) };
      await beforePage(read, reads.length);
      reads.push(read);
    }
    return fetch(input, init);
  };
  const upstream: OnCallClerkClient = createOnCallClerkClient({ apiKey: key, baseUrl: simUrl, fetch: fetchWithChurn });
  return { upstream, reads };
}
