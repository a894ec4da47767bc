// Voice names for the templates page. Templates store a voice id only; OnCallClerk's /voices (read
// with one of the agency's keys) names them. Best effort: without an answer the ids are shown.
import { upstreamForClient } from "@/lib/clients/upstream";
import type { ClientAccountView } from "@/lib/clients/schemas";

export async function voiceLabelsFor(agencyId: string, clients: Pick<ClientAccountView, "id" | "status">[]): Promise<Map<string, string>> {
  // A key known to work first; one call is enough, the voices are OnCallClerk's, not the client's.
  const client = clients.find((candidate) => candidate.status === "active") ?? clients[0];
  if (!client) return new Map();
  try {
    const voices = await (await upstreamForClient(agencyId, client.id)).voices.list();
    return new Map(voices.map((voice) => [voice.id, [voice.name ?? voice.id, voice.accent].filter(Boolean).join(", ")]));
  } catch {
    return new Map();
  }
}
