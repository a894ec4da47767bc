// Writing the audit log. Every change made through the portal calls recordAudit once, after the
// change succeeded (a refused or failed change is not an event), with who, from where, on which
// client and — for edits — a field-level before/after. Secrets never enter it: a key change
// records the keys' last four characters only.
import type { AgencyContext } from "@/lib/auth/agency";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TokenIdentity } from "@/lib/tokens/bearer";
import type { AuditAction } from "./actions";

export interface AuditActor {
  agencyId: string;
  userId: string | null;
  name: string;
  email: string | null;
  tokenId?: string | undefined;
  tokenName?: string | undefined;
  ip: string | null;
  userAgent: string | null;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditInput {
  action: AuditAction;
  client?: { id: string; name: string } | null | undefined;
  target?: { type: string; id: string; name?: string | null | undefined } | undefined;
  changes?: readonly FieldChange[] | undefined;
  details?: Record<string, unknown> | undefined;
}

const MAX_USER_AGENT = 512;

export type HeaderSource = Pick<Headers, "get">;

/** The caller's address: the first X-Forwarded-For hop (set by the proxy in front), else X-Real-IP. */
export function clientIpOf(request: { headers: HeaderSource }): string | null {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || request.headers.get("x-real-ip")?.trim() || null;
  return ip ? ip.slice(0, 64) : null;
}

function userAgentOf(headers: HeaderSource): string | null {
  return headers.get("user-agent")?.slice(0, MAX_USER_AGENT) ?? null;
}

/**
 * next-auth's authorize() gets the request's headers as a plain object (names lower-cased), not a
 * Headers: the same lookups over it, for the sign-in events.
 */
export function headersOf(plain: Record<string, unknown> | undefined): HeaderSource {
  const headers = new Headers();
  for (const [name, value] of Object.entries(plain ?? {})) {
    const text = typeof value === "string" ? value : Array.isArray(value) ? value.filter((item) => typeof item === "string").join(", ") : null;
    try {
      if (text !== null) headers.set(name, text);
    } catch {
      // A header Headers refuses (odd name or bytes) says nothing we would record.
    }
  }
  return headers;
}

/** The person signing in, as the actor of one agency's sign-in event. */
export function signInActorOf(user: { id: string; name: string; email: string }, agencyId: string, headers: HeaderSource): AuditActor {
  return { agencyId, userId: user.id, name: user.name, email: user.email, ip: clientIpOf({ headers }), userAgent: userAgentOf(headers) };
}

/** Who made a request, for the log (what a route handler has in hand). */
export function actorOf(args: { request: Request; user: SessionUser; token?: TokenIdentity["token"] | undefined } & Pick<AgencyContext, "agency">): AuditActor {
  return {
    agencyId: args.agency.id,
    userId: args.user.id,
    name: args.user.name,
    email: args.user.email,
    tokenId: args.token?.id,
    tokenName: args.token?.name,
    ip: clientIpOf(args.request),
    userAgent: userAgentOf(args.request.headers),
  };
}

const json = (value: unknown) => (value === undefined ? Prisma.DbNull : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

export async function recordAudit(actor: AuditActor, input: AuditInput, tx: Db | Prisma.TransactionClient = db()): Promise<void> {
  await tx.auditEvent.create({
    data: {
      agencyId: actor.agencyId,
      actorId: actor.userId,
      actorName: actor.name,
      actorEmail: actor.email,
      tokenId: actor.tokenId ?? null,
      tokenName: actor.tokenName ?? null,
      ip: actor.ip,
      userAgent: actor.userAgent,
      clientId: input.client?.id ?? null,
      clientName: input.client?.name ?? null,
      action: input.action,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      targetName: input.target?.name ?? null,
      changes: input.changes && input.changes.length > 0 ? json(input.changes) : Prisma.DbNull,
      details: json(input.details),
    },
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose value differs between two versions of a thing (in `fields` order when given). */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, fields?: readonly string[]): FieldChange[] {
  const names = fields ?? [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names.filter((field) => !same(before[field], after[field])).map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}
