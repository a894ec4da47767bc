// GET  /api/tokens?scope=mine|agency — the caller's API tokens (agency: everyone's, for member:manage)
// POST /api/tokens — create one: {name, role, expiresInDays? | expiresAt?}; the token is in this answer only
import { readJson } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { queryParams } from "@/lib/api/query-params";
import { ok } from "@/lib/api/respond";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { createApiToken, listApiTokens } from "@/lib/tokens/service";
import { createTokenSchema, tokenListQuerySchema } from "@/lib/tokens/token-schemas";

export const GET = withAgency(async (args) => {
  const { scope } = queryParams(args.request, tokenListQuerySchema, ["scope"]);
  return ok(await listApiTokens(args, scope));
});

export const POST = withAgency(async (args) => {
  // A leaked token must not be able to mint fresh ones that outlive its revocation.
  if (args.token) throw new ApiError(403, "forbidden", "API tokens cannot create API tokens. Sign in to the portal to create one.");
  requirePermission(args, "token:create");
  const input = await readJson(args.request, createTokenSchema);
  const { token, view } = await createApiToken(args, input);
  await recordAudit(actorOf(args), {
    action: "token.create",
    target: { type: "api_token", id: view.id, name: view.name },
    details: { role: view.role, prefix: view.prefix, expiresAt: view.expiresAt },
  });
  return ok({ ...view, token }, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
