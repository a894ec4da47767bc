// Keeps a client's key status in step with what OnCallClerk last told us: a 401 marks the key
// rejected, an outage marks the account unreachable, any success marks it active again.
import { isOnCallClerkError } from "@/lib/oncallclerk";
import type { ClientAccountView } from "./schemas";
import { markClientStatus } from "./service";

type ClientRef = Pick<ClientAccountView, "id" | "status" | "keyVersion">;

export async function recordUpstreamSuccess(agencyId: string, client: ClientRef): Promise<void> {
  if (client.status !== "active") await markClientStatus(agencyId, client, "active", null);
}

export async function recordUpstreamFailure(agencyId: string, client: ClientRef, error: unknown): Promise<void> {
  if (!isOnCallClerkError(error)) return;
  if (error.kind !== "invalid_key" && error.kind !== "unavailable") return;
  const status = error.kind === "invalid_key" ? "key_rejected" : "unreachable";
  // Best effort: a failed status write must not hide the upstream error the person needs to see.
  await markClientStatus(agencyId, client, status, error.message).catch(() => {});
}
