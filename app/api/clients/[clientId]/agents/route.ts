// GET /api/clients/:clientId/agents — the client's OnCallClerk agents, fetched with its key
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";

export const GET = withClient<{ clientId: string }>("agent:read", async ({ upstream }) => {
  const oncallclerk = await upstream();
  return ok(await oncallclerk.agents.list());
});
