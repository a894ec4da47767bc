// An OnCallClerk client for one client account, using its decrypted key. The base URL is one per
// deployment (ONCALLCLERK_BASE_URL), never stored per client. Every call draws from the key's
// request budget: interactive by default, "background" for the transcript sync.
import { serverEnv } from "@/lib/env";
import { createOnCallClerkClient, type OnCallClerkClient } from "@/lib/oncallclerk";
import { notFound } from "@/lib/api/errors";
import { readApiKey } from "./api-key";
import { budgetGate } from "./budget-gate";
import { requestsPerMinuteForPlan, type Priority } from "./rate-budget";

/** For a key that is not stored yet (checking a new key): no budget of its own to draw from. */
export function upstreamForKey(apiKey: string): OnCallClerkClient {
  return createOnCallClerkClient({ apiKey, baseUrl: serverEnv().ONCALLCLERK_BASE_URL });
}

export async function upstreamForClient(
  agencyId: string,
  clientId: string,
  opts: { priority?: Priority; timeoutMs?: number } = {},
): Promise<OnCallClerkClient> {
  const stored = await readApiKey(agencyId, clientId);
  if (stored === null) throw notFound("No such client");
  const budget = { key: `${clientId}:${stored.keyVersion}`, limit: requestsPerMinuteForPlan(stored.plan), priority: opts.priority ?? "interactive" };
  return createOnCallClerkClient({
    apiKey: stored.apiKey,
    baseUrl: serverEnv().ONCALLCLERK_BASE_URL,
    timeoutMs: opts.timeoutMs,
    gate: budgetGate(budget),
  });
}
