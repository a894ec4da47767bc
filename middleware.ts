// First filter only: refuses /api paths that are not what they look like, unsupported methods on
// /api, sends anonymous page requests to sign-in and answers 401 for /api (except auth and health).
// It checks that a valid session token is present, nothing more; every route handler and page
// checks the session and the tenant again itself (middleware can be bypassed, as CVE-2025-29927
// showed).
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import type { ApiErrorCode, ErrorBody } from "@/lib/api/errors";
import { newRequestId } from "@/lib/api/request-id";

const PUBLIC_PAGES = ["/sign-in", "/sign-up"];
// Invitation links are opened before the person has an account (the page checks the token itself).
const PUBLIC_PAGE_PREFIXES = ["/invite/"];
const PUBLIC_API = ["/api/auth/", "/api/health"];
// Every method some /api route has, plus the ones Next answers itself (HEAD, OPTIONS). TRACE,
// TRACK and CONNECT never get here: the Fetch API refuses to build a request with them, so Next
// fails before middleware runs.
const API_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function apiError(status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}): NextResponse {
  const requestId = newRequestId();
  const body: ErrorBody = { success: false, error: { code, message, requestId } };
  return NextResponse.json(body, { status, headers: { "cache-control": "private, no-store", "x-request-id": requestId, ...headers } });
}

/**
 * Why an /api path must not be served, or null. By the time middleware runs, Next has resolved dot
 * segments ("/agents/%2e%2e" arrives as "/clients/c/"): what is left of one at the end is a trailing
 * slash, which none of our routes has. Serving it would act on the parent — with Next's own 308 to
 * the slash-less path (next.config.mjs turns that off), a client following redirects would send
 * DELETE /agents/%2e%2e to the whole client. A dot segment inside the path leaves no trace here.
 */
function badApiPath(pathname: string): string | null {
  if (pathname.endsWith("/")) return "An API path has no '.' or '..' segments and no trailing slash";
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "The path has a percent sign that is not part of a valid escape (%XX)";
    }
    if (decoded === "." || decoded === "..") return "An API path has no '.' or '..' segments";
  }
  return null;
}

export async function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    const problem = badApiPath(pathname);
    if (problem) return apiError(400, "invalid_path", problem);
    if (!API_METHODS.includes(request.method)) {
      return apiError(405, "method_not_allowed", `${request.method} is not supported here`, { allow: API_METHODS.join(", ") });
    }
  } else if (pathname !== "/" && pathname.endsWith("/")) {
    // Pages keep Next's usual answer to a trailing slash, which next.config.mjs turned off for /api's sake.
    const url = new URL(request.url); // a plain URL: NextURL would keep the trailing slash it parsed
    url.pathname = pathname.replace(/\/+$/, "") || "/";
    return NextResponse.redirect(url, 308);
  }

  if (PUBLIC_PAGES.includes(pathname) || PUBLIC_PAGE_PREFIXES.some((prefix) => pathname.startsWith(prefix)) || PUBLIC_API.some((prefix) => pathname.startsWith(prefix))) {
    return NextResponse.next();
  }
  // API tokens are checked by the route handlers (against the database); here only their presence.
  if (pathname.startsWith("/api/") && request.headers.has("authorization")) return NextResponse.next();
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET }).catch(() => null);
  if (token?.sub) return NextResponse.next();

  if (pathname.startsWith("/api/")) return apiError(401, "unauthenticated", "Sign in to continue");
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything except Next's static assets and the favicon.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
