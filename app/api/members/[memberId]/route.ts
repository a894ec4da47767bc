// PATCH  /api/members/:memberId — change role, clients (allClients | clientIds) or client-user grants (member:manage)
// DELETE /api/members/:memberId — remove a member (member:manage), or leave yourself; revokes their API tokens here
import { readJson } from "@/lib/api/body";
import { notFound } from "@/lib/api/errors";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { actorOf } from "@/lib/audit/record";
import { removeMember } from "@/lib/members/remove-member";
import { memberIdSchema, updateMemberSchema } from "@/lib/members/schemas";
import { updateMember } from "@/lib/members/update-member";

type Params = { memberId: string };

function memberIdOf(params: Params): string {
  const parsed = memberIdSchema.safeParse(params.memberId);
  if (!parsed.success) throw notFound("No such member");
  return parsed.data;
}

export const PATCH = withAgency<Params>(async (args) => {
  requirePermission(args, "member:manage");
  const memberId = memberIdOf(args.params);
  const input = await readJson(args.request, updateMemberSchema);
  return ok(await updateMember(args, actorOf(args), memberId, input));
});

export const DELETE = withAgency<Params>(async (args) => {
  const memberId = memberIdOf(args.params);
  return ok(await removeMember(args, { ...actorOf(args), userId: args.user.id }, memberId));
});

export const { GET, POST, PUT } = otherMethods(["PATCH", "DELETE"]);
