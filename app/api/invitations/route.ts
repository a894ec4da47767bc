// GET  /api/invitations — open invitations of the agency (pending and expired) (member:read)
// POST /api/invitations — invite {email, role, allClients?, clientIds?, clientGrants?} (member:manage);
//                         answers the link once ({token, url}) and whether it was mailed
import { readJson } from "@/lib/api/body";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { actorOf } from "@/lib/audit/record";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { createInvitationSchema } from "@/lib/invitations/schemas";

export const GET = withAgency(async ({ agency, access }) => {
  requirePermission({ access }, "member:read");
  return ok(await listInvitations(agency.id));
});

export const POST = withAgency(async (args) => {
  requirePermission(args, "member:manage");
  const input = await readJson(args.request, createInvitationSchema);
  return ok(await createInvitation(args, actorOf(args), input, args.request), 201);
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
