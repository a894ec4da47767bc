// The choke point for server components, mirroring the route-handler wrapper: every page asks these
// itself (middleware is not a gate). Wrapped in React's cache() so a page and its layout share one
// lookup per request.
import { cookies } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { findClientAccount } from "@/lib/clients/service";
import { agencyForUser, AGENCY_COOKIE, type AgencyContext } from "./agency";
import { can, canSeeClient, type Action } from "./permissions";
import { sessionCookieName, userFromSessionToken, type SessionUser } from "./session";

export const getPageUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  return userFromSessionToken(jar.get(sessionCookieName())?.value);
});

/** The signed-in user and their agency; sends anyone else to sign-in. */
export const requirePageAgency = cache(async (): Promise<{ user: SessionUser } & AgencyContext> => {
  const user = await getPageUser();
  if (!user) redirect("/sign-in");
  const jar = await cookies();
  const context = await agencyForUser(user.id, jar.get(AGENCY_COOKIE)?.value);
  if (!context) redirect("/sign-in?error=NoAgency");
  return { user, ...context };
});

/**
 * A client account the caller may see, or the 404 page (also for other agencies' ids and clients
 * they are not assigned to); the 403 page when they see it but may not do `action` there.
 */
export const requirePageClient = cache(async (clientId: string, action: Action = "client:read") => {
  const context = await requirePageAgency();
  const client = canSeeClient(context.access, clientId) ? await findClientAccount(context.agency.id, clientId) : null;
  if (!client) notFound();
  if (!can(context.access, action, client.id)) forbidden();
  return { ...context, client };
});

/** A page that needs `action` (agency-wide, or on some client): the 403 page for anyone who may not. */
export async function requirePageAction(action: Action) {
  const context = await requirePageAgency();
  if (!can(context.access, action)) forbidden();
  return context;
}
