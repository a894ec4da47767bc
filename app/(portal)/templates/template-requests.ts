// The template pages' calls to our API (the agent page's "Save as template" uses saveAgentAsTemplate).
import { apiFetch } from "@/lib/swr/fetcher";
import type { TemplateView } from "@/lib/templates/template-schemas";

const templateUrl = (templateId: string) => `/api/templates/${encodeURIComponent(templateId)}`;

export function saveAgentAsTemplateRequest(body: { name: string; description?: string; clientId: string; agentId: string }): Promise<TemplateView> {
  return apiFetch<TemplateView>("/api/templates", { method: "POST", json: body });
}

export function updateTemplateRequest(templateId: string, body: { name?: string; description?: string | null }): Promise<TemplateView> {
  return apiFetch<TemplateView>(templateUrl(templateId), { method: "PATCH", json: body });
}

export function deleteTemplateRequest(templateId: string): Promise<unknown> {
  return apiFetch<unknown>(templateUrl(templateId), { method: "DELETE" });
}
