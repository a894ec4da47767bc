// The query string of a transcript search, for GET /api/transcripts, the export and the search page
// alike, so a search URL can be bookmarked, shared and replayed as an export. clientId, type and
// outcome may be repeated; everything else appears once. Unknown parameters are refused.
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/api/body";
import { validationError } from "@/lib/api/errors";
import { clientIdSchema } from "@/lib/clients/schemas";
import { agentIdParamsSchema } from "@/lib/agents/schemas";

const REPEATABLE = ["clientId", "type", "outcome"] as const;
const SINGLE = ["q", "agentId", "ratingMin", "ratingMax", "from", "to", "durationMin", "durationMax", "sort", "cursor", "limit"] as const;
export const SEARCH_PARAMS = [...REPEATABLE, ...SINGLE] as const;

/** A calendar day in a query string, "2026-11-30" (shared by every route that filters by date). */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-30")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "Not a real date")
  // JavaScript has a year 0000, PostgreSQL does not; no call predates 1900 or follows 2999.
  .refine((value) => value >= "1900-01-01" && value <= "2999-12-31", "Use a date between 1900 and 2999");

const number = (label: string, min: number, max: number, integer = false) =>
  z
    .string()
    .regex(integer ? /^\d{1,9}$/ : /^\d{1,9}(\.\d{1,3})?$/, `${label} must be a ${integer ? "whole " : ""}number`)
    .transform(Number)
    .pipe(z.number().min(min, `${label} must be at least ${min}`).max(max, `${label} must be at most ${max}`));

// NUL cannot reach PostgreSQL, and no type or outcome has control characters.
const label = z.string().trim().min(1).max(64).regex(/^[^\p{Cc}]*$/u, "Remove control characters");

export const transcriptSearchSchema = z
  .object({
    // Anything is a valid search (the parser drops what cannot be searched); only size is bounded.
    q: z.string().max(20_000, "Keep the search under 20,000 characters").optional(),
    clientId: z.array(clientIdSchema).max(1000).default([]),
    agentId: agentIdParamsSchema.shape.agentId.optional(),
    type: z.array(label).max(20).default([]),
    outcome: z.array(label).max(20).default([]),
    ratingMin: number("ratingMin", 0, 5).optional(),
    ratingMax: number("ratingMax", 0, 5).optional(),
    from: isoDaySchema.optional(),
    to: isoDaySchema.optional(),
    durationMin: number("durationMin", 0, 86_400, true).optional(),
    durationMax: number("durationMax", 0, 86_400, true).optional(),
    sort: z.enum(["relevance", "date"], { error: "sort is relevance or date" }).optional(),
    cursor: z.string().max(600).optional(),
    limit: number("limit", 1, 100, true).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from) ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date" });
    if (value.ratingMin !== undefined && value.ratingMax !== undefined && value.ratingMax < value.ratingMin) {
      ctx.addIssue({ code: "custom", path: ["ratingMax"], message: "The highest rating is below the lowest" });
    }
    if (value.durationMin !== undefined && value.durationMax !== undefined && value.durationMax < value.durationMin) {
      ctx.addIssue({ code: "custom", path: ["durationMax"], message: "The longest duration is below the shortest" });
    }
  });
export type TranscriptSearchParams = z.output<typeof transcriptSearchSchema>;

/** URLSearchParams → the raw object the schema reads; problems with names or repeats are reported. */
export function searchParamsObject(search: URLSearchParams, allowed: readonly string[] = SEARCH_PARAMS) {
  const values: Record<string, string | string[]> = {};
  const problems: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [name, value] of search) {
    if (!allowed.includes(name)) problems[name] = [`Unknown query parameter (allowed: ${allowed.join(", ")})`];
    else if ((REPEATABLE as readonly string[]).includes(name)) ((values[name] ??= []) as string[]).push(value);
    else if (name in values) problems[name] = ["Give this parameter once"];
    else if (value !== "") values[name] = value; // an empty form field means "not set"
  }
  return { values, problems };
}

/** For route handlers: 400 with field errors on anything wrong. */
export function parseSearchParams(search: URLSearchParams, allowed: readonly string[] = SEARCH_PARAMS): TranscriptSearchParams {
  const { values, problems } = searchParamsObject(search, allowed);
  if (Object.keys(problems).length > 0) throw validationError(problems);
  const parsed = transcriptSearchSchema.safeParse(values);
  if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** For the search page: what parses, plus the problems to show next to the fields. */
export function readSearchParams(search: URLSearchParams): { params: TranscriptSearchParams | null; problems: Record<string, string[]> } {
  const { values, problems } = searchParamsObject(search);
  const parsed = transcriptSearchSchema.safeParse(values);
  if (!parsed.success) return { params: null, problems: { ...problems, ...fieldErrorsOf(parsed.error) } };
  return { params: parsed.data, problems };
}

/** The parsed query string as the search function's input, over the clients already in scope. */
export function toSearchInput(agencyId: string, scope: { clients: { id: string }[]; wholeAgency: boolean }, params: TranscriptSearchParams, access: { maskCallers: boolean }) {
  return {
    agencyId, maskCallers: access.maskCallers, clientIds: scope.clients.map((client) => client.id), wholeAgency: scope.wholeAgency, q: params.q, agentId: params.agentId, types: params.type, outcomes: params.outcome,
    ratingMin: params.ratingMin, ratingMax: params.ratingMax, from: params.from, to: params.to,
    durationMin: params.durationMin, durationMax: params.durationMax, sort: params.sort, cursor: params.cursor, limit: params.limit,
  };
}
