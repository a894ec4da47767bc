// One request budget per OnCallClerk key, shared by every upstream call this process makes for that
// client: pages, route handlers and the transcript sync all draw from it. OnCallClerk limits each
// key over a sliding minute (Starter 60, Professional 300; other plans are not published, so 60),
// so the budget is a sliding window too: a token bucket would allow twice the limit in a minute.
//
// Interactive calls (a person is waiting) may use the whole window; background calls (the sync)
// stop RESERVE_SHARE short of it and always queue behind interactive ones, so a sync never starves
// the pages of the same client. A 429 from upstream pauses the key for its Retry-After.
//
// Per process: several app instances each keep their own window (the sync of a client runs on one
// instance at a time, under a PostgreSQL lock); a 429 that still gets through is honoured.
export type Priority = "interactive" | "background";

const WINDOW_MS = 60_000;
const RESERVE_SHARE = 0.2;
const PLAN_LIMITS: Record<string, number> = { starter: 60, professional: 300 };
export const DEFAULT_REQUESTS_PER_MINUTE = 60;

export function requestsPerMinuteForPlan(plan: string | null | undefined): number {
  return PLAN_LIMITS[(plan ?? "").trim().toLowerCase()] ?? DEFAULT_REQUESTS_PER_MINUTE;
}

interface Waiter {
  priority: Priority;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class BudgetWaitTooLong extends Error {
  override name = "BudgetWaitTooLong";
  constructor(readonly retryAfterMs: number) {
    super("The request budget for this OnCallClerk key is used up for now");
  }
}

class KeyWindow {
  private readonly sent: number[] = [];
  private readonly waiters: Waiter[] = [];
  private pausedUntil = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(public limit: number, private readonly now: () => number) {}

  private prune(now: number): void {
    let expired = 0;
    while (expired < this.sent.length && (this.sent[expired] as number) <= now - WINDOW_MS) expired++;
    if (expired > 0) this.sent.splice(0, expired);
  }

  private ceiling(priority: Priority): number {
    return priority === "interactive" ? this.limit : Math.max(1, Math.floor(this.limit * (1 - RESERVE_SHARE)));
  }

  /** Milliseconds until a call of this priority could go (0 = now). */
  waitFor(priority: Priority): number {
    const now = this.now();
    this.prune(now);
    const pause = Math.max(0, this.pausedUntil - now);
    const ceiling = this.ceiling(priority);
    if (this.sent.length < ceiling) return pause;
    const freedAt = (this.sent[this.sent.length - ceiling] as number) + WINDOW_MS;
    return Math.max(pause, freedAt - now, 1);
  }

  take(): void {
    this.sent.push(this.now());
  }

  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    this.schedule();
  }

  enqueue(waiter: Waiter): void {
    // Interactive waiters go before every background one; order is kept within a priority.
    const at = waiter.priority === "interactive" ? this.waiters.findIndex((w) => w.priority === "background") : -1;
    if (at === -1) this.waiters.push(waiter);
    else this.waiters.splice(at, 0, waiter);
    this.drain();
  }

  remove(waiter: Waiter): void {
    const at = this.waiters.indexOf(waiter);
    if (at !== -1) this.waiters.splice(at, 1);
  }

  /** Lets queued calls go, strictly in queue order, as the window allows. */
  private drain(): void {
    while (this.waiters.length > 0) {
      const next = this.waiters[0] as Waiter;
      if (this.waitFor(next.priority) > 0) break;
      this.waiters.shift();
      this.take();
      next.resolve();
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const next = this.waiters[0];
    if (!next) return;
    this.timer = setTimeout(() => this.drain(), this.waitFor(next.priority));
    this.timer.unref();
  }

  get idle(): boolean {
    return this.waiters.length === 0 && this.sent.length === 0 && this.pausedUntil <= this.now();
  }
}

export class RateBudgets {
  private readonly windows = new Map<string, KeyWindow>();

  constructor(private readonly now: () => number = Date.now) {}

  private window(key: string, limit: number): KeyWindow {
    let window = this.windows.get(key);
    if (!window) {
      if (this.windows.size > 10_000) this.sweep();
      window = new KeyWindow(limit, this.now);
      this.windows.set(key, window);
    }
    window.limit = limit; // the plan may have changed since
    return window;
  }

  private sweep(): void {
    for (const [key, window] of this.windows) if (window.idle) this.windows.delete(key);
  }

  /**
   * Resolves when a call may go. `maxWaitMs` bounds the wait (a person should not stare at a
   * spinner for a minute): past it, BudgetWaitTooLong. An aborted signal rejects with its reason.
   */
  acquire(key: string, limit: number, priority: Priority, opts: { maxWaitMs?: number; signal?: AbortSignal } = {}): Promise<void> {
    const window = this.window(key, limit);
    const wait = window.waitFor(priority);
    if (opts.maxWaitMs !== undefined && wait > opts.maxWaitMs) return Promise.reject(new BudgetWaitTooLong(wait));
    return new Promise<void>((resolve, reject) => {
      const signal = opts.signal;
      const onAbort = () => {
        window.remove(waiter);
        reject(signal?.reason instanceof Error ? signal.reason : new Error("aborted"));
      };
      const waiter: Waiter = {
        priority,
        resolve: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        reject,
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener("abort", onAbort, { once: true });
      window.enqueue(waiter);
    });
  }

  /** Upstream said 429: nothing for this key goes before `ms` have passed. */
  pause(key: string, limit: number, ms: number): void {
    this.window(key, limit).pause(ms);
  }
}

const globalForBudgets = globalThis as unknown as { oncallclerkBudgets?: RateBudgets };

/** The process-wide budgets (one per key), shared across route handlers and the sync. */
export function rateBudgets(): RateBudgets {
  globalForBudgets.oncallclerkBudgets ??= new RateBudgets();
  return globalForBudgets.oncallclerkBudgets;
}

/** Tests that reset the simulator's rate windows reset ours too (a 429 pauses a key for minutes). */
export function resetRateBudgetsForTests(): void {
  globalForBudgets.oncallclerkBudgets = undefined;
}
