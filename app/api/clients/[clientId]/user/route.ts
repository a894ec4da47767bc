// GET    /api/clients/:clientId/user — the client's OnCallClerk profile
// PUT    /api/clients/:clientId/user — change some profile fields (personalPhoneNumber any format, IANA timezone) → the profile
// DELETE /api/clients/:clientId/user — {confirm: "<client name>"}: delete the WHOLE OnCallClerk account, then the client here
import { readJson } from "@/lib/api/body";
import { validationError } from "@/lib/api/errors";
import { withClient } from "@/lib/api/handler";
import { noContent, ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { deleteOnCallClerkAccount } from "@/lib/account/delete-account";
import { confirmsName, deleteAccountBodySchema, updateProfileBodySchema } from "@/lib/account/schemas";
import { updateProfile } from "@/lib/account/update-profile";

type Params = { clientId: string };

export const GET = withClient<Params>("account:read", async ({ upstream }) => ok(await (await upstream()).user.get()));

export const PUT = withClient<Params>("account:update", async ({ request, client, upstream }) => {
  const input = await readJson(request, updateProfileBodySchema(client.country));
  return ok(await updateProfile(await upstream(), input));
});

export const DELETE = withClient<Params>("account:delete", async ({ request, agency, client, upstream }) => {
  const { confirm } = await readJson(request, deleteAccountBodySchema);
  if (!confirmsName(confirm, client.name)) throw validationError({ confirm: [`Type the client's name, “${client.name}”, to confirm`] });
  await deleteOnCallClerkAccount(await upstream(), agency.id, client.id);
  return noContent();
});

export const { POST, PATCH } = otherMethods(["GET", "PUT", "DELETE"]);
