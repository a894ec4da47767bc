// The access matrix's table: every route handler and method, who may use it on a client they see,
// and a request that works when they may. Written out by hand from the roles the issue describes
// (not derived from lib/auth/permissions.ts, which it checks). A route added without a row here
// fails the matrix's completeness test.
import { AGENCY_ROUTES } from "./agency-routes";
import { CLIENT_ROUTES } from "./client-routes";
import type { MatrixRoute } from "./route-table";

export type { CaseRun, MatrixRequest, MatrixRoute, Method } from "./route-table";

export const MATRIX_ROUTES: readonly MatrixRoute[] = [...CLIENT_ROUTES, ...AGENCY_ROUTES];

/** Routes (or "METHOD route") the matrix does not cover, and why: no role decides them. */
export const OUTSIDE_THE_MATRIX: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own sign-in and session endpoints (tests/integration/next-auth-callbacks.test.ts)",
  "app/api/auth/signup/route.ts": "public sign-up, also through an invitation (tests/integration/auth-api.test.ts, invitations.test.ts)",
  "app/api/health/route.ts": "public health check",
  "app/api/[...path]/route.ts": "the JSON 404 for unknown /api paths",
  // One method of a route: decided by the invitation (whose email it is for), not by a role.
  "POST app/api/members/route.ts": "accepting an invitation (tests/integration/invitations.test.ts: reuse, expiry, wrong email, revoked)",
};
