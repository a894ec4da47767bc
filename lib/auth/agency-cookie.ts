// The portal-agency cookie: which of a person's agencies the browser works in. It is only a
// preference — every request re-checks the membership (lib/auth/agency.ts), and an agency the
// person does not belong to falls back to their oldest one.
import { AGENCY_COOKIE } from "./agency";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** A Set-Cookie value choosing `agencyId`. */
export function agencyCookie(agencyId: string): string {
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ? "; Secure" : "";
  return `${AGENCY_COOKIE}=${encodeURIComponent(agencyId)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${ONE_YEAR_SECONDS}${secure}`;
}

export function withAgencyCookie(response: Response, agencyId: string): Response {
  response.headers.append("set-cookie", agencyCookie(agencyId));
  return response;
}
