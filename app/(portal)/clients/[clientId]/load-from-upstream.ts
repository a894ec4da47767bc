// How every client page reads OnCallClerk: one call with the client's decrypted key, the key's health
// recorded either way (so the status badge follows what the page just saw), and any failure turned
// into what UpstreamErrorState shows instead of a crash page.
import { notFound } from "next/navigation";
import { asClientPageError, type ClientPageError } from "@/app/_components/upstream-error-state";
import type { ClientAccountView } from "@/lib/clients/schemas";
import { recordUpstreamFailure, recordUpstreamSuccess } from "@/lib/clients/key-health";
import { upstreamForClient } from "@/lib/clients/upstream";
import { isOnCallClerkError, type OnCallClerkClient } from "@/lib/oncallclerk";

export type UpstreamLoad<T> = { ok: true; data: T } | { ok: false; error: ClientPageError };

export async function loadFromUpstream<T>(
  agencyId: string,
  client: Pick<ClientAccountView, "id" | "status" | "keyVersion">,
  load: (oncallclerk: OnCallClerkClient) => Promise<T>,
  options: { missingIsNotFound?: boolean } = {},
): Promise<UpstreamLoad<T>> {
  try {
    const data = await load(await upstreamForClient(agencyId, client.id));
    await recordUpstreamSuccess(agencyId, client);
    return { ok: true, data };
  } catch (error) {
    // An id OnCallClerk does not know (or refuses as malformed) is this portal's 404 page.
    if (options.missingIsNotFound && isOnCallClerkError(error) && (error.kind === "not_found" || error.kind === "validation")) notFound();
    const shown = asClientPageError(error);
    await recordUpstreamFailure(agencyId, client, error);
    return { ok: false, error: shown };
  }
}
