// The editor's writes to our API. Create and delete go through the shared apiFetch; the update needs
// the 412 envelope's `current` (the agent as OnCallClerk has it now), which apiFetch does not keep,
// so it reads the envelope itself and hands the conflict back as a value instead of an exception.
import { mutate } from "swr";
import type { Agent } from "@/lib/oncallclerk/schemas/agents";
import { apiFetch, ApiRequestError } from "@/lib/swr/fetcher";

const agentsUrl = (clientId: string) => `/api/clients/${clientId}/agents`;
const agentUrl = (clientId: string, agentId: string) => `${agentsUrl(clientId)}/${encodeURIComponent(agentId)}`;

export function createAgentRequest(clientId: string, body: Record<string, unknown>): Promise<Agent> {
  return apiFetch<Agent>(agentsUrl(clientId), { method: "POST", json: body });
}

export type UpdateOutcome = { kind: "saved"; agent: Agent } | { kind: "conflict"; current: Agent; message: string };

export async function updateAgentRequest(clientId: string, agentId: string, body: Record<string, unknown>, ifMatch: string | undefined): Promise<UpdateOutcome> {
  let response: Response;
  try {
    response = await fetch(agentUrl(clientId, agentId), {
      method: "PUT",
      headers: { accept: "application/json", "content-type": "application/json", ...(ifMatch ? { "if-match": ifMatch } : {}) },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, "network_error", "Could not reach the portal. Check your connection and try again.");
  }
  const envelope = (await response.json().catch(() => null)) as
    | { success: true; data: Agent }
    | { success: false; error: { code: string; message: string; fieldErrors?: Record<string, string[]>; current?: Agent } }
    | null;
  if (response.ok && envelope?.success) return { kind: "saved", agent: envelope.data };
  if (envelope && !envelope.success) {
    if (response.status === 412 && envelope.error.current) return { kind: "conflict", current: envelope.error.current, message: envelope.error.message };
    throw new ApiRequestError(response.status, envelope.error.code, envelope.error.message, envelope.error.fieldErrors);
  }
  throw new ApiRequestError(response.status, "unexpected_response", `The portal answered with an unexpected response (${response.status}).`);
}

export function configureEmailRequest(clientId: string, agentId: string, enabled: boolean, recipients: string[]) {
  return apiFetch<unknown>(`${agentUrl(clientId, agentId)}/functions/email`, {
    method: "PUT",
    json: { enabled, params: { permitted_recipients: recipients } },
  });
}

export function deleteAgentRequest(clientId: string, agentId: string) {
  return apiFetch<unknown>(agentUrl(clientId, agentId), { method: "DELETE" });
}

/** Every SWR key under this client (agents, usage, the agency's client list with its counts). */
export function revalidateClient(clientId: string) {
  return mutate((key) => typeof key === "string" && (key === "/api/clients" || key.startsWith("/api/clients?") || key.startsWith(`/api/clients/${clientId}`)));
}
