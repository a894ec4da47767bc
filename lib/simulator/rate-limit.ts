// Per-key sliding 60 s window. Only accepted requests count, so a client that backs off recovers.
const WINDOW_MS = 60_000;

export type RateDecision = { ok: true; limit: number; remaining: number } | { ok: false; limit: number; retryAfterMs: number };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  check(key: string, limit: number, now: number): RateDecision {
    let log = this.hits.get(key);
    if (!log) {
      log = [];
      this.hits.set(key, log);
    }
    let expired = 0;
    while (expired < log.length && (log[expired] as number) <= now - WINDOW_MS) expired++;
    if (expired > 0) log.splice(0, expired);
    if (log.length >= limit) return { ok: false, limit, retryAfterMs: (log[0] as number) + WINDOW_MS - now };
    log.push(now);
    return { ok: true, limit, remaining: limit - log.length };
  }

  reset(): void {
    this.hits.clear();
  }
}

/** Retry-After as delta seconds or an HTTP date; the notes say clients must accept both. */
export function retryAfterHeader(retryAfterMs: number, format: "seconds" | "http-date", now: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return format === "seconds" ? String(seconds) : new Date(now + seconds * 1000).toUTCString();
}
