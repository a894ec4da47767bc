// An agent's name for a log line when the handler has only its id (the email function's PUT
// answers {success} alone). The transcript sync keeps every agent's name; asking OnCallClerk again
// just to label the event would spend the client's request budget on a write's hot path.
import { db } from "@/lib/db/client";

export async function knownAgentName(agencyId: string, clientId: string, agentId: string): Promise<string | null> {
  const row = await db().transcriptSyncAgent.findFirst({ where: { agencyId, clientId, agentId }, select: { agentName: true } });
  return row?.agentName ?? null;
}
