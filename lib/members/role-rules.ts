// Who may give or change which role. Owners may do anything; admins manage admins and everyone below,
// but never an owner (nor make one). With an API token the token's role caps the person's, so an
// owner's admin-scoped token acts as an admin here too.
import { forbidden } from "@/lib/api/errors";
import { ROLE_RANK, type Access } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

/** The role the caller acts with: their own, or their token's when that is lower. */
export function actingRole(access: Pick<Access, "role" | "tokenRole">): Role {
  const { role, tokenRole } = access;
  return tokenRole !== undefined && ROLE_RANK[tokenRole] < ROLE_RANK[role] ? tokenRole : role;
}

/** 403 unless the caller may give someone `role` (invite with it, or change a member to it). */
export function assertMayGrantRole(access: Pick<Access, "role" | "tokenRole">, role: Role): void {
  if (role === "owner" && actingRole(access) !== "owner") throw forbidden("Only an owner can make someone an owner");
}

/** 403 unless the caller may change or remove a member who has `targetRole` now. */
export function assertMayManageMember(access: Pick<Access, "role" | "tokenRole">, targetRole: Role): void {
  if (targetRole === "owner" && actingRole(access) !== "owner") throw forbidden("Only an owner can change or remove an owner");
}

/**
 * The caller's role as of now, inside the transaction that holds the owner lock: a request's
 * context was read before it waited for the lock, and an owner demoted meanwhile must not act as one.
 */
export async function currentActorAccess<A extends Pick<Access, "role" | "tokenRole">>(
  tx: Prisma.TransactionClient,
  context: { agency: { id: string }; membershipId: string; access: A },
): Promise<A> {
  const row = await tx.membership.findFirst({ where: { id: context.membershipId, agencyId: context.agency.id }, select: { role: true } });
  if (!row) throw forbidden("You are no longer a member of this agency");
  return { ...context.access, role: row.role };
}
