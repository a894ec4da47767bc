// GET /api/clients/:clientId/voices — the voices an agent of this client can use → array
import { withClient } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { otherMethods } from "@/lib/api/other-methods";

export const GET = withClient<{ clientId: string }>("account:read", async ({ upstream }) => ok(await (await upstream()).voices.list()));

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
