// Who is calling: the next-auth session cookie, decoded and then checked against the database.
// Every route handler and every page calls this itself; middleware.ts is only a first filter
// (Next.js has had a middleware-bypass CVE, CVE-2025-29927).
import { decode } from "next-auth/jwt";
import { serverEnv } from "@/lib/env";
import { userOfSession } from "./sessions";

export function sessionCookieName(): string {
  // next-auth's own rule: secure cookies (with the __Secure- prefix) when the site is https.
  return process.env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      // Cookies are whatever the browser (or anyone) sends: an undecodable value ("%zz") is treated
      // as no cookie at all, not as an error that would fail every request carrying it.
      try {
        return decodeURIComponent(part.slice(separator + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/**
 * The signed-in user for a session token, or null: no token, expired, forged, signed out (no
 * session row), or the user deleted.
 */
export async function userFromSessionToken(token: string | undefined): Promise<SessionUser | null> {
  if (!token) return null;
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decode({ token, secret: serverEnv().NEXTAUTH_SECRET });
  } catch {
    return null;
  }
  const userId = typeof payload?.sub === "string" ? payload.sub : undefined;
  const sessionId = typeof payload?.sid === "string" ? payload.sid : undefined;
  if (!userId || !sessionId) return null;
  return userOfSession(sessionId, userId);
}

export function userFromRequest(request: Request): Promise<SessionUser | null> {
  return userFromSessionToken(readCookie(request.headers.get("cookie"), sessionCookieName()));
}
