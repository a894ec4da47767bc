// Reads are retried when OnCallClerk is briefly unable (5xx, HTML pages, timeouts) or asks us to slow
// down (429): with Retry-After when it says one, else exponential backoff with full jitter, so many
// syncs that failed together do not come back together. Anything else (401, 404, a response that
// does not parse) is not going to get better by asking again.
import { isOnCallClerkError } from "@/lib/oncallclerk";

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
  /** Longest Retry-After we wait for in one go (default 120 s). */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

export const SYNC_RETRY_POLICY: RetryPolicy = { attempts: 8, baseMs: 500, maxMs: 30_000 };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function isRetryableRead(error: unknown): boolean {
  return isOnCallClerkError(error) && (error.kind === "unavailable" || error.kind === "rate_limited");
}

export function retryDelayMs(error: unknown, attempt: number, policy: RetryPolicy): number {
  const random = policy.random ?? Math.random;
  if (isOnCallClerkError(error) && error.kind === "rate_limited" && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds * 1000, policy.maxRetryAfterMs ?? 120_000) + Math.floor(random() * 250);
  }
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

export async function withReadRetries<T>(read: () => Promise<T>, policy: RetryPolicy = SYNC_RETRY_POLICY): Promise<T> {
  const sleep = policy.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (!isRetryableRead(error) || attempt + 1 >= policy.attempts) throw error;
      const delay = retryDelayMs(error, attempt, policy);
      policy.onRetry?.(error, attempt + 1, delay);
      await sleep(delay);
    }
  }
}
