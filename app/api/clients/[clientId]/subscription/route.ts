// GET /api/clients/:clientId/subscription — plan, status, period and minutes used of the limit
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";

export const GET = withClient<{ clientId: string }>("account:read", async ({ upstream }) => ok(await (await upstream()).subscription.get()));

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
