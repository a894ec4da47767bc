// The access matrix rows for agency-wide routes: templates, the audit log, the agency's settings,
// people, invitations and API tokens, and bulk changes.
import * as agencySwitchRoute from "@/app/api/agency/switch/route";
import * as agencyRoute from "@/app/api/agency/route";
import * as invitationResendRoute from "@/app/api/invitations/[invitationId]/resend/route";
import * as invitationRoute from "@/app/api/invitations/[invitationId]/route";
import * as invitationsRoute from "@/app/api/invitations/route";
import * as memberRoute from "@/app/api/members/[memberId]/route";
import * as membersRoute from "@/app/api/members/route";
import * as tokenRoute from "@/app/api/tokens/[tokenId]/route";
import * as tokensRoute from "@/app/api/tokens/route";
import * as auditExportRoute from "@/app/api/audit/export/route";
import * as auditRoute from "@/app/api/audit/route";
import * as bulkApplyRoute from "@/app/api/bulk/agents/apply/route";
import * as bulkPreviewRoute from "@/app/api/bulk/agents/preview/route";
import * as templateRoute from "@/app/api/templates/[templateId]/route";
import * as templatesRoute from "@/app/api/templates/route";
import { db } from "@/lib/db/client";
import { agencyOfTarget, spareInvitation, spareMembership, spareToken, TEMPLATE_CONFIG } from "./world";
import { ALL_TARGETS, bulkHidden, EVERYONE, MANAGERS, route, STAFF, templateConfig, unique, WORKERS, type MatrixRoute } from "./route-table";

export const AGENCY_ROUTES: readonly MatrixRoute[] = [
  // Templates (agency-wide; another agency's template is 404)
  route({ name: "GET /api/templates", file: "app/api/templates/route.ts", method: "GET", handler: templatesRoute.GET, scope: "agency", allowed: STAFF,
    request: async () => ({ path: "/api/templates" }) }),
  route({ name: "POST /api/templates", file: "app/api/templates/route.ts", method: "POST", handler: templatesRoute.POST, scope: "agency", allowed: WORKERS, status: 201,
    request: async (_w, _c, run) => ({ path: "/api/templates", json: { name: `Template ${unique(run)}`, config: templateConfig } }) }),
  // Saving an agent as a template reads that agent: its client must be one the person sees.
  route({ name: "POST /api/templates (from an agent)", file: "app/api/templates/route.ts", method: "POST", handler: templatesRoute.POST, scope: "agency", allowed: WORKERS, status: 201,
    targets: ALL_TARGETS,
    request: async (_w, client, run) => ({ path: "/api/templates", json: { name: `From agent ${unique(run)}`, clientId: client.id, agentId: client.agentId } }) }),
  route({ name: "GET /api/templates/:t", file: "app/api/templates/[templateId]/route.ts", method: "GET", handler: templateRoute.GET, scope: "agency", allowed: STAFF, targets: ["own", "foreign"],
    request: async (_w, client) => ({ path: `/api/templates/${client.templateId}`, params: { templateId: client.templateId } }) }),
  route({ name: "PATCH /api/templates/:t", file: "app/api/templates/[templateId]/route.ts", method: "PATCH", handler: templateRoute.PATCH, scope: "agency", allowed: WORKERS, targets: ["own", "foreign"],
    request: async (_w, client, run) => ({ path: `/api/templates/${client.templateId}`, params: { templateId: client.templateId }, json: { description: `Edited ${unique(run)}` } }) }),
  route({ name: "DELETE /api/templates/:t", file: "app/api/templates/[templateId]/route.ts", method: "DELETE", handler: templateRoute.DELETE, scope: "agency", allowed: WORKERS,
    targets: ["own", "foreign"],
    request: async (_w, client, run) => {
      const id = run.allowed
        ? (await db().agentTemplate.create({ data: { agencyId: client.agencyId, name: `Doomed ${unique(run)}`, config: TEMPLATE_CONFIG }, select: { id: true } })).id
        : client.templateId;
      return { path: `/api/templates/${id}`, params: { templateId: id } };
    } }),
  // The audit log: read-only, agency-wide for owners and admins, a member's own clients
  route({ name: "GET /api/audit?clientId=", file: "app/api/audit/route.ts", method: "GET", handler: auditRoute.GET, scope: "agency", allowed: WORKERS, targets: ALL_TARGETS,
    request: async (_w, client) => ({ path: `/api/audit?clientId=${client.id}` }) }),
  route({ name: "GET /api/audit/export?clientId=", file: "app/api/audit/export/route.ts", method: "GET", handler: auditExportRoute.GET, scope: "agency", allowed: WORKERS, targets: ALL_TARGETS,
    request: async (_w, client) => ({ path: `/api/audit/export?clientId=${client.id}` }) }),
  // The agency: its settings, people, invitations and API tokens ("foreign" is the other agency's row)
  route({ name: "GET /api/agency", file: "app/api/agency/route.ts", method: "GET", handler: agencyRoute.GET, scope: "agency", allowed: EVERYONE,
    request: async () => ({ path: "/api/agency" }) }),
  route({ name: "PATCH /api/agency", file: "app/api/agency/route.ts", method: "PATCH", handler: agencyRoute.PATCH, scope: "agency", allowed: MANAGERS,
    request: async () => ({ path: "/api/agency", json: { maskCallersFor: [] } }) }),
  route({ name: "POST /api/agency/switch", file: "app/api/agency/switch/route.ts", method: "POST", handler: agencySwitchRoute.POST, scope: "agency", allowed: EVERYONE, targets: ["own", "foreign"],
    request: async (world, _c, run) => ({ path: "/api/agency/switch", json: { agencyId: agencyOfTarget(world, run.target) } }) }),
  route({ name: "GET /api/members", file: "app/api/members/route.ts", method: "GET", handler: membersRoute.GET, scope: "agency", allowed: MANAGERS,
    request: async () => ({ path: "/api/members" }) }),
  route({ name: "PATCH /api/members/:m", file: "app/api/members/[memberId]/route.ts", method: "PATCH", handler: memberRoute.PATCH, scope: "agency", allowed: MANAGERS, targets: ["own", "foreign"],
    request: async (world, _c, run) => {
      const id = await spareMembership(world, run.target);
      return { path: `/api/members/${id}`, params: { memberId: id }, json: { role: "member", allClients: true } };
    } }),
  // Anyone may leave an agency, so the membership is looked up first: another agency's is 404 to all.
  route({ name: "DELETE /api/members/:m", file: "app/api/members/[memberId]/route.ts", method: "DELETE", handler: memberRoute.DELETE, scope: "client", allowed: MANAGERS, targets: ["own", "foreign"],
    request: async (world, _c, run) => {
      const id = await spareMembership(world, run.target);
      return { path: `/api/members/${id}`, params: { memberId: id } };
    } }),
  route({ name: "GET /api/invitations", file: "app/api/invitations/route.ts", method: "GET", handler: invitationsRoute.GET, scope: "agency", allowed: MANAGERS,
    request: async () => ({ path: "/api/invitations" }) }),
  route({ name: "POST /api/invitations", file: "app/api/invitations/route.ts", method: "POST", handler: invitationsRoute.POST, scope: "agency", allowed: MANAGERS, status: 201,
    request: async (_w, _c, run) => ({ path: "/api/invitations", json: { email: `new-${unique(run)}@matrix.test`, role: "viewer", allClients: true } }) }),
  route({ name: "DELETE /api/invitations/:i", file: "app/api/invitations/[invitationId]/route.ts", method: "DELETE", handler: invitationRoute.DELETE, scope: "agency", allowed: MANAGERS,
    targets: ["own", "foreign"],
    request: async (world, _c, run) => {
      const id = await spareInvitation(world, run.target);
      return { path: `/api/invitations/${id}`, params: { invitationId: id } };
    } }),
  route({ name: "POST /api/invitations/:i/resend", file: "app/api/invitations/[invitationId]/resend/route.ts", method: "POST", handler: invitationResendRoute.POST, scope: "agency",
    allowed: MANAGERS, targets: ["own", "foreign"],
    request: async (world, _c, run) => {
      const id = await spareInvitation(world, run.target);
      return { path: `/api/invitations/${id}/resend`, params: { invitationId: id } };
    } }),
  route({ name: "GET /api/tokens", file: "app/api/tokens/route.ts", method: "GET", handler: tokensRoute.GET, scope: "agency", allowed: EVERYONE,
    request: async () => ({ path: "/api/tokens" }) }),
  route({ name: "POST /api/tokens", file: "app/api/tokens/route.ts", method: "POST", handler: tokensRoute.POST, scope: "agency", allowed: EVERYONE, status: 201,
    request: async (_w, _c, run) => ({ path: "/api/tokens", json: { name: `Automation ${unique(run)}`, role: run.subject === "client_user" ? "client_user" : "viewer" } }) }),
  route({ name: "DELETE /api/tokens/:t (their own)", file: "app/api/tokens/[tokenId]/route.ts", method: "DELETE", handler: tokenRoute.DELETE, scope: "agency", allowed: EVERYONE,
    targets: ["own", "foreign"],
    request: async (world, _c, run) => {
      const id = await spareToken(world, run.subject, run.target);
      return { path: `/api/tokens/${id}`, params: { tokenId: id } };
    } }),
  // Bulk changes: a hidden client's agents are each "not found" in a 200 answer
  route({ name: "POST /api/bulk/agents/preview", file: "app/api/bulk/agents/preview/route.ts", method: "POST", handler: bulkPreviewRoute.POST, scope: "agency", allowed: WORKERS,
    targets: ALL_TARGETS, hidden: bulkHidden,
    request: async (_w, client) => ({ path: "/api/bulk/agents/preview", json: { targets: [{ clientId: client.id, agentId: client.agentId }], change: { field: "greeting", greeting: "Bulk hello" } } }) }),
  route({ name: "POST /api/bulk/agents/apply", file: "app/api/bulk/agents/apply/route.ts", method: "POST", handler: bulkApplyRoute.POST, scope: "agency", allowed: WORKERS,
    targets: ALL_TARGETS, hidden: bulkHidden,
    request: async (_w, client, run) => ({ path: "/api/bulk/agents/apply", json: { targets: [{ clientId: client.id, agentId: client.agentId }], change: { field: "greeting", greeting: `Bulk ${unique(run)}` } } }) }),
];
