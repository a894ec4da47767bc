// The portal's API, one function per route, each going through the real route handler.
import * as signupRoute from "@/app/api/auth/signup/route";
import * as emailFunctionRoute from "@/app/api/clients/[clientId]/agents/[agentId]/functions/email/route";
import * as agentPhoneRoute from "@/app/api/clients/[clientId]/agents/[agentId]/phone/route";
import * as agentRoute from "@/app/api/clients/[clientId]/agents/[agentId]/route";
import * as versionRoute from "@/app/api/clients/[clientId]/agents/[agentId]/versions/[version]/route";
import * as restoreRoute from "@/app/api/clients/[clientId]/agents/[agentId]/versions/[version]/restore/route";
import * as versionDiffRoute from "@/app/api/clients/[clientId]/agents/[agentId]/versions/diff/route";
import * as versionsRoute from "@/app/api/clients/[clientId]/agents/[agentId]/versions/route";
import * as transcriptRoute from "@/app/api/clients/[clientId]/agents/[agentId]/transcripts/[transcriptId]/route";
import * as transcriptsRoute from "@/app/api/clients/[clientId]/agents/[agentId]/transcripts/route";
import * as agentsRoute from "@/app/api/clients/[clientId]/agents/route";
import * as availableNumbersRoute from "@/app/api/clients/[clientId]/phone-numbers/available/route";
import * as bundleRoute from "@/app/api/clients/[clientId]/phone-numbers/regulatory-bundle/route";
import * as bundlesRoute from "@/app/api/clients/[clientId]/phone-numbers/regulatory-bundles/[isoCountry]/route";
import * as subscriptionRoute from "@/app/api/clients/[clientId]/subscription/route";
import * as usageRoute from "@/app/api/clients/[clientId]/usage/route";
import * as userRoute from "@/app/api/clients/[clientId]/user/route";
import * as voicesRoute from "@/app/api/clients/[clientId]/voices/route";
import * as clientRoute from "@/app/api/clients/[clientId]/route";
import * as clientsRoute from "@/app/api/clients/route";
import * as healthRoute from "@/app/api/health/route";
import { callRoute, responseLog, type CallOptions, type RouteResult } from "./http";

type Extra = Omit<CallOptions, "path" | "method" | "params" | "cookie">;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const agentPath = (clientId: string, agentId: string) => `/api/clients/${clientId}/agents/${encodeURIComponent(agentId)}`;

/**
 * Like callRoute, for bodies callRoute cannot carry: FormData (multipart with real file bytes) or a
 * stream (no Content-Length, to prove a size cap counts the bytes that arrive).
 */
export async function callRouteWithBody(
  handler: Handler,
  options: { method: string; path: string; params: Record<string, string>; cookie?: string; body: FormData | ReadableStream<Uint8Array> | Uint8Array; headers?: Record<string, string> },
): Promise<RouteResult> {
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("cookie", options.cookie);
  const request = new Request(new URL(options.path, "http://localhost:3000"), {
    method: options.method,
    headers,
    body: options.body as BodyInit,
    ...(options.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const response = await handler(request, { params: Promise.resolve(options.params) });
  const text = await response.text();
  responseLog.push(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

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

  createAgent: (cookie: string | undefined, clientId: string, json: unknown, extra: Extra = {}) =>
    callRoute(agentsRoute.POST, { method: "POST", path: `/api/clients/${clientId}/agents`, params: { clientId }, cookie, json, ...extra }),
  updateAgent: (cookie: string | undefined, clientId: string, agentId: string, json: unknown, extra: Extra = {}) =>
    callRoute(agentRoute.PUT, { method: "PUT", path: agentPath(clientId, agentId), params: { clientId, agentId }, cookie, json, ...extra }),
  deleteAgent: (cookie: string | undefined, clientId: string, agentId: string) =>
    callRoute(agentRoute.DELETE, { method: "DELETE", path: agentPath(clientId, agentId), params: { clientId, agentId }, cookie }),
  assignNumber: (cookie: string | undefined, clientId: string, agentId: string, json: unknown) =>
    callRoute(agentPhoneRoute.POST, { method: "POST", path: `${agentPath(clientId, agentId)}/phone`, params: { clientId, agentId }, cookie, json }),
  configureEmail: (cookie: string | undefined, clientId: string, agentId: string, json: unknown) =>
    callRoute(emailFunctionRoute.PUT, { method: "PUT", path: `${agentPath(clientId, agentId)}/functions/email`, params: { clientId, agentId }, cookie, json }),
  listVersions: (cookie: string | undefined, clientId: string, agentId: string, query = "") =>
    callRoute(versionsRoute.GET, { path: `${agentPath(clientId, agentId)}/versions${query}`, params: { clientId, agentId }, cookie }),
  getVersion: (cookie: string | undefined, clientId: string, agentId: string, version: string | number) =>
    callRoute(versionRoute.GET, { path: `${agentPath(clientId, agentId)}/versions/${version}`, params: { clientId, agentId, version: String(version) }, cookie }),
  diffVersions: (cookie: string | undefined, clientId: string, agentId: string, query: string) =>
    callRoute(versionDiffRoute.GET, { path: `${agentPath(clientId, agentId)}/versions/diff${query}`, params: { clientId, agentId }, cookie }),
  restoreVersion: (cookie: string | undefined, clientId: string, agentId: string, version: string | number) =>
    callRoute(restoreRoute.POST, { method: "POST", path: `${agentPath(clientId, agentId)}/versions/${version}/restore`, params: { clientId, agentId, version: String(version) }, cookie }),
  listTranscripts: (cookie: string | undefined, clientId: string, agentId: string, query = "") =>
    callRoute(transcriptsRoute.GET, { path: `${agentPath(clientId, agentId)}/transcripts${query}`, params: { clientId, agentId }, cookie }),
  getTranscript: (cookie: string | undefined, clientId: string, agentId: string, transcriptId: string) =>
    callRoute(transcriptRoute.GET, {
      path: `${agentPath(clientId, agentId)}/transcripts/${encodeURIComponent(transcriptId)}`,
      params: { clientId, agentId, transcriptId },
      cookie,
    }),

  searchNumbers: (cookie: string | undefined, clientId: string, query = "") =>
    callRoute(availableNumbersRoute.GET, { path: `/api/clients/${clientId}/phone-numbers/available${query}`, params: { clientId }, cookie }),
  listBundles: (cookie: string | undefined, clientId: string, isoCountry: string) =>
    callRoute(bundlesRoute.GET, { path: `/api/clients/${clientId}/phone-numbers/regulatory-bundles/${isoCountry}`, params: { clientId, isoCountry }, cookie }),
  createBundle: (cookie: string | undefined, clientId: string, json: unknown, extra: Extra = {}) =>
    callRoute(bundleRoute.POST, { method: "POST", path: `/api/clients/${clientId}/phone-numbers/regulatory-bundle`, params: { clientId }, cookie, json, ...extra }),
  createBundleWithBody: (cookie: string | undefined, clientId: string, body: FormData | ReadableStream<Uint8Array> | Uint8Array, headers?: Record<string, string>) =>
    callRouteWithBody(bundleRoute.POST as Handler, {
      method: "POST",
      path: `/api/clients/${clientId}/phone-numbers/regulatory-bundle`,
      params: { clientId },
      cookie,
      body,
      ...(headers ? { headers } : {}),
    }),

  getUser: (cookie: string | undefined, clientId: string) => callRoute(userRoute.GET, { path: `/api/clients/${clientId}/user`, params: { clientId }, cookie }),
  updateUser: (cookie: string | undefined, clientId: string, json: unknown) =>
    callRoute(userRoute.PUT, { method: "PUT", path: `/api/clients/${clientId}/user`, params: { clientId }, cookie, json }),
  deleteUser: (cookie: string | undefined, clientId: string, json: unknown) =>
    callRoute(userRoute.DELETE, { method: "DELETE", path: `/api/clients/${clientId}/user`, params: { clientId }, cookie, json }),
  getSubscription: (cookie: string | undefined, clientId: string) =>
    callRoute(subscriptionRoute.GET, { path: `/api/clients/${clientId}/subscription`, params: { clientId }, cookie }),
  getUsage: (cookie: string | undefined, clientId: string) => callRoute(usageRoute.GET, { path: `/api/clients/${clientId}/usage`, params: { clientId }, cookie }),
  listVoices: (cookie: string | undefined, clientId: string) => callRoute(voicesRoute.GET, { path: `/api/clients/${clientId}/voices`, params: { clientId }, cookie }),
};

const SNEAKY_AGENT = {
  business_name: "Sneaky",
  agent_name: "Sneaky",
  voice_id: "f5HLTX707KIM4SzJYzSz",
  greeting: "Hello",
  system_prompt: "Be sneaky",
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
    { name: "GET /api/clients/:id/agents/:agentId/versions", call: (cookie) => api.listVersions(cookie, clientId, agentId) },
    { name: "GET /api/clients/:id/agents/:agentId/transcripts", call: (cookie) => api.listTranscripts(cookie, clientId, agentId, "?limit=2") },
    { name: "GET /api/clients/:id/phone-numbers/available", call: (cookie) => api.searchNumbers(cookie, clientId, "?country=US&pageSize=2") },
    { name: "GET /api/clients/:id/phone-numbers/regulatory-bundles/GB", call: (cookie) => api.listBundles(cookie, clientId, "GB") },
    { name: "GET /api/clients/:id/user", call: (cookie) => api.getUser(cookie, clientId) },
    { name: "GET /api/clients/:id/subscription", call: (cookie) => api.getSubscription(cookie, clientId) },
    { name: "GET /api/clients/:id/usage", call: (cookie) => api.getUsage(cookie, clientId) },
    { name: "GET /api/clients/:id/voices", call: (cookie) => api.listVoices(cookie, clientId) },
    { name: "POST /api/clients/:id/agents", call: (cookie) => api.createAgent(cookie, clientId, SNEAKY_AGENT) },
    { name: "PUT /api/clients/:id/agents/:agentId", call: (cookie) => api.updateAgent(cookie, clientId, agentId, { greeting: "Hijacked" }) },
    { name: "POST /api/clients/:id/agents/:agentId/versions/1/restore", call: (cookie) => api.restoreVersion(cookie, clientId, agentId, 1) },
    { name: "DELETE /api/clients/:id/agents/:agentId", call: (cookie) => api.deleteAgent(cookie, clientId, agentId) },
    { name: "POST /api/clients/:id/agents/:agentId/phone", call: (cookie) => api.assignNumber(cookie, clientId, agentId, { requestedNumber: "+14155550100" }) },
    {
      name: "PUT /api/clients/:id/agents/:agentId/functions/email",
      call: (cookie) => api.configureEmail(cookie, clientId, agentId, { enabled: true, params: { permitted_recipients: ["@evil.example"] } }),
    },
    { name: "POST /api/clients/:id/phone-numbers/regulatory-bundle", call: (cookie) => api.createBundle(cookie, clientId, { isoCountryCode: "GB" }) },
    { name: "PUT /api/clients/:id/user", call: (cookie) => api.updateUser(cookie, clientId, { company: "Hijacked" }) },
    { name: "DELETE /api/clients/:id/user", call: (cookie) => api.deleteUser(cookie, clientId, { confirm: "anything" }) },
  ];
}
