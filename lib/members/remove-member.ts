// DELETE /api/members/{id}: remove someone from the agency, or leave it yourself. Their API tokens of
// this agency are revoked in the same transaction (a token acts as its owner: it must not outlive
// the membership, even if they are invited back later). The last owner can neither be removed nor
// leave (owner-lock.ts). Access ends on their next request.
import { forbidden, notFound } from "@/lib/api/errors";
import { requirePermission } from "@/lib/api/handler";
import { ROLE_LABELS, type Access } from "@/lib/auth/permissions";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { assertNotLastOwner, lockOwnerMemberships } from "./owner-lock";
import { assertMayManageMember, currentActorAccess } from "./role-rules";

export async function removeMember(
  context: { agency: { id: string }; membershipId: string; access: Access },
  actor: AuditActor & { userId: string },
  memberId: string,
): Promise<{ left: boolean; tokensRevoked: number }> {
  const agencyId = context.agency.id;
  return db().$transaction(async (tx) => {
    const ownerIds = await lockOwnerMemberships(tx, agencyId);
    const access = await currentActorAccess(tx, context);
    const target = await tx.membership.findFirst({
      where: { id: memberId, agencyId },
      select: { id: true, role: true, userId: true, user: { select: { name: true, email: true } } },
    });
    if (!target) throw notFound("No such member");
    const left = target.userId === actor.userId;
    // Anyone may leave, but in person: a token (even a read-only one, leaked) must not throw its owner
    // out. Removing someone else takes member:manage, and an owner to remove an owner.
    if (left && access.tokenRole !== undefined) throw forbidden("Leave the agency while signed in, not with an API token");
    if (!left) {
      requirePermission({ access }, "member:manage");
      assertMayManageMember(access, target.role);
    }
    if (target.role === "owner") assertNotLastOwner(ownerIds, target.id, "remove");

    const revoked = await tx.apiToken.updateMany({ where: { agencyId, userId: target.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await tx.membership.deleteMany({ where: { id: target.id, agencyId } });
    await recordAudit(
      actor,
      {
        action: "member.remove",
        target: { type: "member", id: target.id, name: target.user.name || target.user.email },
        details: { email: target.user.email, role: ROLE_LABELS[target.role], left, tokensRevoked: revoked.count },
      },
      tx,
    );
    return { left, tokensRevoked: revoked.count };
  });
}
