// The state of one agent's pass through its transcripts, saved after every page so that a sync
// killed half-way continues from there (TranscriptSyncAgent.cursor).
import { z } from "zod";

/** A position in the newest-first list: a call's time, and the ids seen at exactly that time. */
export const markSchema = z.object({ at: z.number(), ids: z.array(z.string()).max(1000) });
export type Mark = z.infer<typeof markSchema>;

export const passCursorSchema = z.object({
  runId: z.string(),
  mode: z.enum(["incremental", "full"]),
  /** Where the next page starts (one before the boundary, so the boundary comes back first). */
  offset: z.number().int().min(0),
  /** The oldest call processed so far; everything newer than it is in the cache. */
  boundary: markSchema.nullable(),
  /** Incremental: the newest call of the last completed pass; the pass ends on reaching it. */
  stop: markSchema.nullable(),
  /** The newest call when this pass began: the next pass's `stop`. */
  top: markSchema.nullable(),
  pages: z.number().int().min(0),
  /** Pages fetched from the head again after the walk, to catch calls that arrived meanwhile. */
  topUps: z.number().int().min(0).default(0),
});
export type PassCursor = z.infer<typeof passCursorSchema>;

export function newCursor(runId: string, mode: PassCursor["mode"], stop: Mark | null): PassCursor {
  return { runId, mode, offset: 0, boundary: null, stop: mode === "full" ? null : stop, top: null, pages: 0, topUps: 0 };
}
