// "The last owner cannot be removed or demoted", race-safe. Two owners demoting each other at the
// same moment would each see the other still an owner and both succeed, leaving none. Inside the
// transaction that changes a membership we first lock every owner membership of the agency
// (SELECT … FOR UPDATE): the second transaction waits for the first, and PostgreSQL re-checks the
// row it waited for — the demoted owner no longer matches role = 'owner', so it counts one.
import { ApiError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Locks the agency's owner memberships until the transaction ends; their ids. */
export async function lockOwnerMemberships(tx: Prisma.TransactionClient, agencyId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Membership" WHERE "agencyId" = ${agencyId} AND role = 'owner'::"Role" ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** 409 when `membershipId` is the agency's only owner (call after lockOwnerMemberships). */
export function assertNotLastOwner(ownerIds: readonly string[], membershipId: string, doing: "remove" | "demote"): void {
  if (ownerIds.length <= 1 && ownerIds.includes(membershipId)) {
    const what = doing === "remove" ? "removed (or leave)" : "given another role";
    throw new ApiError(409, "last_owner", `The agency's last owner cannot be ${what}. Make someone else an owner first.`);
  }
}
