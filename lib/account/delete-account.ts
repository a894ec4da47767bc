// Deleting a client's whole OnCallClerk account (`DELETE /user`: every agent, number and
// transcript, irreversibly), then the client's row in the portal: the key it held now answers 401
// and keeping the row would only show a broken client. The row goes only after OnCallClerk
// confirmed; if the upstream call fails, nothing of ours changes. When the DELETE's answer is lost
// it is not sent again: the profile is asked for, and a 401 (the key no longer opens any account)
// is the confirmation that the account is gone.
import { notMade, outcomeUnknown, writeOrReadBack } from "@/lib/api/lost-answer";
import { deleteClientAccount } from "@/lib/clients/service";
import { isOnCallClerkError, type OnCallClerkClient } from "@/lib/oncallclerk";

export async function deleteOnCallClerkAccount(oncallclerk: OnCallClerkClient, agencyId: string, clientId: string): Promise<void> {
  await writeOrReadBack(
    () => oncallclerk.user.delete(),
    async (lost) => {
      try {
        await oncallclerk.user.get();
      } catch (error) {
        if (isOnCallClerkError(error) && error.kind === "invalid_key") return; // the account is gone
        throw error;
      }
      throw notMade(lost, "the OnCallClerk account is still there");
    },
    () => outcomeUnknown("the OnCallClerk account was deleted", "the client's OnCallClerk dashboard (or open the client here again)"),
  );
  await deleteClientAccount(agencyId, clientId);
}
