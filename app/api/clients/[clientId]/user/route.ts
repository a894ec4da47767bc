// GET    /api/clients/:clientId/user — the client's OnCallClerk profile
// PUT    /api/clients/:clientId/user — change some profile fields (personalPhoneNumber any format, IANA timezone) → the profile
// DELETE /api/clients/:clientId/user — {confirm: "<client name>"}: delete the WHOLE OnCallClerk account, then the client here
import { readJson } from "@/lib/api/body";
import { actorOf, fieldChanges, recordAudit } from "@/lib/audit/record";
import { validationError } from "@/lib/api/errors";
import { withClient } from "@/lib/api/handler";
import { noContent, ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";
import { deleteOnCallClerkAccount } from "@/lib/account/delete-account";
import { confirmsName, deleteAccountBodySchema, updateProfileBodySchema } from "@/lib/account/schemas";
import { profileBeforeChange, updateProfile } from "@/lib/account/update-profile";

type Params = { clientId: string };

export const GET = withClient<Params>("account:read", async ({ upstream }) => ok(await (await upstream()).user.get()));

export const PUT = withClient<Params>("account:update", async (args) => {
  const { request, client, upstream } = args;
  const input = await readJson(request, updateProfileBodySchema(client.country));
  const oncallclerk = await upstream();
  // The one extra read of this route: the audit log's "from" values (PUT /user echoes only the after).
  const before = await profileBeforeChange(oncallclerk);
  const after = await updateProfile(oncallclerk, input);
  const fields = Object.keys(input).filter((field) => input[field as keyof typeof input] !== undefined);
  const changes = fieldChanges(before as Record<string, unknown>, after as Record<string, unknown>, fields);
  if (changes.length > 0) await recordAudit(actorOf(args), { action: "account.update", client, target: { type: "profile", id: client.id, name: client.name }, changes });
  return ok(after);
});

export const DELETE = withClient<Params>("account:delete", async (args) => {
  const { request, agency, client, upstream } = args;
  const { confirm } = await readJson(request, deleteAccountBodySchema);
  if (!confirmsName(confirm, client.name)) throw validationError({ confirm: [`Type the client's name, “${client.name}”, to confirm`] });
  await deleteOnCallClerkAccount(await upstream(), agency.id, client.id);
  await recordAudit(actorOf(args), { action: "account.delete", client, target: { type: "client", id: client.id, name: client.name }, details: { keyHint: `…${client.keyHint}` } });
  return noContent();
});

export const { POST, PATCH } = otherMethods(["GET", "PUT", "DELETE"]);
