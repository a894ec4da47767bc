// Deleting an agent (irreversible upstream: its number is released, its transcripts deleted). A
// DELETE whose answer is lost is never sent again: the agent is asked for instead, and a 404 means
// the delete was carried out.
import { notMade, outcomeUnknown, writeOrReadBack } from "@/lib/api/lost-answer";
import { isOnCallClerkError, type OnCallClerkClient } from "@/lib/oncallclerk";

export async function deleteAgent(oncallclerk: OnCallClerkClient, agentId: string): Promise<void> {
  await writeOrReadBack(
    () => oncallclerk.agents.delete(agentId),
    async (lost) => {
      try {
        await oncallclerk.agents.get(agentId);
      } catch (error) {
        if (isOnCallClerkError(error) && error.kind === "not_found") return; // gone: the delete went through
        throw error;
      }
      throw notMade(lost, "the agent is still there");
    },
    () => outcomeUnknown("the agent was deleted", "the client's agent list"),
  );
}
