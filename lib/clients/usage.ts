// Live usage (`GET /usage`) for many client accounts at once, each failure kept to its own client.
import { ApiError } from "@/lib/api/errors";
import { fromUpstreamError, isOnCallClerkError } from "@/lib/api/upstream-errors";
import type { Usage } from "@/lib/oncallclerk";
import type { ClientAccountView } from "./schemas";
import { recordUpstreamFailure, recordUpstreamSuccess } from "./key-health";
import { recordClientPlan } from "./service";
import { upstreamForClient } from "./upstream";

export type ClientUsage =
  | { ok: true; usage: Usage }
  | { ok: false; error: { code: string; message: string } };

export async function usageForClient(agencyId: string, client: ClientAccountView): Promise<ClientUsage> {
  try {
    const usage = await (await upstreamForClient(agencyId, client.id)).usage.get();
    await recordUpstreamSuccess(agencyId, client);
    if (usage.plan) await recordClientPlan(agencyId, client, usage.plan);
    return { ok: true, usage };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
    if (!isOnCallClerkError(error)) throw error;
    await recordUpstreamFailure(agencyId, client, error);
    const apiError = fromUpstreamError(error, "unchanged"); // a read
    return { ok: false, error: { code: apiError.code, message: apiError.message } };
  }
}

const NOT_YOURS: ClientUsage = { ok: false, error: { code: "forbidden", message: "Your role does not include this client's usage" } };

/** Each client's live usage, for the clients `mayRead` allows (the others say so instead). */
export async function usageForClients(agencyId: string, clients: ClientAccountView[], mayRead: (clientId: string) => boolean) {
  const results = await Promise.all(clients.map((client) => (mayRead(client.id) ? usageForClient(agencyId, client) : NOT_YOURS)));
  return clients.map((client, index) => ({ ...client, usage: results[index] }));
}
