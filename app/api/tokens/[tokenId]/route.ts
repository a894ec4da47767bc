// DELETE /api/tokens/:tokenId — revoke an API token (your own; anyone's with member:manage). Idempotent.
import { notFound } from "@/lib/api/errors";
import { withAgency } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/other-methods";
import { ok } from "@/lib/api/respond";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { revokeApiToken } from "@/lib/tokens/service";

export const DELETE = withAgency<{ tokenId: string }>(async (args) => {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(args.params.tokenId)) throw notFound("No such API token");
  const { view, revoked } = await revokeApiToken(args, args.params.tokenId);
  if (revoked) {
    await recordAudit(actorOf(args), {
      action: "token.revoke",
      target: { type: "api_token", id: view.id, name: view.name },
      details: { prefix: view.prefix, role: view.role, owner: { id: view.owner.id, name: view.owner.name } },
    });
  }
  return ok(view);
});

export const { GET, POST, PUT, PATCH } = otherMethods(["DELETE"]);
