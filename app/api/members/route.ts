// GET  /api/members — the agency's people with their roles and clients (member:read)
// POST /api/members — accept an invitation: {token}; joins the signed-in person to its agency and
//                     makes it the agency this browser works in
import { readJson } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { requirePermission, withAgency, withSession } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { withAgencyCookie } from "@/lib/auth/agency-cookie";
import { clientIpOf } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { acceptInvitationIn } from "@/lib/invitations/accept-invitation";
import { acceptInvitationSchema } from "@/lib/invitations/schemas";
import { listMembers } from "@/lib/members/list-members";

export const GET = withAgency(async ({ agency, access }) => {
  requirePermission({ access }, "member:read");
  return ok(await listMembers(agency.id));
});

export const POST = withSession(async ({ request, user, token }) => {
  // An API token belongs to one agency; joining another is something the person does themselves.
  if (token) throw new ApiError(403, "forbidden", "Accept invitations while signed in, not with an API token");
  const { token: invitationToken } = await readJson(request, acceptInvitationSchema);
  const from = { ip: clientIpOf(request), userAgent: request.headers.get("user-agent")?.slice(0, 512) ?? null };
  const joined = await db().$transaction((tx) => acceptInvitationIn(tx, invitationToken, user, from));
  return withAgencyCookie(ok(joined, 201), joined.agency.id);
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
