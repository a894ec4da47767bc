// The portal's API, one function per route, each going through the real route handler.
import * as signupRoute from "@/app/api/auth/signup/route";
import * as agentRoute from "@/app/api/clients/[clientId]/agents/[agentId]/route";
import * as agentsRoute from "@/app/api/clients/[clientId]/agents/route";
import * as clientRoute from "@/app/api/clients/[clientId]/route";
import * as clientsRoute from "@/app/api/clients/route";
import * as healthRoute from "@/app/api/health/route";
import { callRoute, type CallOptions, type RouteResult } from "./http";

type Extra = Omit<CallOptions, "path" | "method" | "params" | "cookie">;

export const api = {
  health: () => callRoute(healthRoute.GET, { path: "/api/health" }),
  signup: (extra: Extra) => callRoute(signupRoute.POST, { method: "POST", path: "/api/auth/signup", ...extra }),

  listClients: (cookie: string | undefined, query = "") => callRoute(clientsRoute.GET, { path: `/api/clients${query}`, cookie }),
  createClient: (cookie: string | undefined, json: unknown, extra: Extra = {}) =>
    callRoute(clientsRoute.POST, { method: "POST", path: "/api/clients", cookie, json, ...extra }),

  getClient: (cookie: string | undefined, clientId: string) =>
    callRoute(clientRoute.GET, { path: `/api/clients/${clientId}`, params: { clientId }, cookie }),
  updateClient: (cookie: string | undefined, clientId: string, json: unknown, extra: Extra = {}) =>
    callRoute(clientRoute.PATCH, { method: "PATCH", path: `/api/clients/${clientId}`, params: { clientId }, cookie, json, ...extra }),
  deleteClient: (cookie: string | undefined, clientId: string) =>
    callRoute(clientRoute.DELETE, { method: "DELETE", path: `/api/clients/${clientId}`, params: { clientId }, cookie }),

  listAgents: (cookie: string | undefined, clientId: string) =>
    callRoute(agentsRoute.GET, { path: `/api/clients/${clientId}/agents`, params: { clientId }, cookie }),
  getAgent: (cookie: string | undefined, clientId: string, agentId: string) =>
    callRoute(agentRoute.GET, {
      path: `/api/clients/${clientId}/agents/${encodeURIComponent(agentId)}`,
      params: { clientId, agentId },
      cookie,
    }),
};

/** Every /api/clients* route and method, for checks that must hold on all of them (401, 404…). */
export function everyClientRoute(clientId: string, agentId: string): { name: string; call: (cookie: string | undefined) => Promise<RouteResult> }[] {
  return [
    { name: "GET /api/clients", call: (cookie) => api.listClients(cookie) },
    { name: "GET /api/clients?include=usage", call: (cookie) => api.listClients(cookie, "?include=usage") },
    { name: "POST /api/clients", call: (cookie) => api.createClient(cookie, { name: "Sneaky", apiKey: "sim_starter_sneaky12" }) },
    { name: "GET /api/clients/:id", call: (cookie) => api.getClient(cookie, clientId) },
    { name: "PATCH /api/clients/:id", call: (cookie) => api.updateClient(cookie, clientId, { name: "Renamed by someone else" }) },
    { name: "DELETE /api/clients/:id", call: (cookie) => api.deleteClient(cookie, clientId) },
    { name: "GET /api/clients/:id/agents", call: (cookie) => api.listAgents(cookie, clientId) },
    { name: "GET /api/clients/:id/agents/:agentId", call: (cookie) => api.getAgent(cookie, clientId, agentId) },
  ];
}
