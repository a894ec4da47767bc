// Call generation. Records are compact; the words of a call are re-rendered from its seed on read
// (renderTranscript), so a 100k-call benchmark does not hold 100k conversations in memory.
import { createRng, pick, randId, randInt, shuffle } from "../prng";
import type { CallContext, CallOutcome, CallRecord, TranscriptType } from "../types";
import { CALLER_FORMATS, FIRST_NAMES, SURNAMES, VERTICALS, type Vertical } from "./business";
import { AREAS, DAYS, FILLERS, FIRST_AID, OUTCOME_CLOSINGS, OUTCOME_NOTES, SCENARIOS, STREETS, TIMES } from "./scenarios";

const DAY_MS = 86_400_000;

// The first 9 seeded calls of an agent use these pairs, so every seeded agent shows all 7 types
// and all 9 outcomes (filters in the portal then always have something to find).
const COVERAGE: readonly [TranscriptType, CallOutcome][] = [
  ["Sales Inquiry", "Lead Captured"], ["Support Request", "Resolved"], ["General Info", "Information Provided"],
  ["Complaint", "Escalated"], ["Feedback", "No Action"], ["Booking", "Follow-up Required"],
  ["Cancellation", "Cancelled"], ["Support Request", "Unresolved"], ["General Info", "Unknown"],
];

function ratingFor(rng: () => number, outcome: CallOutcome): number {
  if (outcome === "Unresolved" || outcome === "Escalated") return randInt(rng, 1, 3);
  if (outcome === "Unknown" || outcome === "No Action") return randInt(rng, 2, 5);
  return randInt(rng, 3, 5);
}

function callerNumber(rng: () => number): string {
  const [prefix, digits] = pick(rng, CALLER_FORMATS);
  let n = prefix;
  for (let i = 0; i < digits; i++) n += String(i === 0 ? randInt(rng, 2, 9) : randInt(rng, 0, 9));
  return n;
}

/** One new call. `forced` pins type and outcome (used for coverage of the seed set). */
export function makeCall(
  rng: () => number, seq: number, ctx: CallContext, createdAt: number,
  forced?: readonly [TranscriptType, CallOutcome],
): CallRecord {
  const scenario = pick(rng, SCENARIOS);
  const type = forced ? forced[0] : scenario.type;
  const outcome = forced ? forced[1] : pick(rng, scenario.outcomes);
  const duration = outcome === "Unknown" ? randInt(rng, 12, 70) : randInt(rng, 45, 720);
  return {
    id: `tr_${randId(rng, 8)}${seq.toString(36)}`,
    createdAt, duration, caller: callerNumber(rng), type, outcome,
    rating: ratingFor(rng, outcome), seed: Math.floor(rng() * 4294967296), ctx,
  };
}

/** The seed set of one agent: `count` calls over the last ~30 days, newest first. */
export function seedCalls(rng: () => number, startSeq: number, count: number, ctx: CallContext, now: number): CallRecord[] {
  const plan: (readonly [TranscriptType, CallOutcome] | undefined)[] = [];
  for (let i = 0; i < count; i++) plan.push(COVERAGE[i]);
  shuffle(rng, plan);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(now - 5 * 60_000 - Math.floor(rng() * 30 * DAY_MS));
  times.sort((a, b) => b - a);
  return plan.map((forced, i) => makeCall(rng, startSeq + i, ctx, times[i] ?? now, forced));
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** date/time are wall-clock in the agent's zone with no offset (the notes say: use created_at). */
function localParts(ms: number, timezone: string): { date: string; time: string } {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
    });
    formatters.set(timezone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(ms)) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}` };
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** The API shape of a transcript (AgentTranscript in the reference). */
export function renderTranscript(call: CallRecord, agentId: string) {
  const rng = createRng(call.seed);
  const vertical: Vertical = VERTICALS.find((v) => v.id === call.ctx.vertical) ?? (VERTICALS[0] as Vertical);
  const matching = SCENARIOS.filter((s) => s.type === call.type && s.outcomes.includes(call.outcome));
  const scenario = pick(rng, matching.length > 0 ? matching : SCENARIOS.filter((s) => s.type === call.type));
  const first = pick(rng, FIRST_NAMES);
  const surname = pick(rng, SURNAMES);
  const [lo, hi] = vertical.priceRange;
  const priceLow = randInt(rng, lo, Math.max(lo, Math.floor((lo + hi) / 2)));
  const vars: Record<string, string> = {
    business: call.ctx.businessName, first, name: `${first} ${surname}`, caller: call.caller,
    issue: pick(rng, vertical.issues), service: pick(rng, vertical.services), visit: vertical.visit,
    priceLow: String(priceLow), priceHigh: String(randInt(rng, priceLow, hi)), price: String(randInt(rng, lo, lo + Math.floor((hi - lo) / 5))),
    day: pick(rng, DAYS), time: pick(rng, TIMES), area: pick(rng, AREAS), street: pick(rng, STREETS),
    firstAid: pick(rng, FIRST_AID), open: "9am", close: "5pm",
    spelled: surname.toUpperCase().split("").join("-"), emailUser: `${first}.${surname}`.toLowerCase(),
  };
  const pairs = Math.max(1, randInt(rng, 6, 20) / 2 - 2); // greeting+opener and closing pair are fixed
  const middle = [...scenario.core];
  const fillers = shuffle(rng, [...FILLERS]);
  while (middle.length < pairs && fillers.length > 0) {
    middle.splice(randInt(rng, 1, middle.length), 0, fillers.pop() as [string, string]);
  }
  const conversation: { speaker: "agent" | "caller"; text: string }[] = [
    { speaker: "agent", text: call.ctx.greeting },
    { speaker: "caller", text: fill(scenario.opener, vars) },
  ];
  for (const [agentLine, callerLine] of middle.slice(0, Math.floor(pairs))) {
    conversation.push({ speaker: "agent", text: fill(agentLine, vars) }, { speaker: "caller", text: fill(callerLine, vars) });
  }
  conversation.push(
    { speaker: "agent", text: fill(OUTCOME_CLOSINGS[call.outcome], vars) },
    { speaker: "caller", text: call.outcome === "Unknown" ? "…" : "Thanks, bye." },
  );
  const { date, time } = localParts(call.createdAt, call.ctx.timezone);
  return {
    id: call.id, date, time, duration: call.duration, duration_minutes: Math.round((call.duration / 60) * 100) / 100,
    caller: call.caller, type: call.type, outcome: call.outcome, rating: call.rating,
    summary: `${fill(scenario.summary, vars)} ${fill(OUTCOME_NOTES[call.outcome], vars)}`,
    conversation, agentId, created_at: new Date(call.createdAt).toISOString(),
  };
}

export type Transcript = ReturnType<typeof renderTranscript>;
