// GET    /api/clients/:clientId — one client account (never its key)
// PATCH  /api/clients/:clientId — rename and/or replace the key ({name?, apiKey?}; a new key is checked first)
// DELETE /api/clients/:clientId — forget the client in the portal (nothing is deleted at OnCallClerk)
import { readJson } from "@/lib/api/body";
import { recordClientChanges } from "@/lib/audit/client-events";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { withClient } from "@/lib/api/handler";
import { noContent, ok } from "@/lib/api/respond";
import { can } from "@/lib/auth/permissions";
import { clientForViewer, updateClientSchema } from "@/lib/clients/schemas";
import { deleteClientAccount, updateClientAccount } from "@/lib/clients/service";
import { otherMethods } from "@/lib/api/other-methods";

type Params = { clientId: string };

export const GET = withClient<Params>("client:read", async ({ client, access }) => ok(clientForViewer(client, can(access, "client:key-hint", client.id))));

export const PATCH = withClient<Params>("client:update", async (args) => {
  const { request, agency, client } = args;
  const input = await readJson(request, updateClientSchema);
  const updated = await updateClientAccount(agency.id, client.id, input);
  await recordClientChanges(actorOf(args), client, updated);
  return ok(updated);
});

export const DELETE = withClient<Params>("client:delete", async (args) => {
  const { agency, client } = args;
  await deleteClientAccount(agency.id, client.id);
  await recordAudit(actorOf(args), { action: "client.delete", client, target: { type: "client", id: client.id, name: client.name } });
  return noContent();
});

export const { POST, PUT } = otherMethods(["GET", "PATCH", "DELETE"]);
