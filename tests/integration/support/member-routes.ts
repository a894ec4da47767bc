// The members, invitations and agency-switch routes, each through the real route handler.
import * as switchRoute from "@/app/api/agency/switch/route";
import * as resendRoute from "@/app/api/invitations/[invitationId]/resend/route";
import * as invitationRoute from "@/app/api/invitations/[invitationId]/route";
import * as invitationsRoute from "@/app/api/invitations/route";
import * as memberRoute from "@/app/api/members/[memberId]/route";
import * as membersRoute from "@/app/api/members/route";
import { callRoute } from "./http";

type Cookie = string | undefined;

export const memberApi = {
  listMembers: (cookie: Cookie, headers?: Record<string, string>) => callRoute(membersRoute.GET, { path: "/api/members", cookie, ...(headers ? { headers } : {}) }),
  accept: (cookie: Cookie, token: string) => callRoute(membersRoute.POST, { method: "POST", path: "/api/members", cookie, json: { token } }),
  updateMember: (cookie: Cookie, memberId: string, json: unknown) =>
    callRoute(memberRoute.PATCH, { method: "PATCH", path: `/api/members/${memberId}`, params: { memberId }, cookie, json }),
  removeMember: (cookie: Cookie, memberId: string) => callRoute(memberRoute.DELETE, { method: "DELETE", path: `/api/members/${memberId}`, params: { memberId }, cookie }),

  listInvitations: (cookie: Cookie) => callRoute(invitationsRoute.GET, { path: "/api/invitations", cookie }),
  invite: (cookie: Cookie, json: unknown) => callRoute(invitationsRoute.POST, { method: "POST", path: "/api/invitations", cookie, json }),
  revoke: (cookie: Cookie, invitationId: string) =>
    callRoute(invitationRoute.DELETE, { method: "DELETE", path: `/api/invitations/${invitationId}`, params: { invitationId }, cookie }),
  resend: (cookie: Cookie, invitationId: string) =>
    callRoute(resendRoute.POST, { method: "POST", path: `/api/invitations/${invitationId}/resend`, params: { invitationId }, cookie }),

  switchAgency: (cookie: Cookie, agencyId: string) => callRoute(switchRoute.POST, { method: "POST", path: "/api/agency/switch", cookie, json: { agencyId } }),
};

/** The agency cookie a response set ("portal-agency=<id>"), or undefined. */
export function agencyCookieOf(headers: Headers): string | undefined {
  const setCookie = headers.getSetCookie().find((value) => value.startsWith("portal-agency="));
  return setCookie?.split(";")[0];
}
