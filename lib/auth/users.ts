// Creating people and agencies: used by sign-up, the operator CLI and the demo seed.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "./password";

export class EmailTakenError extends Error {
  override name = "EmailTakenError";
}

/** Sign-up: a new user who owns a new agency, in one transaction. */
export async function createUserWithAgency(
  db: Db,
  input: { name: string; email: string; password: string; agencyName: string },
) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      const agency = await tx.agency.create({ data: { name: input.agencyName } });
      await tx.membership.create({ data: { agencyId: agency.id, userId: user.id, role: "owner" } });
      return { user: { id: user.id, email: user.email, name: user.name }, agency: { id: agency.id, name: agency.name } };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new EmailTakenError("An account with this email already exists");
    }
    throw error;
  }
}

/**
 * Operator CLI: creates the user and, if no agency has that name yet, the agency with them as its
 * owner. When the agency exists they join it with `role` (member unless the operator says otherwise).
 */
export async function createUserForOperator(
  db: Db,
  input: { name: string; email: string; password: string; agencyName: string; role?: "owner" | "admin" | "member" | "viewer" },
) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      const existing = await tx.agency.findFirst({ where: { name: input.agencyName }, orderBy: { createdAt: "asc" } });
      const agency = existing ?? (await tx.agency.create({ data: { name: input.agencyName } }));
      const role = existing ? (input.role ?? "member") : "owner";
      await tx.membership.create({ data: { agencyId: agency.id, userId: user.id, role } });
      return { user: { id: user.id, email: user.email }, agency: { id: agency.id, name: agency.name, created: !existing }, role };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new EmailTakenError(`A user with email ${input.email} already exists`);
    }
    throw error;
  }
}
