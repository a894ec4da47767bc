// next-auth configuration: email + password (argon2id), JWT sessions. The JWT only says who signed
// in; roles and memberships are read from the database on every request (lib/auth/session.ts), so a
// changed role or a removed person takes effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { dummyPasswordHash, verifyPassword } from "./password";
import { signInSchema } from "./schemas";

export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 7;

export function authOptions(): NextAuthOptions {
  return {
    secret: serverEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) return null;
          const user = await db().user.findUnique({ where: { email: parsed.data.email } });
          // Same work whether or not the email exists, and the same generic failure either way.
          const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
          if (!user || !valid) return null;
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user) Object.assign(session.user, { id: token.sub });
        return session;
      },
    },
  };
}
