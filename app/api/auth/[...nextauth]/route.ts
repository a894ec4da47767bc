// /api/auth/* — next-auth (sign-in with email + password, sign-out, session, csrf)
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so the secret comes from the validated environment at run time.
async function handler(request: Request, context: NextAuthContext): Promise<Response> {
  return NextAuth(request as never, context as never, authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
