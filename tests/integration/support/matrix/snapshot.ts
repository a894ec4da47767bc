// What a refused request must leave untouched: every row people or the portal change (one md5 over
// them) and, upstream, each account's configuration and the requests it has answered — a refusal
// is decided before anything is sent to OnCallClerk, so not even a read may show up there.
import { db } from "@/lib/db/client";
import type { World } from "./world";

const PORTAL_ROWS = `
  SELECT md5(coalesce(string_agg(row_text, '|' ORDER BY row_text), '')) AS digest FROM (
    SELECT concat_ws(',', 'client', id, name, country, "encryptedApiKey", "keyVersion") AS row_text FROM "ClientAccount"
    UNION ALL SELECT concat_ws(',', 'template', id, name, description, config::text) FROM "AgentTemplate"
    UNION ALL SELECT concat_ws(',', 'membership', id, role, "allClients", array_to_string("clientGrants", ';')) FROM "Membership"
    UNION ALL SELECT concat_ws(',', 'assignment', "membershipId", "clientId") FROM "MembershipClient"
    UNION ALL SELECT concat_ws(',', 'invitation', id, "tokenHash", "revokedAt", "acceptedAt", "expiresAt") FROM "Invitation"
    UNION ALL SELECT concat_ws(',', 'token', id, "revokedAt", "expiresAt") FROM "ApiToken"
    UNION ALL SELECT concat_ws(',', 'audit', id) FROM "AuditEvent"
    UNION ALL SELECT concat_ws(',', 'version', id) FROM "AgentVersion"
    UNION ALL SELECT concat_ws(',', 'sync', "clientId", "runId", "fullRequested") FROM "TranscriptSyncState"
    UNION ALL SELECT concat_ws(',', 'calls', "clientId", count(*)) FROM "Transcript" GROUP BY "clientId"
    UNION ALL SELECT concat_ws(',', 'agency', id, name, array_to_string("maskCallersFor", ';')) FROM "Agency"
  ) AS rows`;

export async function snapshot(world: World): Promise<{ portal: string; upstream: string }> {
  const [row] = await db().$queryRawUnsafe<{ digest: string }[]>(PORTAL_ROWS);
  const accounts = await Promise.all(
    Object.values(world.clients).map(async (client) => {
      const response = await fetch(`${world.harness.sim.url}/__sim/accounts/${encodeURIComponent(client.key)}`);
      const { data } = (await response.json()) as { data: Record<string, unknown> & { agents: Record<string, unknown>[] } };
      // Usage moves with the clock; everything else is the account as people would change it.
      return { requests: data.requests, profile: data.profile, bundles: data.bundles, agents: data.agents.map(({ config, emailFunction }) => ({ config, emailFunction })) };
    }),
  );
  return { portal: row!.digest, upstream: JSON.stringify(accounts) };
}
