// An OnCallClerk client for one client account, using its decrypted key. The base URL is one per
// deployment (ONCALLCLERK_BASE_URL), never stored per client.
import { serverEnv } from "@/lib/env";
import { createOnCallClerkClient, type OnCallClerkClient } from "@/lib/oncallclerk";
import { notFound } from "@/lib/api/errors";
import { readApiKey } from "./api-key";

export function upstreamForKey(apiKey: string): OnCallClerkClient {
  return createOnCallClerkClient({ apiKey, baseUrl: serverEnv().ONCALLCLERK_BASE_URL });
}

export async function upstreamForClient(agencyId: string, clientId: string): Promise<OnCallClerkClient> {
  const apiKey = await readApiKey(agencyId, clientId);
  if (apiKey === null) throw notFound("No such client");
  return upstreamForKey(apiKey);
}
