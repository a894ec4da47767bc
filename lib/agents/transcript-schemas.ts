// Transcript routes: the reference's query parameters (limit/offset paging, type and outcome
// filters), validated before anything is sent; ids are opaque like agent ids.
import { z } from "zod";
import { CALL_OUTCOMES, TRANSCRIPT_TYPES } from "@/lib/oncallclerk";
import { agentIdParamsSchema } from "./schemas";
import { intParam } from "@/lib/api/query-params";

/** One page is at most this many transcripts (the upstream's default page is 50). */
export const MAX_TRANSCRIPT_PAGE = 200;

export const TRANSCRIPT_QUERY_PARAMS = ["limit", "offset", "type", "outcome"] as const;

export const transcriptQuerySchema = z.strictObject({
  limit: intParam("limit", 1, MAX_TRANSCRIPT_PAGE).optional(),
  offset: intParam("offset", 0, 10_000_000).optional(),
  type: z.enum(TRANSCRIPT_TYPES, { error: `Choose one of: ${TRANSCRIPT_TYPES.join(", ")}` }).optional(),
  outcome: z.enum(CALL_OUTCOMES, { error: `Choose one of: ${CALL_OUTCOMES.join(", ")}` }).optional(),
});

// Same rules as agent ids: bounded, no path characters, never "." or ".." (dot segments).
const transcriptIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[^/?#\s]+$/, "Not a valid transcript id")
  .refine((id) => id !== "." && id !== "..", "Not a valid transcript id");

export const transcriptParamsSchema = agentIdParamsSchema.extend({ transcriptId: transcriptIdSchema });
