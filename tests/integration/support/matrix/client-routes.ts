// The access matrix rows for routes about one client (and a cached call, which is one client's).
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
import * as cachedTranscriptRoute from "@/app/api/transcripts/[transcriptId]/route";
import * as exportRoute from "@/app/api/transcripts/export/route";
import * as searchRoute from "@/app/api/transcripts/route";
import { db } from "@/lib/db/client";
import { freshKey } from "../simulator";
import { availableNumber, spareAgent, spareClient, TEMPLATE_CONFIG } from "./world";
import { agentPath, clientPath, EVERYONE, HOURS, MANAGERS, route, unique, waitForSyncIdle, WORKERS, type MatrixRoute } from "./route-table";

export const CLIENT_ROUTES: readonly MatrixRoute[] = [
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
];
