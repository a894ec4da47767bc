// First filter only: sends anonymous page requests to sign-in and answers 401 for /api (except auth
// and health). It checks that a valid session token is present, nothing more; every route handler
// and page checks the session and the tenant again itself (middleware can be bypassed, as
// CVE-2025-29927 showed).
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

const PUBLIC_PAGES = ["/sign-in", "/sign-up"];
const PUBLIC_API = ["/api/auth/", "/api/health"];

export async function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.includes(pathname) || PUBLIC_API.some((prefix) => pathname.startsWith(prefix))) {
    return NextResponse.next();
  }
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET }).catch(() => null);
  if (token?.sub) return NextResponse.next();

  if (pathname.startsWith("/api/")) {
    return NextResponse.json(
      { success: false, error: { code: "unauthenticated", message: "Sign in to continue", requestId: "middleware" } },
      { status: 401, headers: { "cache-control": "private, no-store" } },
    );
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything except Next's static assets and the favicon.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
