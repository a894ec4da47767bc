// Invitation links carry a random token (32 bytes); only its sha256 is stored, so a database leak
// gives no working link, and re-sending replaces the hash (the old link stops working).
import { createHash, randomBytes } from "node:crypto";

export const INVITATION_TTL_DAYS = 7;
const TOKEN_PATTERN = /^inv_[A-Za-z0-9_-]{43}$/;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newInvitationToken(now = new Date()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = `inv_${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashInvitationToken(token), expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000) };
}

/** Something shaped like one of our tokens (anything else is not looked up at all). */
export function isInvitationToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** The accept page for a token. NEXTAUTH_URL is the portal's public address; else the request's. */
export function invitationUrl(token: string, request: Request): string {
  const base = process.env.NEXTAUTH_URL?.replace(/\/+$/, "") || new URL(request.url).origin;
  return `${base}/invite/${token}`;
}
