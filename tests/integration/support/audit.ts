// The audit log in tests: its routes called in-process, the events straight from the database,
// and "exactly one new event" checks around a change.
import { expect } from "vitest";
import * as auditExportRoute from "@/app/api/audit/export/route";
import * as auditRoute from "@/app/api/audit/route";
import * as syncRoute from "@/app/api/clients/[clientId]/sync/route";
import * as templateRoute from "@/app/api/templates/[templateId]/route";
import * as templatesRoute from "@/app/api/templates/route";
import { db } from "@/lib/db/client";
import { callRoute, type CallOptions, type RouteResult } from "./http";

type Extra = Omit<CallOptions, "path" | "method" | "params" | "cookie">;

export const auditApi = {
  list: (cookie: string | undefined, query = "", extra: Extra = {}) => callRoute(auditRoute.GET, { path: `/api/audit${query}`, cookie, ...extra }),
  exportCsv: (cookie: string | undefined, query = "") => callRoute(auditExportRoute.GET, { path: `/api/audit/export${query}`, cookie }),
  routes: { list: auditRoute, export: auditExportRoute },
  createTemplate: (cookie: string, json: unknown) => callRoute(templatesRoute.POST, { method: "POST", path: "/api/templates", cookie, json }),
  updateTemplate: (cookie: string, templateId: string, json: unknown) =>
    callRoute(templateRoute.PATCH, { method: "PATCH", path: `/api/templates/${templateId}`, params: { templateId }, cookie, json }),
  deleteTemplate: (cookie: string, templateId: string) => callRoute(templateRoute.DELETE, { method: "DELETE", path: `/api/templates/${templateId}`, params: { templateId }, cookie }),
  syncStatus: (cookie: string, clientId: string) => callRoute(syncRoute.GET, { path: `/api/clients/${clientId}/sync`, params: { clientId }, cookie }),
  startSync: (cookie: string, clientId: string, query = "") =>
    callRoute(syncRoute.POST, { method: "POST", path: `/api/clients/${clientId}/sync${query}`, params: { clientId }, cookie }),
};

export function eventsOf(agencyId: string) {
  return db().auditEvent.findMany({ where: { agencyId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

export type StoredEvent = Awaited<ReturnType<typeof eventsOf>>[number];

/** Runs a change and returns the one event it recorded (failing when it recorded none or several). */
export async function onlyEventOf(agencyId: string, change: () => Promise<RouteResult>): Promise<{ result: RouteResult; event: StoredEvent }> {
  const before = new Set((await eventsOf(agencyId)).map((event) => event.id));
  const result = await change();
  const added = (await eventsOf(agencyId)).filter((event) => !before.has(event.id));
  expect(added.map((event) => event.action), result.text).toHaveLength(1);
  return { result, event: added[0]! };
}

/** Runs a change that must fail or be refused, and checks it recorded nothing. */
export async function expectNoEvent(agencyId: string, change: () => Promise<RouteResult>): Promise<RouteResult> {
  const before = (await eventsOf(agencyId)).length;
  const result = await change();
  expect(result.status, result.text).toBeGreaterThanOrEqual(400);
  expect((await eventsOf(agencyId)).length).toBe(before);
  return result;
}

/** Browser-like request headers: where the audit log's IP and user agent come from. */
export const FROM_BROWSER = { "x-forwarded-for": "203.0.113.7, 10.0.0.1", "user-agent": "Mozilla/5.0 (AuditTest)" };
