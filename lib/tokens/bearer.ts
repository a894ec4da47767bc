// API tokens on the wire: `Authorization: Bearer occ_…`. A token is 32 random bytes; only its sha256
// is stored (a database leak gives no usable token) with a short prefix people recognise it by.
import { createHash, randomBytes } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export const TOKEN_PREFIX = "occ_";
const TOKEN_PATTERN = /^occ_[A-Za-z0-9_-]{43}$/;
/** lastUsedAt is written at most this often per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function generateToken(): { token: string; prefix: string; tokenHash: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, TOKEN_PREFIX.length + 8), tokenHash: hashToken(token) };
}

/** The Authorization header's bearer token: undefined when there is no such header. */
export function bearerOf(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  // An empty header names no token (some clients send one); the cookie, if any, decides.
  if (header === null || header.trim() === "") return undefined;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  if (!match) throw new ApiError(401, "unauthenticated", "The Authorization header must be 'Bearer <token>'");
  return match[1]!;
}

export interface TokenIdentity {
  user: { id: string; email: string; name: string };
  token: { id: string; name: string; agencyId: string; role: Role };
}

const invalid = (why: string) => new ApiError(401, "unauthenticated", why);

/** The person and token behind a bearer token; 401 with the reason for anything else. */
export async function authenticateToken(token: string): Promise<TokenIdentity> {
  if (!TOKEN_PATTERN.test(token)) throw invalid("This is not a portal API token");
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, name: true, agencyId: true, role: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!row) throw invalid("This API token is not valid");
  if (row.revokedAt) throw invalid("This API token was revoked");
  const now = Date.now();
  if (row.expiresAt && row.expiresAt.getTime() <= now) throw invalid("This API token has expired");
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiToken.updateMany({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { user: row.user, token: { id: row.id, name: row.name, agencyId: row.agencyId, role: row.role } };
}
