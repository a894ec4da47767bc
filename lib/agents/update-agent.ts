// Updating an agent without overwriting someone else's change. OnCallClerk has no conditional
// update, so the check is ours: with `If-Match: <updated_at the form saw>`, the agent is read
// first and a different `updated_at` answers 412 agent_changed carrying the current agent (the UI
// shows what changed). A change landing between our read and our write is not caught — the window
// is one round trip instead of the whole time the form was open.
// A PUT whose answer is lost is never sent again: the agent is read back, and the update counts as
// made when the agent shows every field as sent (lib/api/lost-answer.ts).
import { ApiError } from "@/lib/api/errors";
import { notMade, outcomeUnknown, writeOrReadBack } from "@/lib/api/lost-answer";
import type { Agent, OnCallClerkClient } from "@/lib/oncallclerk";
import { agentShowsUpdate } from "./agent-compare";
import type { UpdateAgentBody } from "./agent-schemas";

function sameInstant(a: string, b: string): boolean {
  if (a === b) return true;
  const left = Date.parse(a);
  const right = Date.parse(b);
  return Number.isFinite(left) && left === right; // "…00Z" and "…00.000Z" are the same moment
}

/** `current`: the agent as the caller has just read it (the If-Match check then reads nothing again). */
export async function updateAgent(oncallclerk: OnCallClerkClient, agentId: string, input: UpdateAgentBody, ifMatch: string | null, current?: Agent): Promise<Agent> {
  if (ifMatch !== null) {
    current ??= await oncallclerk.agents.get(agentId);
    // Without an updated_at upstream there is nothing to compare: the update goes ahead.
    if (current.updated_at !== undefined && !sameInstant(current.updated_at, ifMatch)) {
      throw new ApiError(412, "agent_changed", "This agent was changed in OnCallClerk after you opened it. Review its current settings and apply your changes again.", {
        current,
      });
    }
  }
  const outcome = await writeOrReadBack(
    async () => ({ agent: await oncallclerk.agents.update(agentId, input), full: false }),
    async (lost) => {
      const now = await oncallclerk.agents.get(agentId);
      if (agentShowsUpdate(now, input)) return { agent: now, full: true };
      throw notMade(lost, "reading the agent back shows it without your changes");
    },
    () => outcomeUnknown("the agent's changes were saved", "the agent's settings"),
  );
  if (outcome.full) return outcome.agent;
  try {
    return await oncallclerk.agents.get(agentId);
  } catch {
    return outcome.agent; // the update went through; the partial answer beats an error that invites a retry
  }
}
