// The reference's `GET /agents` list items carry no business hours, voice settings or FAQ; the
// agents table needs the hours, so agents missing them are completed with `GET /agents/{id}`
// (a few at a time, to stay well inside the client's per-key rate limit).
import type { Agent, OnCallClerkClient } from "@/lib/oncallclerk";

const DETAIL_CONCURRENCY = 4;

export async function listAgentsWithDetails(oncallclerk: OnCallClerkClient): Promise<Agent[]> {
  const agents = await oncallclerk.agents.list();
  const result = [...agents];
  const incomplete = agents.map((agent, index) => ({ agent, index })).filter(({ agent }) => agent.business_hours === undefined);
  for (let start = 0; start < incomplete.length; start += DETAIL_CONCURRENCY) {
    const batch = incomplete.slice(start, start + DETAIL_CONCURRENCY);
    const details = await Promise.all(batch.map(({ agent }) => oncallclerk.agents.get(agent.id)));
    batch.forEach(({ index }, position) => {
      result[index] = { ...result[index]!, ...details[position]! };
    });
  }
  return result;
}
