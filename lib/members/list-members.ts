// The people of an agency, oldest first (the founder on top).
import { db } from "@/lib/db/client";
import { memberSelect, memberView, type MemberView } from "./schemas";

export async function listMembers(agencyId: string): Promise<MemberView[]> {
  const rows = await db().membership.findMany({ where: { agencyId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: memberSelect });
  return rows.map(memberView);
}
