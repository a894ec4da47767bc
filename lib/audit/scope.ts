// Whose events a person may read. Owners and admins: the whole agency's log, including sign-ins,
// members, tokens and clients removed since. Everyone else with audit:read: the events of the
// clients they see today, and of agency-wide events only their own (their sign-ins, their tokens);
// never other people's sign-ins, invitations or tokens.
import { notFound } from "@/lib/api/errors";
import type { AgencyContext } from "@/lib/auth/agency";
import { can, type Access } from "@/lib/auth/permissions";
import { listVisibleClientAccounts } from "@/lib/clients/service";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type AuditScope = { agencyId: string; wholeAgency: true } | { agencyId: string; wholeAgency: false; clientIds: string[]; userId: string };

const readsEverything = (role: Role) => role === "owner" || role === "admin";

/** An API token with a smaller role reads only what that role would. */
export function seesWholeAuditLog(access: Access): boolean {
  return readsEverything(access.role) && (access.tokenRole === undefined || readsEverything(access.tokenRole));
}

export async function auditScope(context: Pick<AgencyContext, "agency" | "access"> & { user: { id: string } }): Promise<AuditScope> {
  if (seesWholeAuditLog(context.access)) return { agencyId: context.agency.id, wholeAgency: true };
  const clients = await listVisibleClientAccounts(context);
  const clientIds = clients.filter((client) => can(context.access, "audit:read", client.id)).map((client) => client.id);
  return { agencyId: context.agency.id, wholeAgency: false, clientIds, userId: context.user.id };
}

/**
 * A clientId filter must name a client in scope, else 404 (as everywhere: another agency's id and
 * an unassigned one look alike). Owners may also name a client removed since, whose events remain.
 */
export async function assertClientInScope(scope: AuditScope, clientId: string): Promise<void> {
  if (!scope.wholeAgency) {
    if (!scope.clientIds.includes(clientId)) throw notFound("No such client");
    return;
  }
  const [client, event] = await Promise.all([
    db().clientAccount.findFirst({ where: { agencyId: scope.agencyId, id: clientId }, select: { id: true } }),
    db().auditEvent.findFirst({ where: { agencyId: scope.agencyId, clientId }, select: { id: true } }),
  ]);
  if (!client && !event) throw notFound("No such client");
}

/** The scope as a Prisma filter (the agency id always in it). */
export function scopeWhere(scope: AuditScope) {
  if (scope.wholeAgency) return { agencyId: scope.agencyId };
  return { agencyId: scope.agencyId, OR: [{ clientId: { in: scope.clientIds } }, { clientId: null, actorId: scope.userId }] };
}
