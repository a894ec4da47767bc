// GET /api/clients/:clientId/agents — the client's OnCallClerk agents, fetched with its key
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";

export const GET = withClient<{ clientId: string }>("agent:read", async ({ upstream }) => {
  const oncallclerk = await upstream();
  return ok(await oncallclerk.agents.list());
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
