// The access matrix's table: every route handler and method, who may use it on a client they see,
// and a request that works when they may. Written out by hand from the roles the issue describes
// (not derived from lib/auth/permissions.ts, which it checks). A route added without a row here
// fails the matrix's completeness test.
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
import * as emailFunctionRoute from "@/app/api/clients/[clientId]/agents/[agentId]/functions/email/route";
import * as agentPhoneRoute from "@/app/api/clients/[clientId]/agents/[agentId]/phone/route";
import * as agentRoute from "@/app/api/clients/[clientId]/agents/[agentId]/route";
import * as versionRestoreRoute from "@/app/api/clients/[clientId]/agents/[agentId]/versions/[version]/restore/route";
import * as versionRoute from "@/app/api/clients/[clientId]/agents/[agentId]/versions/[version]/route";
import * as versionDiffRoute from "@/app/api/clients/[clientId]/agents/[agentId]/versions/diff/route";
import * as versionsRoute from "@/app/api/clients/[clientId]/agents/[agentId]/versions/route";
import * as upstreamTranscriptRoute from "@/app/api/clients/[clientId]/agents/[agentId]/transcripts/[transcriptId]/route";
import * as upstreamTranscriptsRoute from "@/app/api/clients/[clientId]/agents/[agentId]/transcripts/route";
import * as agentsRoute from "@/app/api/clients/[clientId]/agents/route";
import * as availableNumbersRoute from "@/app/api/clients/[clientId]/phone-numbers/available/route";
import * as bundleRoute from "@/app/api/clients/[clientId]/phone-numbers/regulatory-bundle/route";
import * as bundlesRoute from "@/app/api/clients/[clientId]/phone-numbers/regulatory-bundles/[isoCountry]/route";
import * as clientRoute from "@/app/api/clients/[clientId]/route";
import * as subscriptionRoute from "@/app/api/clients/[clientId]/subscription/route";
import * as syncRoute from "@/app/api/clients/[clientId]/sync/route";
import * as usageRoute from "@/app/api/clients/[clientId]/usage/route";
import * as userRoute from "@/app/api/clients/[clientId]/user/route";
import * as voicesRoute from "@/app/api/clients/[clientId]/voices/route";
import * as clientsRoute from "@/app/api/clients/route";
import * as templateRoute from "@/app/api/templates/[templateId]/route";
import * as templatesRoute from "@/app/api/templates/route";
import * as cachedTranscriptRoute from "@/app/api/transcripts/[transcriptId]/route";
import * as exportRoute from "@/app/api/transcripts/export/route";
import * as searchRoute from "@/app/api/transcripts/route";
import { db } from "@/lib/db/client";
import { freshKey } from "../simulator";
import { agencyOfTarget, availableNumber, spareAgent, spareClient, spareInvitation, spareMembership, spareToken, TEMPLATE_CONFIG, type Subject, type Target, type TargetClient, type World } from "./world";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface MatrixRequest {
  path: string;
  params?: Record<string, string>;
  json?: unknown;
}

export interface CaseRun {
  subject: Subject;
  target: Target;
  /** The case is expected to be allowed (so a destructive request gets something of its own to act on). */
  allowed: boolean;
  index: number;
}

export interface MatrixRoute {
  name: string;
  /** The route file, from the repository root. */
  file: string;
  method: Method;
  handler: Handler;
  /**
   * client: the request is about one client; one the person cannot see is 404 before anything else.
   * agency: the permission is checked first (403); another agency's ids are then 404.
   */
  scope: "client" | "agency";
  allowed: readonly Subject[];
  status: number;
  targets: readonly Target[];
  request(world: World, client: TargetClient, run: CaseRun): Promise<MatrixRequest>;
  /** After an allowed case: wait for what it started (a sync) so the next case starts clean. */
  settle?(world: World, client: TargetClient): Promise<void>;
  /** How a hidden client is answered when not 404 (bulk: 200, every target "not found"). */
  hidden?: { status: number; check(body: { data: { items: { status: string; error?: { code: string } }[] } }): boolean };
}

const EVERYONE: readonly Subject[] = ["owner", "admin", "member", "viewer", "client_user"];
const STAFF: readonly Subject[] = ["owner", "admin", "member", "viewer"];
const WORKERS: readonly Subject[] = ["owner", "admin", "member"];
const MANAGERS: readonly Subject[] = ["owner", "admin"];
const ALL_TARGETS: readonly Target[] = ["own", "unassigned", "foreign"];

const clientPath = (client: TargetClient, rest = "") => ({ path: `/api/clients/${client.id}${rest}`, params: { clientId: client.id } });
const agentPath = (client: TargetClient, agentId: string, rest = "") => ({
  path: `/api/clients/${client.id}/agents/${agentId}${rest}`,
  params: { clientId: client.id, agentId },
});
const unique = (run: CaseRun) => `${run.subject}-${run.target}-${run.index}`;

const HOURS = {
  enabled: true,
  timezone: "America/New_York",
  schedule: Object.fromEntries(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map((day) => [day, { open: "08:00", close: "18:00", enabled: day !== "sunday" }])),
};

async function waitForSyncIdle(world: World, client: TargetClient): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const state = await db().transcriptSyncState.findUnique({ where: { clientId: client.id }, select: { runId: true } });
    if (!state?.runId) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`matrix: the sync of ${client.name} did not finish`);
}

// A template keeps what a new agent starts from, never its names.
const { business_name: _business, agent_name: _agent, ...templateConfig } = TEMPLATE_CONFIG;

const bulkHidden = {
  status: 200,
  check: (body: { data: { items: { status: string; error?: { code: string } }[] } }) => body.data.items.every((item) => item.status === "failed" && item.error?.code === "not_found"),
};

const route = (row: Omit<MatrixRoute, "targets" | "status"> & { targets?: readonly Target[]; status?: number }): MatrixRoute => ({
  targets: row.scope === "client" ? ALL_TARGETS : ["own"],
  status: 200,
  ...row,
});

export const MATRIX_ROUTES: readonly MatrixRoute[] = [
  // Clients
  route({ name: "GET /api/clients", file: "app/api/clients/route.ts", method: "GET", handler: clientsRoute.GET, scope: "agency", allowed: EVERYONE,
    request: async () => ({ path: "/api/clients" }) }),
  route({ name: "POST /api/clients", file: "app/api/clients/route.ts", method: "POST", handler: clientsRoute.POST, scope: "agency", allowed: MANAGERS, status: 201,
    request: async (_w, _c, run) => ({ path: "/api/clients", json: { name: `Matrix new ${unique(run)}`, apiKey: freshKey("starter", "new") } }) }),
  route({ name: "GET /api/clients/:c", file: "app/api/clients/[clientId]/route.ts", method: "GET", handler: clientRoute.GET, scope: "client", allowed: EVERYONE,
    request: async (_w, client) => clientPath(client) }),
  route({ name: "PATCH /api/clients/:c", file: "app/api/clients/[clientId]/route.ts", method: "PATCH", handler: clientRoute.PATCH, scope: "client", allowed: MANAGERS,
    request: async (_w, client, run) => ({ ...clientPath(client), json: { name: `${client.name.split(" (")[0]} (${unique(run)})` } }) }),
  route({ name: "DELETE /api/clients/:c", file: "app/api/clients/[clientId]/route.ts", method: "DELETE", handler: clientRoute.DELETE, scope: "client", allowed: MANAGERS,
    request: async (world, client, run) => clientPath(run.allowed ? await spareClient(world, run.target, "delete") : client) }),
  // Agents
  route({ name: "GET /api/clients/:c/agents", file: "app/api/clients/[clientId]/agents/route.ts", method: "GET", handler: agentsRoute.GET, scope: "client", allowed: EVERYONE,
    request: async (_w, client) => clientPath(client, "/agents") }),
  route({ name: "POST /api/clients/:c/agents", file: "app/api/clients/[clientId]/agents/route.ts", method: "POST", handler: agentsRoute.POST, scope: "client", allowed: WORKERS, status: 201,
    request: async (_w, client, run) => ({ ...clientPath(client, "/agents"), json: { ...TEMPLATE_CONFIG, agent_name: `New ${unique(run)}` } }) }),
  route({ name: "GET /api/clients/:c/agents/:a", file: "app/api/clients/[clientId]/agents/[agentId]/route.ts", method: "GET", handler: agentRoute.GET, scope: "client", allowed: EVERYONE,
    request: async (_w, client) => agentPath(client, client.agentId) }),
  route({ name: "PUT /api/clients/:c/agents/:a (greeting)", file: "app/api/clients/[clientId]/agents/[agentId]/route.ts", method: "PUT", handler: agentRoute.PUT, scope: "client", allowed: WORKERS,
    request: async (_w, client, run) => ({ ...agentPath(client, client.agentId), json: { greeting: `Hello ${unique(run)}` } }) }),
  route({ name: "PUT /api/clients/:c/agents/:a (hours only)", file: "app/api/clients/[clientId]/agents/[agentId]/route.ts", method: "PUT", handler: agentRoute.PUT, scope: "client",
    allowed: ["owner", "admin", "member", "client_user"],
    request: async (_w, client) => ({ ...agentPath(client, client.agentId), json: { business_hours: HOURS } }) }),
  route({ name: "DELETE /api/clients/:c/agents/:a", file: "app/api/clients/[clientId]/agents/[agentId]/route.ts", method: "DELETE", handler: agentRoute.DELETE, scope: "client", allowed: MANAGERS,
    request: async (world, client, run) => agentPath(client, run.allowed ? await spareAgent(world, client) : client.agentId) }),
  route({ name: "POST /api/clients/:c/agents/:a/phone", file: "app/api/clients/[clientId]/agents/[agentId]/phone/route.ts", method: "POST", handler: agentPhoneRoute.POST, scope: "client", allowed: WORKERS,
    request: async (world, client, run) => ({
      ...agentPath(client, run.allowed ? await spareAgent(world, client) : client.agentId, "/phone"),
      json: { requestedNumber: await availableNumber(world, client, run.index) },
    }) }),
  route({ name: "PUT /api/clients/:c/agents/:a/functions/email", file: "app/api/clients/[clientId]/agents/[agentId]/functions/email/route.ts", method: "PUT", handler: emailFunctionRoute.PUT,
    scope: "client", allowed: WORKERS,
    request: async (_w, client) => ({ ...agentPath(client, client.agentId, "/functions/email"), json: { enabled: true, params: { permitted_recipients: ["@owndental.example"] } } }) }),
  route({ name: "GET /api/clients/:c/agents/:a/transcripts", file: "app/api/clients/[clientId]/agents/[agentId]/transcripts/route.ts", method: "GET", handler: upstreamTranscriptsRoute.GET,
    scope: "client", allowed: EVERYONE,
    request: async (_w, client) => agentPath(client, client.agentId, "/transcripts?limit=2") }),
  route({ name: "GET /api/clients/:c/agents/:a/transcripts/:t", file: "app/api/clients/[clientId]/agents/[agentId]/transcripts/[transcriptId]/route.ts", method: "GET",
    handler: upstreamTranscriptRoute.GET, scope: "client", allowed: EVERYONE,
    request: async (_w, client) => {
      const row = await db().transcript.findUniqueOrThrow({ where: { id: client.transcriptId }, select: { upstreamId: true, agentId: true } });
      const base = agentPath(client, row.agentId, `/transcripts/${row.upstreamId}`);
      return { ...base, params: { ...base.params, transcriptId: row.upstreamId } };
    } }),
  // Agent history
  route({ name: "GET /api/clients/:c/agents/:a/versions", file: "app/api/clients/[clientId]/agents/[agentId]/versions/route.ts", method: "GET", handler: versionsRoute.GET,
    scope: "client", allowed: EVERYONE,
    request: async (_w, client) => agentPath(client, client.agentId, "/versions") }),
  route({ name: "GET /api/clients/:c/agents/:a/versions/:v", file: "app/api/clients/[clientId]/agents/[agentId]/versions/[version]/route.ts", method: "GET", handler: versionRoute.GET,
    scope: "client", allowed: EVERYONE,
    request: async (_w, client) => {
      const base = agentPath(client, client.agentId, "/versions/1");
      return { ...base, params: { ...base.params, version: "1" } };
    } }),
  route({ name: "GET /api/clients/:c/agents/:a/versions/diff", file: "app/api/clients/[clientId]/agents/[agentId]/versions/diff/route.ts", method: "GET", handler: versionDiffRoute.GET,
    scope: "client", allowed: EVERYONE,
    request: async (_w, client) => agentPath(client, client.agentId, "/versions/diff?from=1&to=2") }),
  route({ name: "POST /api/clients/:c/agents/:a/versions/:v/restore", file: "app/api/clients/[clientId]/agents/[agentId]/versions/[version]/restore/route.ts", method: "POST",
    handler: versionRestoreRoute.POST, scope: "client", allowed: WORKERS,
    request: async (_w, client) => {
      const base = agentPath(client, client.agentId, "/versions/2/restore");
      return { ...base, params: { ...base.params, version: "2" } };
    } }),
  // Numbers and bundles
  route({ name: "GET /api/clients/:c/phone-numbers/available", file: "app/api/clients/[clientId]/phone-numbers/available/route.ts", method: "GET", handler: availableNumbersRoute.GET,
    scope: "client", allowed: EVERYONE,
    request: async (_w, client) => clientPath(client, "/phone-numbers/available?country=US&pageSize=2") }),
  route({ name: "GET /api/clients/:c/phone-numbers/regulatory-bundles/:iso", file: "app/api/clients/[clientId]/phone-numbers/regulatory-bundles/[isoCountry]/route.ts", method: "GET",
    handler: bundlesRoute.GET, scope: "client", allowed: EVERYONE,
    request: async (_w, client) => {
      const base = clientPath(client, "/phone-numbers/regulatory-bundles/GB");
      return { ...base, params: { ...base.params, isoCountry: "GB" } };
    } }),
  route({ name: "POST /api/clients/:c/phone-numbers/regulatory-bundle", file: "app/api/clients/[clientId]/phone-numbers/regulatory-bundle/route.ts", method: "POST", handler: bundleRoute.POST,
    scope: "client", allowed: WORKERS, status: 201,
    request: async (_w, client) => ({ ...clientPath(client, "/phone-numbers/regulatory-bundle"), json: { isoCountryCode: "GB", complianceData: { businessName: "Own Dental Ltd" } } }) }),
  // The client's OnCallClerk account
  route({ name: "GET /api/clients/:c/user", file: "app/api/clients/[clientId]/user/route.ts", method: "GET", handler: userRoute.GET, scope: "client", allowed: EVERYONE,
    request: async (_w, client) => clientPath(client, "/user") }),
  route({ name: "PUT /api/clients/:c/user", file: "app/api/clients/[clientId]/user/route.ts", method: "PUT", handler: userRoute.PUT, scope: "client", allowed: MANAGERS,
    request: async (_w, client, run) => ({ ...clientPath(client, "/user"), json: { company: `Company ${unique(run)}` } }) }),
  route({ name: "DELETE /api/clients/:c/user", file: "app/api/clients/[clientId]/user/route.ts", method: "DELETE", handler: userRoute.DELETE, scope: "client", allowed: MANAGERS,
    request: async (world, client, run) => {
      const doomed = run.allowed ? await spareClient(world, run.target, "account") : client;
      return { ...clientPath(doomed, "/user"), json: { confirm: doomed.name } };
    } }),
  route({ name: "GET /api/clients/:c/subscription", file: "app/api/clients/[clientId]/subscription/route.ts", method: "GET", handler: subscriptionRoute.GET, scope: "client", allowed: EVERYONE,
    request: async (_w, client) => clientPath(client, "/subscription") }),
  route({ name: "GET /api/clients/:c/usage", file: "app/api/clients/[clientId]/usage/route.ts", method: "GET", handler: usageRoute.GET, scope: "client", allowed: EVERYONE,
    request: async (_w, client) => clientPath(client, "/usage") }),
  route({ name: "GET /api/clients/:c/voices", file: "app/api/clients/[clientId]/voices/route.ts", method: "GET", handler: voicesRoute.GET, scope: "client", allowed: EVERYONE,
    request: async (_w, client) => clientPath(client, "/voices") }),
  // Transcripts (the local cache)
  route({ name: "GET /api/clients/:c/sync", file: "app/api/clients/[clientId]/sync/route.ts", method: "GET", handler: syncRoute.GET, scope: "client", allowed: EVERYONE,
    request: async (_w, client) => clientPath(client, "/sync") }),
  route({ name: "POST /api/clients/:c/sync", file: "app/api/clients/[clientId]/sync/route.ts", method: "POST", handler: syncRoute.POST, scope: "client", allowed: WORKERS, status: 202,
    request: async (_w, client) => clientPath(client, "/sync"), settle: waitForSyncIdle }),
  route({ name: "GET /api/transcripts", file: "app/api/transcripts/route.ts", method: "GET", handler: searchRoute.GET, scope: "agency", allowed: EVERYONE,
    request: async () => ({ path: "/api/transcripts?q=" }) }),
  route({ name: "GET /api/transcripts/export", file: "app/api/transcripts/export/route.ts", method: "GET", handler: exportRoute.GET, scope: "agency", allowed: EVERYONE,
    request: async () => ({ path: "/api/transcripts/export?format=csv" }) }),
  // A cached call carries no client in its path, but it is one client's: hidden clients' calls are 404.
  route({ name: "GET /api/transcripts/:t", file: "app/api/transcripts/[transcriptId]/route.ts", method: "GET", handler: cachedTranscriptRoute.GET, scope: "client", allowed: EVERYONE,
    request: async (_w, client) => ({ path: `/api/transcripts/${client.transcriptId}`, params: { transcriptId: client.transcriptId } }) }),
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

/** Routes (or "METHOD route") the matrix does not cover, and why: no role decides them. */
export const OUTSIDE_THE_MATRIX: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own sign-in and session endpoints (tests/integration/next-auth-callbacks.test.ts)",
  "app/api/auth/signup/route.ts": "public sign-up, also through an invitation (tests/integration/auth-api.test.ts, invitations.test.ts)",
  "app/api/health/route.ts": "public health check",
  "app/api/[...path]/route.ts": "the JSON 404 for unknown /api paths",
  // One method of a route: decided by the invitation (whose email it is for), not by a role.
  "POST app/api/members/route.ts": "accepting an invitation (tests/integration/invitations.test.ts: reuse, expiry, wrong email, revoked)",
};
