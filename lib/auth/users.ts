// Creating people and agencies: used by sign-up, the operator CLI and the demo seed.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { acceptInvitationIn, type AcceptedInvitation } from "@/lib/invitations/accept-invitation";
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
 * Sign-up from an invitation: the user and their membership of the inviting agency, in one
 * transaction (no agency of their own). A link that cannot be accepted — or is for another email —
 * creates no user at all.
 */
export async function createInvitedUser(
  db: Db,
  input: { name: string; email: string; password: string; invitationToken: string },
  from: { ip: string | null; userAgent: string | null },
): Promise<{ user: { id: string; email: string; name: string }; joined: AcceptedInvitation }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true, email: true, name: true } });
      const joined = await acceptInvitationIn(tx, input.invitationToken, user, from);
      return { user, joined };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new EmailTakenError("An account with this email already exists");
    }
    throw error;
  }
}

export class OperatorInputError extends Error {
  override name = "OperatorInputError";
}

type OperatorRole = "owner" | "admin" | "member" | "viewer";

/**
 * Operator CLI: creates the user, and either joins them to an existing agency (by id, or by a name
 * only one agency has) with `role` (member unless given), or creates the agency with them as owner.
 */
export async function createUserForOperator(
  db: Db,
  input: { name: string; email: string; password: string; agencyName?: string; agencyId?: string; role?: OperatorRole },
) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      let existing: { id: string; name: string } | null = null;
      if (input.agencyId) {
        existing = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true, name: true } });
        if (!existing) throw new OperatorInputError(`No agency has id ${input.agencyId}`);
      } else if (input.agencyName) {
        const named = await tx.agency.findMany({ where: { name: input.agencyName }, select: { id: true, name: true }, take: 2 });
        if (named.length > 1) {
          throw new OperatorInputError(`More than one agency is named "${input.agencyName}"; pass --agency-id instead`);
        }
        existing = named[0] ?? null;
      } else {
        throw new OperatorInputError("Give --agency NAME or --agency-id ID");
      }
      if (!existing && input.role && input.role !== "owner") {
        throw new OperatorInputError(`No agency is named "${input.agencyName}"; a new agency's first user is its owner, so --role ${input.role} does not apply`);
      }
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      const agency = existing ?? (await tx.agency.create({ data: { name: input.agencyName! }, select: { id: true, name: true } }));
      const role: OperatorRole = existing ? (input.role ?? "member") : "owner";
      // An operator's member or viewer starts with every client; the members page narrows it.
      await tx.membership.create({ data: { agencyId: agency.id, userId: user.id, role, allClients: role === "member" || role === "viewer" } });
      return { user: { id: user.id, email: user.email }, agency: { id: agency.id, name: agency.name, created: !existing }, role };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new EmailTakenError(`A user with email ${input.email} already exists`);
    }
    throw error;
  }
}
