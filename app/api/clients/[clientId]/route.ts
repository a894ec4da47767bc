// GET    /api/clients/:clientId — one client account (never its key)
// PATCH  /api/clients/:clientId — rename and/or replace the key ({name?, apiKey?}; a new key is checked first)
// DELETE /api/clients/:clientId — forget the client in the portal (nothing is deleted at OnCallClerk)
import { readJson } from "@/lib/api/body";
import { withClient } from "@/lib/api/handler";
import { noContent, ok } from "@/lib/api/respond";
import { can } from "@/lib/auth/permissions";
import { clientForViewer, updateClientSchema } from "@/lib/clients/schemas";
import { deleteClientAccount, updateClientAccount } from "@/lib/clients/service";
import { otherMethods } from "@/lib/api/other-methods";

type Params = { clientId: string };

export const GET = withClient<Params>("client:read", async ({ client, access }) => ok(clientForViewer(client, can(access, "client:key-hint", client.id))));

export const PATCH = withClient<Params>("client:update", async ({ request, agency, client }) => {
  const input = await readJson(request, updateClientSchema);
  return ok(await updateClientAccount(agency.id, client.id, input));
});

export const DELETE = withClient<Params>("client:delete", async ({ agency, client }) => {
  await deleteClientAccount(agency.id, client.id);
  return noContent();
});

export const { POST, PUT } = otherMethods(["GET", "PATCH", "DELETE"]);
