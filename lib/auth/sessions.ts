// Server-side session records. The session JWT names one of these; a request is signed in only
// while its row exists, so signing out (or removing a person) ends the session everywhere at once,
// even though a copied cookie would still be validly signed until it expires.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { SESSION_MAX_AGE_SECONDS } from "./session-config";

export async function createUserSession(userId: string): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await db().userSession.create({ data: { id, userId, expiresAt } });
  // Expired rows are only clutter; clear this user's while we are here.
  await db().userSession.deleteMany({ where: { userId, expiresAt: { lt: new Date() } } });
  return id;
}

export async function deleteUserSession(sessionId: string): Promise<void> {
  await db().userSession.deleteMany({ where: { id: sessionId } });
}

/** The user of a live session, or null. */
export async function userOfSession(sessionId: string, userId: string) {
  const session = await db().userSession.findFirst({
    where: { id: sessionId, userId, expiresAt: { gt: new Date() } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  return session?.user ?? null;
}
