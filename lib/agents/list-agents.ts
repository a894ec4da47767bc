// The reference's `GET /agents` list items carry no business hours, voice settings or FAQ; the
// agents table needs the hours, so agents missing them are completed with `GET /agents/{id}`
// (a few at a time, to stay well inside the client's per-key rate limit).
//
// The whole page gets one budget (the upstream timeout, 30 s): when the details are slower than
// that, the table shows what the list gave ("hours not reported") instead of hanging.
import { DEFAULT_TIMEOUT_MS, type Agent, type OnCallClerkClient } from "@/lib/oncallclerk";

const DETAIL_CONCURRENCY = 4;

const expired = (ms: number) => new Promise<"expired">((resolve) => setTimeout(resolve, Math.max(0, ms), "expired").unref?.());

export async function listAgentsWithDetails(oncallclerk: OnCallClerkClient, budgetMs = DEFAULT_TIMEOUT_MS): Promise<Agent[]> {
  const deadline = Date.now() + budgetMs;
  const agents = await oncallclerk.agents.list();
  const result = [...agents];
  const incomplete = agents.map((agent, index) => ({ agent, index })).filter(({ agent }) => agent.business_hours === undefined);
  for (let start = 0; start < incomplete.length; start += DETAIL_CONCURRENCY) {
    const batch = incomplete.slice(start, start + DETAIL_CONCURRENCY);
    const details = await Promise.race([
      Promise.allSettled(batch.map(({ agent }) => oncallclerk.agents.get(agent.id))),
      expired(deadline - Date.now()),
    ]);
    if (details === "expired") break;
    // An agent deleted between the list and its details just keeps what the list said.
    batch.forEach(({ index }, position) => {
      const detail = details[position];
      if (detail?.status === "fulfilled") result[index] = { ...result[index]!, ...detail.value };
    });
  }
  return result;
}
