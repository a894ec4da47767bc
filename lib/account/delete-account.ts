// Deleting a client's whole OnCallClerk account (`DELETE /user`: every agent, number and
// transcript, irreversibly), then the client's row in the portal: the key it held now answers 401
// and keeping the row would only show a broken client. The row goes only after OnCallClerk
// confirmed; if the upstream call fails, nothing of ours changes.
import { deleteClientAccount } from "@/lib/clients/service";
import type { OnCallClerkClient } from "@/lib/oncallclerk";

export async function deleteOnCallClerkAccount(oncallclerk: OnCallClerkClient, agencyId: string, clientId: string): Promise<void> {
  await oncallclerk.user.delete();
  await deleteClientAccount(agencyId, clientId);
}
