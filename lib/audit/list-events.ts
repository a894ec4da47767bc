// Reading the audit log: newest first, keyset-paged on (createdAt desc, id desc) so a page never
// repeats or skips an event while new ones arrive, inside the reader's scope (lib/audit/scope.ts).
import { validationError } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { actionFilter } from "./action-groups";
import { AUDIT_ACTIONS } from "./actions";
import { describeEvent, storedChanges } from "./describe";
import { fieldLabel } from "./describe-values";
import { dayBounds, type AuditQuery } from "./query-params";
import { scopeWhere, type AuditScope } from "./scope";

export const DEFAULT_PAGE = 50;

const eventSelect = {
  id: true, createdAt: true, action: true, actorId: true, actorName: true, actorEmail: true, tokenId: true, tokenName: true, ip: true, userAgent: true,
  clientId: true, clientName: true, targetType: true, targetId: true, targetName: true, changes: true, details: true,
} as const satisfies Prisma.AuditEventSelect;
export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

export interface AuditEventView {
  id: string;
  createdAt: string;
  action: string;
  actionLabel: string;
  /** The readable line: "Dana changed the greeting of Reception (Acme Dental) from “Hi” to “Hello”". */
  summary: string;
  actor: { id: string | null; name: string; email: string | null; tokenId: string | null; tokenName: string | null };
  ip: string | null;
  userAgent: string | null;
  client: { id: string; name: string | null } | null;
  target: { type: string; id: string | null; name: string | null } | null;
  /** Field-level before/after, values as stored (the whole greeting, not the shortened one). */
  changes: { field: string; label: string; before: unknown; after: unknown }[];
  details: Record<string, unknown> | null;
}

const staleCursor = () => validationError({ cursor: ["This page link has expired or was changed. Start again from the newest events."] });

/** A cursor is where the last page ended: the createdAt and id of its last event, opaque to callers. */
export function decodeAuditCursor(raw: string): { t: Date; i: string } {
  let value: { t?: unknown; i?: unknown };
  try {
    value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as { t?: unknown; i?: unknown };
  } catch {
    throw staleCursor();
  }
  const at = typeof value?.t === "string" ? new Date(value.t) : null;
  if (!at || Number.isNaN(at.getTime()) || typeof value.i !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(value.i)) throw staleCursor();
  return { t: at, i: value.i };
}

export const encodeAuditCursor = (row: { createdAt: Date; id: string }) => Buffer.from(JSON.stringify({ t: row.createdAt.toISOString(), i: row.id })).toString("base64url");

/** The filters of a query inside the scope, without the page position. */
export function auditWhere(scope: AuditScope, query: AuditQuery): Prisma.AuditEventWhereInput {
  const created = dayBounds(query);
  return {
    ...scopeWhere(scope),
    ...(query.clientId !== undefined ? { AND: [{ clientId: query.clientId }] } : {}),
    ...(query.actor !== undefined ? { actorId: query.actor } : {}),
    ...(query.action !== undefined ? actionFilter(query.action) : {}),
    ...(created.gte || created.lt ? { createdAt: created } : {}),
  };
}

/** Events strictly after a position in the newest-first order. */
export function afterPosition(at: { t: Date; i: string }): Prisma.AuditEventWhereInput {
  return { OR: [{ createdAt: { lt: at.t } }, { createdAt: at.t, id: { lt: at.i } }] };
}

export function eventView(row: AuditEventRow): AuditEventView {
  const details = row.details && typeof row.details === "object" && !Array.isArray(row.details) ? (row.details as Record<string, unknown>) : null;
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    action: row.action,
    actionLabel: (AUDIT_ACTIONS as Record<string, string>)[row.action] ?? row.action,
    summary: describeEvent(row),
    actor: { id: row.actorId, name: row.actorName, email: row.actorEmail, tokenId: row.tokenId, tokenName: row.tokenName },
    ip: row.ip,
    userAgent: row.userAgent,
    client: row.clientId ? { id: row.clientId, name: row.clientName } : null,
    target: row.targetType ? { type: row.targetType, id: row.targetId, name: row.targetName } : null,
    changes: storedChanges(row.changes).map((change) => ({ ...change, label: fieldLabel(change.field) })),
    details,
  };
}

export function readAuditBatch(where: Prisma.AuditEventWhereInput, after: { t: Date; i: string } | null, take: number): Promise<AuditEventRow[]> {
  return db().auditEvent.findMany({
    where: after ? { AND: [where, afterPosition(after)] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: eventSelect,
  });
}

export async function listAuditEvents(scope: AuditScope, query: AuditQuery): Promise<{ items: AuditEventView[]; nextCursor: string | null }> {
  const limit = query.limit ?? DEFAULT_PAGE;
  const after = query.cursor ? decodeAuditCursor(query.cursor) : null;
  const rows = await readAuditBatch(auditWhere(scope, query), after, limit + 1);
  const page = rows.slice(0, limit);
  return { items: page.map(eventView), nextCursor: rows.length > limit ? encodeAuditCursor(page.at(-1)!) : null };
}

/** The people who appear in the scope's log (for the person filter), newest name of each. */
export async function auditActors(scope: AuditScope): Promise<{ id: string; name: string }[]> {
  const clients = scope.wholeAgency
    ? Prisma.empty
    : Prisma.sql`AND ("clientId" = ANY(${scope.clientIds}::text[]) OR ("clientId" IS NULL AND "actorId" = ${scope.userId}))`;
  const rows = await db().$queryRaw<{ id: string; name: string }[]>(Prisma.sql`
    SELECT DISTINCT ON ("actorId") "actorId" AS id, "actorName" AS name FROM "AuditEvent"
    WHERE "agencyId" = ${scope.agencyId} AND "actorId" IS NOT NULL ${clients}
    ORDER BY "actorId", "createdAt" DESC`);
  return rows.sort((a, b) => a.name.localeCompare(b.name, "en"));
}
