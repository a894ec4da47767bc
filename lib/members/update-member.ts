// PATCH /api/members/{id}: change a member's role, clients or client-user permissions. One
// transaction holding the agency's owner rows (owner-lock.ts), so the last owner cannot be demoted
// however the requests interleave. The change applies to the member's very next request: the
// membership is re-read on every one (lib/auth/agency.ts).
import { notFound } from "@/lib/api/errors";
import type { Access } from "@/lib/auth/permissions";
import { fieldChanges, recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { agencyClientsOf, resolveAssignment, type Assignment } from "./assignment";
import { MEMBER_AUDIT_FIELDS, readableAccess } from "./audit-fields";
import { assertNotLastOwner, lockOwnerMemberships } from "./owner-lock";
import { assertMayGrantRole, assertMayManageMember, currentActorAccess } from "./role-rules";
import { memberSelect, memberView, type MemberView, type UpdateMemberInput } from "./schemas";

export async function updateMember(
  context: { agency: { id: string }; membershipId: string; access: Access },
  actor: AuditActor,
  memberId: string,
  input: UpdateMemberInput,
): Promise<MemberView> {
  const agencyId = context.agency.id;
  return db().$transaction(async (tx) => {
    const ownerIds = await lockOwnerMemberships(tx, agencyId);
    const access = await currentActorAccess(tx, context);
    const target = await tx.membership.findFirst({ where: { id: memberId, agencyId }, select: memberSelect });
    if (!target) throw notFound("No such member");
    assertMayManageMember(access, target.role);
    const role = input.role ?? target.role;
    if (input.role !== undefined) assertMayGrantRole(access, role);
    if (target.role === "owner" && role !== "owner") assertNotLastOwner(ownerIds, target.id, "demote");

    const current: Assignment = {
      role: target.role,
      allClients: target.allClients,
      clientIds: target.clients.map(({ client }) => client.id),
      clientGrants: target.clientGrants,
    };
    const next = resolveAssignment(role, input, current);
    const clients = await agencyClientsOf(tx, agencyId, next.clientIds);
    const updated = await tx.membership.update({
      where: { id: target.id, agencyId },
      data: {
        role: next.role,
        allClients: next.allClients,
        clientGrants: next.clientGrants,
        clients: { deleteMany: {}, create: clients.map((client) => ({ clientId: client.id, agencyId })) },
      },
      select: memberSelect,
    });

    const before = readableAccess({ ...current, clients: target.clients.map(({ client }) => client) });
    const after = readableAccess({ ...next, clients });
    const changes = fieldChanges(before, after, MEMBER_AUDIT_FIELDS);
    if (changes.length > 0) {
      await recordAudit(actor, { action: "member.update", target: { type: "member", id: target.id, name: target.user.name || target.user.email }, changes, details: { email: target.user.email } }, tx);
    }
    return memberView(updated);
  });
}
