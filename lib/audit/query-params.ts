// The audit log's query string (GET /api/audit, its CSV export, the /audit page): who, which
// client, which action (an exact one or a group such as "agent"), which days, and where the last
// page ended. Days are UTC calendar days: the log is agency-wide and its clients can sit in
// different zones, so one explicit zone keeps "from 2026-12-01" meaning the same to everyone.
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/api/body";
import { validationError } from "@/lib/api/errors";
import { intParam } from "@/lib/api/query-params";
import { clientIdSchema } from "@/lib/clients/schemas";
import { isoDaySchema } from "@/lib/transcripts/search-params";
import { isAuditGroup } from "./action-groups";
import { isAuditAction } from "./actions";

export const AUDIT_FILTER_PARAMS = ["clientId", "actor", "action", "from", "to"] as const;
export const AUDIT_PAGE_PARAMS = ["cursor", "limit"] as const;

export const auditQuerySchema = z
  .object({
    clientId: clientIdSchema.optional(),
    // A person is named by their user id (they may have left, or changed their name, since).
    actor: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a person of this agency").optional(),
    action: z
      .string()
      .refine((value) => isAuditAction(value) || isAuditGroup(value), "Not an action the log records (e.g. agent.update, or agent for every agent action)")
      .optional(),
    from: isoDaySchema.optional(),
    to: isoDaySchema.optional(),
    cursor: z.string().max(200).optional(),
    limit: intParam("limit", 1, 100).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from) ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date" });
  });
export type AuditQuery = z.output<typeof auditQuerySchema>;

function rawValues(search: URLSearchParams, allowed: readonly string[]) {
  const values: Record<string, string> = {};
  const problems: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [name, value] of search) {
    if (!allowed.includes(name)) problems[name] = [`Unknown query parameter (allowed: ${allowed.join(", ")})`];
    else if (name in values) problems[name] = ["Give this parameter once"];
    else if (value !== "") values[name] = value; // an empty form field means "not set"
  }
  return { values, problems };
}

/** For route handlers: 400 with field errors on anything wrong. */
export function parseAuditQuery(search: URLSearchParams, allowed: readonly string[] = [...AUDIT_FILTER_PARAMS, ...AUDIT_PAGE_PARAMS]): AuditQuery {
  const { values, problems } = rawValues(search, allowed);
  if (Object.keys(problems).length > 0) throw validationError(problems);
  const parsed = auditQuerySchema.safeParse(values);
  if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** For the page: what parses, and the problems to show by the filters (never an error page). */
export function readAuditQuery(search: URLSearchParams): { query: AuditQuery; problems: Record<string, string[]> } {
  const { values, problems } = rawValues(search, [...AUDIT_FILTER_PARAMS, "cursor"]);
  const parsed = auditQuerySchema.safeParse(values);
  if (parsed.success) return { query: parsed.data, problems };
  return { query: {}, problems: { ...problems, ...fieldErrorsOf(parsed.error) } };
}

/** The createdAt bounds of a from/to pair of UTC days (to is inclusive: up to the next midnight). */
export function dayBounds(query: Pick<AuditQuery, "from" | "to">): { gte?: Date; lt?: Date } {
  const bounds: { gte?: Date; lt?: Date } = {};
  if (query.from) bounds.gte = new Date(`${query.from}T00:00:00.000Z`);
  if (query.to) bounds.lt = new Date(Date.parse(`${query.to}T00:00:00.000Z`) + 86_400_000);
  return bounds;
}
