// One agent's pass through `GET /agents/{id}/transcripts` (newest first, limit/offset, no total),
// proof against the list shifting while we page: calls arriving push everything down (a page would
// repeat calls), calls deleted pull everything up (a page would skip calls).
//
// The pass remembers the oldest call it has processed (the boundary) and asks for the next page
// one position early, so the boundary should come back first. Then:
//   - the page starts at or before the boundary and goes past it → the calls after it are next;
//   - the page is entirely newer than the boundary (calls arrived) → move further down;
//   - the page starts after the boundary (calls were deleted above it, or the boundary itself
//     was) → there may be a gap: back up a page and look again.
// Upserts are idempotent, so re-reading a call costs nothing but the read. Incremental passes stop
// at the newest call of the previous pass; full passes walk to the end. After a walk of several
// pages, the head is read again to pick up calls that arrived meanwhile.
import { startedAtMs } from "../from-upstream";
import type { Transcript } from "@/lib/oncallclerk";
import type { Mark, PassCursor } from "./cursor";

export const PAGE_SIZE = 100;
/** Re-reads of the head after a walk (each stops at the previous head). */
const MAX_TOP_UPS = 3;

export interface PassIo {
  fetchPage(offset: number, limit: number): Promise<Transcript[]>;
  /** Store these calls (all unseen or possibly changed), then persist the cursor. */
  onPage(transcripts: Transcript[], cursor: PassCursor): Promise<void>;
}

export class ListKeptShifting extends Error {
  override name = "ListKeptShifting";
  constructor() {
    super("The list of calls kept changing while it was read; the sync will continue from here next time");
  }
}

type Position = "newer" | "at" | "older";

/** Where a call sits relative to a mark in the newest-first list. */
function position(t: Transcript, mark: Mark): Position {
  const at = startedAtMs(t);
  if (at > mark.at) return "newer";
  if (at < mark.at) return "older";
  return mark.ids.includes(t.id) ? "at" : "older"; // same instant, not yet seen: treat as after it
}

function markOf(transcripts: Transcript[], previous: Mark | null): Mark {
  const last = transcripts.at(-1)!;
  const at = startedAtMs(last);
  const sameInstant = transcripts.filter((t) => startedAtMs(t) === at).map((t) => t.id);
  const carried = previous && previous.at === at ? previous.ids : [];
  return { at, ids: [...new Set([...carried, ...sameInstant])].slice(-1000) };
}

/** The calls of a page up to (not including) the stop mark, and whether the mark was reached. */
function cutAtStop(transcripts: Transcript[], stop: Mark | null): { keep: Transcript[]; reached: boolean } {
  if (!stop) return { keep: transcripts, reached: false };
  const at = transcripts.findIndex((t) => {
    const p = position(t, stop);
    return p === "at" || (p === "older" && startedAtMs(t) < stop.at);
  });
  return at === -1 ? { keep: transcripts, reached: false } : { keep: transcripts.slice(0, at), reached: true };
}

/**
 * Walks from the cursor until the pass is complete; returns the finished cursor (its `top` is
 * the next pass's stop). Throws what `fetchPage` throws; the cursor saved by the last onPage is
 * where a later call resumes.
 */
export async function runPass(start: PassCursor, io: PassIo, limit = PAGE_SIZE): Promise<PassCursor> {
  let cursor = { ...start };
  // A list that changes by more than a page per read could keep us busy forever; give up well
  // after an honest walk would have finished (each page advances by limit - 1 calls).
  let budget = 50 + cursor.pages * 2;
  let walkDone = false;
  while (true) {
    if (budget-- <= 0) throw new ListKeptShifting();
    const page = await io.fetchPage(cursor.offset, limit);
    cursor.pages += 1;
    if (cursor.top === null && cursor.offset === 0) cursor.top = page.length > 0 ? markOf(page.slice(0, 1), null) : { at: 0, ids: [] };

    const step = nextStep(cursor, page, limit);
    budget += step.progress ? 2 : 0;
    if (step.store.length > 0 || step.next.done) {
      cursor = { ...cursor, ...step.next.cursor };
      await io.onPage(step.store, cursor);
    } else cursor = { ...cursor, ...step.next.cursor };
    if (!step.next.done) continue;
    if (walkDone || cursor.pages <= 1) return cursor;

    // Calls that arrived while we walked sit above the head we started from: read down to it.
    walkDone = true;
    if (cursor.topUps >= MAX_TOP_UPS) return cursor;
    const previousTop = cursor.top;
    cursor = { ...cursor, offset: 0, boundary: null, stop: previousTop, top: null, topUps: cursor.topUps + 1 };
    const head = await io.fetchPage(0, limit);
    cursor.pages += 1;
    cursor.top = head.length > 0 ? markOf(head.slice(0, 1), null) : previousTop;
    const { keep, reached } = cutAtStop(head, previousTop);
    await io.onPage(keep, { ...cursor, offset: 0 });
    if (reached || head.length < limit || keep.length === 0) return cursor;
    // More arrived than one page holds: continue as an incremental walk down to the old head.
    cursor = { ...cursor, offset: head.length - 1, boundary: markOf(keep, null) };
    walkDone = false;
  }
}

interface Step {
  store: Transcript[];
  progress: boolean;
  next: { done: boolean; cursor: Partial<PassCursor> };
}

function nextStep(cursor: PassCursor, page: Transcript[], limit: number): Step {
  const { offset, boundary } = cursor;
  if (page.length === 0) {
    // Past the end: at the head that is an empty list; further down the list may have shrunk
    // under us, so look a page earlier before believing it.
    if (offset === 0 || boundary === null) return { store: [], progress: false, next: { done: true, cursor: {} } };
    return { store: [], progress: false, next: { done: false, cursor: { offset: Math.max(0, offset - (limit - 1)) } } };
  }
  const firstOlder = boundary === null ? 0 : page.findIndex((t) => position(t, boundary) === "older");
  if (firstOlder === -1) {
    // All newer than (or at) the boundary: calls arrived above us. Move down, keeping an overlap.
    if (page.length < limit) return { store: [], progress: false, next: { done: true, cursor: {} } };
    return { store: [], progress: false, next: { done: false, cursor: { offset: offset + page.length - 1 } } };
  }
  if (firstOlder === 0 && offset > 0 && boundary !== null) {
    // The page begins after the boundary: what lay between may have moved above this offset.
    return { store: [], progress: false, next: { done: false, cursor: { offset: Math.max(0, offset - (limit - 1)) } } };
  }
  const { keep, reached } = cutAtStop(page.slice(firstOlder), cursor.stop);
  // Newer calls on the page arrived meanwhile (or were seen already): storing them again is harmless.
  const store = cursor.stop ? cutAtStop(page, cursor.stop).keep : page;
  if (keep.length === 0) return { store, progress: true, next: { done: true, cursor: {} } };
  const newBoundary = markOf(keep, boundary);
  const done = reached || page.length < limit;
  return { store, progress: true, next: { done, cursor: { boundary: newBoundary, offset: offset + page.length - 1 } } };
}
