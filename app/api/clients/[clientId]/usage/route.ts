// GET /api/clients/:clientId/usage — plan, agents and minutes used/limit/remaining, numbers allowed, billing period (Unix seconds, as upstream)
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";

export const GET = withClient<{ clientId: string }>("account:read", async ({ upstream }) => ok(await (await upstream()).usage.get()));

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
