// The wrappers every route handler goes through. Each step is a small function, composed:
//   apiRoute      request id, error envelope, logging (never secrets)
//   withSession   the signed-in user, or the person behind an API token (401)
//   withAgency    their membership, re-read from the database (403 when they belong to no agency);
//                 a token acts in its own agency only
//   withClient    the client account *the person may see* (404 for anyone else's) + permission (403)
//                 + an OnCallClerk client built with the decrypted key, on demand
import { agencyForToken, agencyForUser, AGENCY_COOKIE, type AgencyContext } from "@/lib/auth/agency";
import { can, canSeeClient, type Action } from "@/lib/auth/permissions";
import { readCookie, userFromRequest, type SessionUser } from "@/lib/auth/session";
import { recordUpstreamFailure, recordUpstreamSuccess } from "@/lib/clients/key-health";
import { clientIdSchema } from "@/lib/clients/schemas";
import { findClientAccount, type ClientAccountView } from "@/lib/clients/service";
import { upstreamForClient } from "@/lib/clients/upstream";
import type { OnCallClerkClient } from "@/lib/oncallclerk";
import { authenticateToken, bearerOf, type TokenIdentity } from "@/lib/tokens/bearer";
import { ApiError, forbidden, notFound, unauthenticated } from "./errors";
import { newRequestId } from "./request-id";
import { errorResponse } from "./respond";
import { fromUpstreamError, isOnCallClerkError } from "./upstream-errors";

type NextRouteContext = { params: Promise<Record<string, string | string[]>> };
type Params = Record<string, string>;

export interface RouteArgs<P extends Params = Params> {
  request: Request;
  params: P;
  requestId: string;
}
export interface SessionArgs<P extends Params = Params> extends RouteArgs<P> {
  user: SessionUser;
  /** Set when the request was made with an API token rather than a signed-in browser. */
  token?: TokenIdentity["token"] | undefined;
}
export interface AgencyArgs<P extends Params = Params> extends SessionArgs<P>, AgencyContext {}
export interface ClientArgs<P extends Params = Params> extends AgencyArgs<P> {
  client: ClientAccountView;
  upstream: () => Promise<OnCallClerkClient>;
}

function toApiError(error: unknown, requestId: string, method: string): ApiError {
  if (error instanceof ApiError) return error;
  // Only a read can promise that nothing changed; writes that can be read back do so themselves.
  if (isOnCallClerkError(error)) return fromUpstreamError(error, method === "GET" || method === "HEAD" ? "unchanged" : "unknown");
  // Unexpected: log the detail server-side (the message only: stack traces can quote arguments),
  // answer with a generic message and the request id to quote.
  console.error(`[${requestId}] unhandled error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  return new ApiError(500, "internal_error", `Something went wrong on our side. Quote request id ${requestId} if it keeps happening.`);
}

export function apiRoute<P extends Params = Params>(handler: (args: RouteArgs<P>) => Promise<Response>) {
  return async (request: Request, context: NextRouteContext): Promise<Response> => {
    const requestId = newRequestId();
    try {
      const params = ((await context?.params) ?? {}) as P;
      const response = await handler({ request, params, requestId });
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      return errorResponse(toApiError(error, requestId, request.method), requestId);
    }
  };
}

export function withSession<P extends Params = Params>(handler: (args: SessionArgs<P>) => Promise<Response>) {
  return apiRoute<P>(async (args) => {
    // A request that names a token is judged by it alone, never by cookies it may also carry.
    const bearer = bearerOf(args.request);
    if (bearer !== undefined) {
      const identity = await authenticateToken(bearer);
      return handler({ ...args, user: identity.user, token: identity.token });
    }
    const user = await userFromRequest(args.request);
    if (!user) throw unauthenticated();
    return handler({ ...args, user });
  });
}

export function withAgency<P extends Params = Params>(handler: (args: AgencyArgs<P>) => Promise<Response>) {
  return withSession<P>(async (args) => {
    let context: AgencyContext | null;
    if (args.token) {
      context = await agencyForToken(args.user.id, args.token.agencyId, args.token.role);
      // The person left (or was removed from) the token's agency: the token died with that.
      if (!context) throw new ApiError(401, "unauthenticated", "This API token's owner is no longer a member of its agency");
    } else {
      const preferred = readCookie(args.request.headers.get("cookie"), AGENCY_COOKIE);
      context = await agencyForUser(args.user.id, preferred);
      if (!context) throw new ApiError(403, "forbidden", "You are not a member of any agency");
    }
    return handler({ ...args, ...context });
  });
}

/** 403 unless the person may do `action` (on `clientId`, when given: which they must be able to see). */
export function requirePermission(context: Pick<AgencyContext, "access">, action: Action, clientId?: string): void {
  if (!can(context.access, action, clientId)) throw forbidden();
}

/** For `/api/clients/[clientId]/…`: the client must belong to the caller's agency, else 404. */
export function withClient<P extends Params & { clientId: string }>(
  action: Action,
  handler: (args: ClientArgs<P>) => Promise<Response>,
) {
  return withAgency<P>(async (args) => {
    // An id that cannot be one of ours is simply not found (and never reaches the database).
    const clientId = clientIdSchema.safeParse(args.params.clientId);
    // A client they are not assigned to is as unknown to them as another agency's.
    const visible = clientId.success && canSeeClient(args.access, clientId.data);
    const client = visible ? await findClientAccount(args.agency.id, clientId.data) : null;
    if (!client) throw notFound("No such client");
    requirePermission(args, action, client.id);
    let used = false;
    const upstream = async () => {
      used = true;
      return upstreamForClient(args.agency.id, client.id);
    };
    try {
      const response = await handler({ ...args, client, upstream });
      if (used) await recordUpstreamSuccess(args.agency.id, client);
      return response;
    } catch (error) {
      // Only a failure of the stored key's own calls says something about that key (a PATCH that
      // checks a *new* key against an outage must not mark the stored one unreachable).
      if (used) await recordUpstreamFailure(args.agency.id, client, error);
      throw error;
    }
  });
}
