// Which agents a client account has, and its time zone and plan: GET /agents, /user and /usage.
// Runs on the first sync, on every full resync and then at most once per DISCOVERY_INTERVAL_MS, so
// an incremental sync of an unchanged account costs one request per agent and nothing more.
// Agents the portal itself creates or deletes are registered at once (registerAgent, forgetAgent).
import { db } from "@/lib/db/client";
import type { OnCallClerkClient } from "@/lib/oncallclerk";
import { isValidTimeZone } from "@/lib/agents/time-zones";
import { deleteAgentTranscripts } from "../store";
import { withReadRetries } from "./retry";

export const DISCOVERY_INTERVAL_MS = 60 * 60 * 1000;

export interface DiscoveredAgents {
  agentIds: string[];
  removedCalls: number;
}

export async function discoverAgents(agencyId: string, clientId: string, upstream: OnCallClerkClient): Promise<DiscoveredAgents> {
  const agents = await withReadRetries(() => upstream.agents.list());
  // Time zone and plan are nice to have: a failure here must not stop the calls from syncing.
  const [profile, usage] = await Promise.all([
    withReadRetries(() => upstream.user.get()).catch(() => null),
    withReadRetries(() => upstream.usage.get()).catch(() => null),
  ]);
  const timeZone = profile?.timezone && isValidTimeZone(profile.timezone) ? profile.timezone : undefined;
  await db().clientAccount.updateMany({
    where: { id: clientId, agencyId },
    data: { ...(timeZone ? { timeZone } : {}), ...(usage?.plan ? { plan: usage.plan } : {}) },
  });

  for (const agent of agents) await registerAgent(agencyId, clientId, agent.id, agent.agent_name ?? null);
  const live = new Set(agents.map((agent) => agent.id));
  const known = await db().transcriptSyncAgent.findMany({ where: { agencyId, clientId }, select: { agentId: true } });
  // Calls of agents without a sync row (e.g. its row was lost) still belong to a vanished agent.
  const cached = await db().transcript.findMany({ where: { agencyId, clientId }, distinct: ["agentId"], select: { agentId: true } });
  let removedCalls = 0;
  for (const agentId of new Set([...known, ...cached].map((row) => row.agentId))) {
    if (!live.has(agentId)) removedCalls += await deleteAgentTranscripts(agencyId, clientId, agentId);
  }
  await db().transcriptSyncState.update({ where: { clientId }, data: { discoveredAt: new Date() } });
  return { agentIds: agents.map((agent) => agent.id), removedCalls };
}

/** An agent whose calls should be synced (found upstream, or just created through the portal). */
export async function registerAgent(agencyId: string, clientId: string, agentId: string, agentName: string | null): Promise<void> {
  await db().transcriptSyncAgent.upsert({
    where: { clientId_agentId: { clientId, agentId } },
    create: { clientId, agentId, agencyId, agentName },
    update: { agentName },
  });
}

/** An agent deleted through the portal: its cached calls go with it (upstream deletes them too). */
export function forgetAgent(agencyId: string, clientId: string, agentId: string): Promise<number> {
  return deleteAgentTranscripts(agencyId, clientId, agentId);
}
