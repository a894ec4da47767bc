// next-auth configuration: email + password (argon2id), JWT sessions backed by a server-side
// session row. The JWT only says who signed in and which session; roles and memberships are read
// from the database on every request (lib/auth/session.ts), so a changed role, a removed person or
// a sign-out takes effect at once.
import type { NextAuthOptions, Session } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headersOf, recordAudit, signInActorOf, type HeaderSource } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { sameOriginRedirect } from "./callback-url";
import { dummyPasswordHash, verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { SESSION_MAX_AGE_SECONDS } from "./session-config";
import { createUserSession, deleteUserSession, userOfSession } from "./sessions";
import { assertNotLocked, clearFailedSignIns, recordFailedSignIn } from "./sign-in-throttle";

/** A sign-in is an event in every agency the person belongs to (each agency's log is its own). */
async function recordSignIns(user: { id: string; name: string; email: string }, headers: HeaderSource): Promise<void> {
  const memberships = await db().membership.findMany({ where: { userId: user.id }, select: { agencyId: true } });
  for (const { agencyId } of memberships) await recordAudit(signInActorOf(user, agencyId, headers), { action: "auth.sign_in", target: { type: "user", id: user.id, name: user.name } });
}

export function authOptions(): NextAuthOptions {
  return {
    secret: serverEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, req) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          // A locked email is refused before any password check (its message reaches the form).
          await assertNotLocked(email);
          const user = await db().user.findUnique({ where: { email } });
          // Same work whether or not the email exists, and the same generic failure either way.
          const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
          if (!user || !valid) {
            await recordFailedSignIn(email);
            return null;
          }
          await clearFailedSignIns(email);
          await recordSignIns(user, headersOf(req?.headers));
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = await createUserSession(user.id);
        }
        return token;
      },
      async session({ session, token }) {
        // A validly signed cookie whose session row is gone (signed out, person removed) is no
        // session: an empty object is next-auth's own "signed out" answer.
        const user = typeof token.sid === "string" && typeof token.sub === "string" ? await userOfSession(token.sid, token.sub) : null;
        if (!user) return {} as Session;
        session.user = { ...session.user, id: user.id, email: user.email, name: user.name } as Session["user"];
        return session;
      },
      // Only our own origin, and never an exception (a malformed callbackUrl would be a bare 500).
      redirect({ url, baseUrl }) {
        return sameOriginRedirect(url, baseUrl);
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await deleteUserSession(token.sid);
      },
    },
  };
}
