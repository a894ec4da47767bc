// People and agencies for the tests, plus the session cookie next-auth would have set for them.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { createUserSession } from "@/lib/auth/sessions";
import { createUserWithAgency } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import type { ClientGrant, Role } from "@/lib/generated/prisma/enums";

export const TEST_PASSWORD = "correct horse battery staple";

export interface TestUser {
  user: { id: string; email: string; name: string };
  agency: { id: string; name: string };
  /** Cookie header value carrying this user's session. */
  cookie: string;
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(4).toString("hex")}@example.test`;
}

/**
 * The cookie next-auth sets after sign-in: a JWE of `{ sub, sid }` under NEXTAUTH_SECRET, naming a
 * server-side session row (created here exactly as the sign-in callback creates it). `sessionId`
 * lets a test forge a token for a session that does not exist.
 */
export async function sessionCookie(
  userId: string,
  options: { secret?: string; maxAge?: number; sessionId?: string | null } = {},
): Promise<string> {
  const sid = options.sessionId === undefined ? await createUserSession(userId) : options.sessionId;
  const token = await encode({
    token: { sub: userId, ...(sid === null ? {} : { sid }) },
    secret: options.secret ?? process.env.NEXTAUTH_SECRET!,
    ...(options.maxAge !== undefined ? { maxAge: options.maxAge } : {}),
  });
  return `next-auth.session-token=${token}`;
}

/** A new user who owns a new agency (what sign-up creates). */
export async function createOwner(label: string): Promise<TestUser> {
  const created = await createUserWithAgency(db(), {
    name: `${label} Owner`,
    email: uniqueEmail(label),
    password: TEST_PASSWORD,
    agencyName: `${label} Agency`,
  });
  return { ...created, cookie: await sessionCookie(created.user.id) };
}

export interface MemberOptions {
  /** member/viewer: every client (the default here, unless clientIds are given) or only `clientIds`. */
  allClients?: boolean;
  clientIds?: string[];
  clientGrants?: ClientGrant[];
}

/** A user whose only membership is `role` in an existing agency. */
export async function createMember(agency: { id: string; name: string }, role: Role, label: string = role, options: MemberOptions = {}): Promise<TestUser & { membershipId: string }> {
  const user = await db().user.create({
    data: { email: uniqueEmail(label), name: `${label} person`, passwordHash: "not-used-by-these-tests" },
    select: { id: true, email: true, name: true },
  });
  // Owners and admins see every client whatever this says; a role changed later keeps it.
  const allClients = options.allClients ?? (options.clientIds === undefined && role !== "client_user");
  const membership = await db().membership.create({
    data: {
      agencyId: agency.id,
      userId: user.id,
      role,
      allClients,
      clientGrants: options.clientGrants ?? [],
      clients: { create: (options.clientIds ?? []).map((clientId) => ({ clientId, agencyId: agency.id })) },
    },
    select: { id: true },
  });
  return { user, agency, cookie: await sessionCookie(user.id), membershipId: membership.id };
}
