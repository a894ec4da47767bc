import { z } from "zod";
import { dataEnvelope, idSchema } from "./common";

// Transcripts mix casing upstream (agentId, created_at, duration_minutes): kept as is.
// `date` + `time` carry no zone; use `created_at` for anything time-based.

export const TRANSCRIPT_TYPES = [
  "Sales Inquiry",
  "Support Request",
  "General Info",
  "Complaint",
  "Feedback",
  "Booking",
  "Cancellation",
] as const;

export const CALL_OUTCOMES = [
  "Resolved",
  "Unresolved",
  "Escalated",
  "Follow-up Required",
  "Information Provided",
  "Lead Captured",
  "Cancelled",
  "No Action",
  "Unknown",
] as const;

export const listTranscriptsQuerySchema = z.strictObject({
  limit: z.number().int().min(1).optional(), // upstream default 50
  offset: z.number().int().min(0).optional(),
  type: z.enum(TRANSCRIPT_TYPES).optional(),
  outcome: z.string().min(1).optional(), // the reference's list ends in "etc.": not an enum
});
export type ListTranscriptsQuery = z.input<typeof listTranscriptsQuerySchema>;

export const transcriptSchema = z.looseObject({
  id: idSchema,
  date: z.string().optional(),
  time: z.string().optional(),
  duration: z.number().optional(), // seconds
  duration_minutes: z.number().optional(),
  caller: z.string().nullish(), // withheld numbers
  type: z.string().nullish(),
  outcome: z.string().nullish(),
  rating: z.number().nullish(),
  summary: z.string().nullish(),
  conversation: z.array(z.looseObject({ speaker: z.string(), text: z.string() })).optional(),
  agentId: z.string().optional(),
  created_at: z.string().optional(),
});
export type Transcript = z.output<typeof transcriptSchema>;

export const transcriptListResponseSchema = dataEnvelope(z.looseObject({ transcripts: z.array(transcriptSchema) }));

// The reference shows no body for "get one": accept `data: transcript` and `data.transcript`.
export const transcriptResponseSchema = dataEnvelope(
  z.union([transcriptSchema, z.looseObject({ transcript: transcriptSchema }).transform((d) => d.transcript)]),
);
