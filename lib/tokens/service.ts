// Personal API tokens of an agency: made by a signed-in person (never by another token), shown once,
// stored as a sha256 and a visible prefix. Every query carries the agency id; people see and revoke
// their own tokens, and those who manage members (member:manage) everyone's.
import { ApiError, notFound } from "@/lib/api/errors";
import type { AgencyContext } from "@/lib/auth/agency";
import { can, ROLE_LABELS, ROLE_RANK } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { generateToken } from "./bearer";
import { expiryOf, type CreateTokenInput } from "./token-schemas";

export type TokenState = "active" | "expired" | "revoked";

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  state: TokenState;
  owner: { id: string; name: string; email: string };
  /** The token belongs to the person asking. */
  mine: boolean;
}

const tokenSelect = {
  id: true, name: true, prefix: true, role: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

type TokenRow = { id: string; name: string; prefix: string; role: Role; createdAt: Date; expiresAt: Date | null; lastUsedAt: Date | null; revokedAt: Date | null; user: { id: string; name: string; email: string } };

export function stateOf(row: Pick<TokenRow, "revokedAt" | "expiresAt">, now = Date.now()): TokenState {
  if (row.revokedAt) return "revoked";
  if (row.expiresAt && row.expiresAt.getTime() <= now) return "expired";
  return "active";
}

function viewOf(row: TokenRow, userId: string): ApiTokenView {
  return {
    id: row.id, name: row.name, prefix: row.prefix, role: row.role, createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null, lastUsedAt: row.lastUsedAt?.toISOString() ?? null, revokedAt: row.revokedAt?.toISOString() ?? null,
    state: stateOf(row), owner: row.user, mine: row.user.id === userId,
  };
}

/** The roles this person may give a token: their own or lower; a client user's tokens are client-user tokens. */
export function tokenRolesFor(role: Role): Role[] {
  if (role === "client_user") return ["client_user"];
  return (["owner", "admin", "member", "viewer"] as const).filter((candidate) => ROLE_RANK[candidate] <= ROLE_RANK[role]);
}

type Caller = Pick<AgencyContext, "agency" | "role" | "access"> & { user: { id: string } };

export async function createApiToken(caller: Caller, input: CreateTokenInput): Promise<{ token: string; view: ApiTokenView }> {
  if (!tokenRolesFor(caller.role).includes(input.role)) {
    const allowed = tokenRolesFor(caller.role).map((role) => ROLE_LABELS[role]).join(", ");
    throw new ApiError(400, "validation_failed", "A token cannot do more than you can", {
      fieldErrors: { role: [`As ${ROLE_LABELS[caller.role].toLowerCase()} you can give a token these roles: ${allowed}`] },
    });
  }
  const { token, prefix, tokenHash } = generateToken();
  const row = await db().apiToken.create({
    data: { agencyId: caller.agency.id, userId: caller.user.id, name: input.name, prefix, tokenHash, role: input.role, expiresAt: expiryOf(input) },
    select: tokenSelect,
  });
  return { token, view: viewOf(row, caller.user.id) };
}

/** The caller's own tokens, or (scope "agency", member:manage only) every token of the agency. */
export async function listApiTokens(caller: Caller, scope: "mine" | "agency"): Promise<ApiTokenView[]> {
  if (scope === "agency" && !can(caller.access, "member:manage")) {
    throw new ApiError(403, "forbidden", "Only people who manage members can list everyone's tokens");
  }
  const rows = await db().apiToken.findMany({
    where: { agencyId: caller.agency.id, ...(scope === "mine" ? { userId: caller.user.id } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: tokenSelect,
  });
  return rows.map((row) => viewOf(row, caller.user.id));
}

/**
 * Revokes one token (idempotent: an already revoked token answers as it is). Someone else's token
 * is "not found" unless the caller manages members. `revoked` says whether this call did it.
 */
export async function revokeApiToken(caller: Caller, tokenId: string): Promise<{ view: ApiTokenView; revoked: boolean }> {
  const mayRevokeOthers = can(caller.access, "member:manage");
  const where = { id: tokenId, agencyId: caller.agency.id, ...(mayRevokeOthers ? {} : { userId: caller.user.id }) };
  const existing = await db().apiToken.findFirst({ where, select: tokenSelect });
  if (!existing) throw notFound("No such API token");
  // Only a token not yet revoked is changed: two revokes at once record one event.
  const changed = await db().apiToken.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: new Date() } });
  const row = await db().apiToken.findFirstOrThrow({ where, select: tokenSelect });
  return { view: viewOf(row, caller.user.id), revoked: changed.count === 1 };
}
