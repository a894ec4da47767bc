// Runtime switches. Set through startSimulator() options, then adjustable via PUT /__sim/config.
import { z } from "zod";
import { BUNDLE_STATUSES } from "./types";

export const simConfigSchema = z.strictObject({
  /** Added before every API request is answered (not control requests). */
  latencyMs: z.number().int().min(0).max(60_000),
  /** Fraction (0..1) of API requests answered with a 500 JSON error envelope. */
  errorRate: z.number().min(0).max(1),
  /** Fraction (0..1) of API requests answered with a 502 HTML page, like a proxy in front of the API. */
  htmlErrorRate: z.number().min(0).max(1),
  /** Fraction (0..1) of API requests answered 429 with a 1 s Retry-After (bursts, whatever the plan). */
  tooManyRequestsRate: z.number().min(0).max(1),
  /** Per-plan per-key request limits (sliding 60 s window). */
  rateLimit: z.boolean(),
  /** New calls per minute on every agent of every existing account (0 = off). */
  arrivalsPerMinute: z.number().min(0).max(60_000),
  /** Calls deleted per minute on every agent (a random one each time, never the newest), 0 = off. */
  deletionsPerMinute: z.number().min(0).max(60_000),
  /** Retry-After on 429: delta seconds or an HTTP date (the real API may send either). */
  retryAfterFormat: z.enum(["seconds", "http-date"]),
  /** Seeded calls per agent for accounts created from now on. */
  transcriptsPerAgent: z.number().int().min(0).max(200_000),
  /** Status a freshly created regulatory bundle gets. Real bundles take days; default approves at once. */
  bundleInitialStatus: z.enum(BUNDLE_STATUSES),
});

export type SimConfig = z.infer<typeof simConfigSchema>;

export const DEFAULT_CONFIG: SimConfig = {
  latencyMs: 0,
  errorRate: 0,
  htmlErrorRate: 0,
  tooManyRequestsRate: 0,
  rateLimit: true,
  arrivalsPerMinute: 0,
  deletionsPerMinute: 0,
  retryAfterFormat: "seconds",
  transcriptsPerAgent: 40,
  bundleInitialStatus: "twilio-approved",
};

export const simConfigPatchSchema = simConfigSchema.partial();
export type SimConfigPatch = z.infer<typeof simConfigPatchSchema>;
