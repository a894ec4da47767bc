// Reading an agent from OnCallClerk for the history: before a write (its before-values) and to
// tell an agent with no history yet from one OnCallClerk does not know.
import { notFound } from "@/lib/api/errors";
import { fromUpstreamError } from "@/lib/api/upstream-errors";
import { isOnCallClerkError, type Agent, type OnCallClerkClient } from "@/lib/oncallclerk";

/** The agent before a write. A failed read sent nothing, and the error says so (not "may have changed"). */
export async function readAgentBeforeWrite(oncallclerk: OnCallClerkClient, agentId: string): Promise<Agent> {
  try {
    return await oncallclerk.agents.get(agentId);
  } catch (error) {
    throw isOnCallClerkError(error) ? fromUpstreamError(error, "unchanged") : error;
  }
}

export async function assertAgentExists(oncallclerk: OnCallClerkClient, agentId: string): Promise<void> {
  try {
    await oncallclerk.agents.get(agentId);
  } catch (error) {
    // A malformed id is refused upstream as a validation error: as unknown to us as a missing one.
    if (isOnCallClerkError(error) && (error.kind === "not_found" || error.kind === "validation")) throw notFound("No such agent");
    throw error;
  }
}
