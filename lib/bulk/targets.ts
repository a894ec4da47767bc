// The plumbing both bulk operations share: targets grouped by client *of this agency* (any other id
// is a per-target "not found" that never reaches OnCallClerk), one OnCallClerk client per client
// account with its key health recorded like withClient does, a few clients at a time, and every
// failure turned into a per-target { code, message } in the agent's own words.
import { ApiError } from "@/lib/api/errors";
import { fromUpstreamError } from "@/lib/api/upstream-errors";
import { recordUpstreamFailure, recordUpstreamSuccess } from "@/lib/clients/key-health";
import { clientIdSchema, type ClientAccountView } from "@/lib/clients/schemas";
import type { AgencyContext } from "@/lib/auth/agency";
import { can } from "@/lib/auth/permissions";
import { listVisibleClientAccounts } from "@/lib/clients/service";
import { upstreamForClient } from "@/lib/clients/upstream";
import { isOnCallClerkError, type OnCallClerkClient } from "@/lib/oncallclerk";

/** Clients worked on at the same time; a client's own targets always go one after another. */
export const CLIENT_CONCURRENCY = 4;

/** Who asks: bulk work covers only the clients they may change agents of. */
export type BulkContext = Pick<AgencyContext, "agency" | "access">;

export interface TargetRef {
  clientId: string;
  agentId: string;
}

export interface TargetError {
  code: string;
  message: string;
}

export interface ClientGroup<T extends TargetRef> {
  client: ClientAccountView;
  targets: { target: T; index: number }[];
}

export const NOT_FOUND_ERROR: TargetError = { code: "not_found", message: "No such client" };

/**
 * Targets by client. Clients are read with the agency id in the query, narrowed to the ones the
 * person may change agents of; an id that is malformed, unknown, another agency's or one they may
 * not change is simply missing, and its targets come back in `missing` — all alike, so the answer
 * never says whether the id exists elsewhere.
 */
export async function groupTargetsByClient<T extends TargetRef>(context: BulkContext, targets: readonly T[]) {
  const clients = (await listVisibleClientAccounts(context)).filter((client) => can(context.access, "agent:update", client.id));
  const byId = new Map(clients.map((client) => [client.id, client]));
  const groups = new Map<string, ClientGroup<T>>();
  const missing: { target: T; index: number }[] = [];
  targets.forEach((target, index) => {
    const client = clientIdSchema.safeParse(target.clientId).success ? byId.get(target.clientId) : undefined;
    if (!client) {
      missing.push({ target, index });
      return;
    }
    const group = groups.get(client.id) ?? { client, targets: [] };
    group.targets.push({ target, index });
    groups.set(client.id, group);
  });
  return { groups: [...groups.values()], missing };
}

/** `work` over `items`, at most `limit` at a time, results in the items' order. */
export async function mapWithLimit<I, O>(items: readonly I[], limit: number, work: (item: I) => Promise<O>): Promise<O[]> {
  const results = new Array<O>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Any failure as the per-target error: OnCallClerk's own reason where it gave one. */
export function targetErrorOf(error: unknown): TargetError {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  if (isOnCallClerkError(error)) {
    // Bulk reads are reads, and a bulk write whose answer is lost is read back (lib/agents/update-agent.ts)
    // before this is shown, so an outage message here never hides a change that was made.
    const shown = fromUpstreamError(error, "unchanged");
    return { code: shown.code, message: shown.message };
  }
  throw error; // a bug of ours: the route answers 500 rather than blaming OnCallClerk
}

/** A failure that says the key (or the account) is unusable, so the rest of the client's targets would fail alike. */
export function isKeyFailure(error: unknown): boolean {
  return (isOnCallClerkError(error) && error.kind === "invalid_key") || (error instanceof ApiError && error.code === "client_key_unreadable");
}

/**
 * Runs `work` with the client's OnCallClerk client and records the key's health afterwards, like
 * withClient and loadFromUpstream: a rejected key (or an account that never answered) marks the
 * client, any answer from OnCallClerk marks it active again. `work` reports what it saw through
 * `saw(error)` / `answered()`, since it catches its errors to keep going.
 */
export async function withClientUpstream<R>(
  agencyId: string,
  client: ClientAccountView,
  work: (oncallclerk: OnCallClerkClient, health: { saw: (error: unknown) => void; answered: () => void }) => Promise<R>,
  onUnusable: (error: TargetError) => R,
): Promise<R> {
  let answered = false;
  let keyRejected: unknown;
  let unavailable: unknown;
  const health = {
    answered: () => void (answered = true),
    saw: (error: unknown) => {
      if (!isOnCallClerkError(error)) return;
      if (error.kind === "invalid_key") keyRejected ??= error;
      else if (error.kind === "unavailable") unavailable ??= error;
      else answered = true; // a 404 or a 422 is OnCallClerk answering with this key
    },
  };
  let result: R;
  try {
    result = await work(await upstreamForClient(agencyId, client.id), health);
  } catch (error) {
    // Only the key itself failing lands here (upstreamForClient); per-target errors are caught inside.
    health.saw(error);
    result = onUnusable(targetErrorOf(error));
  }
  if (keyRejected !== undefined) await recordUpstreamFailure(agencyId, client, keyRejected);
  else if (answered) await recordUpstreamSuccess(agencyId, client);
  else if (unavailable !== undefined) await recordUpstreamFailure(agencyId, client, unavailable);
  return result;
}
