// The per-key request budget: a sliding minute like OnCallClerk's own limit, interactive calls
// ahead of the sync, a reserve the sync never touches, and 429 pauses.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RateBudgets, requestsPerMinuteForPlan } from "@/lib/clients/rate-budget";
import { retryDelayMs, withReadRetries } from "@/lib/transcripts/sync/retry";
import { OnCallClerkError } from "@/lib/oncallclerk";

beforeEach(() => vi.useFakeTimers({ now: new Date("2026-12-04T10:00:00Z") }));
afterEach(() => vi.useRealTimers());

/** Starts `count` acquisitions and reports which have been granted so far. */
function start(budgets: RateBudgets, count: number, priority: "interactive" | "background", limit = 10) {
  const granted: number[] = [];
  const all = Array.from({ length: count }, (_, i) => budgets.acquire("k", limit, priority).then(() => void granted.push(i)));
  return { granted, all };
}

describe("request budget per key", () => {
  it("sizes the window from the plan: Starter 60, Professional 300, anything else 60", () => {
    expect(requestsPerMinuteForPlan("starter")).toBe(60);
    expect(requestsPerMinuteForPlan("Professional")).toBe(300);
    expect(requestsPerMinuteForPlan("growth")).toBe(60);
    expect(requestsPerMinuteForPlan("enterprise")).toBe(60);
    expect(requestsPerMinuteForPlan(null)).toBe(60);
  });

  it("never lets more than the limit through in any 60 s window", async () => {
    const budgets = new RateBudgets();
    const { granted } = start(budgets, 25, "interactive");
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(10);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(granted).toHaveLength(10);
    await vi.advanceTimersByTimeAsync(1_001);
    expect(granted).toHaveLength(20);
  });

  it("keeps a fifth of the window for people: the sync stops at 80 %", async () => {
    const budgets = new RateBudgets();
    const sync = start(budgets, 10, "background");
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.granted).toHaveLength(8);
    const person = start(budgets, 2, "interactive");
    await vi.advanceTimersByTimeAsync(0);
    expect(person.granted).toHaveLength(2);
  });

  it("serves waiting interactive calls before waiting background ones", async () => {
    const budgets = new RateBudgets();
    await Promise.all(Array.from({ length: 10 }, () => budgets.acquire("k", 10, "interactive")));
    const order: string[] = [];
    const waits = [
      budgets.acquire("k", 10, "background").then(() => order.push("sync-1")),
      budgets.acquire("k", 10, "background").then(() => order.push("sync-2")),
      budgets.acquire("k", 10, "interactive").then(() => order.push("person")),
    ];
    await vi.advanceTimersByTimeAsync(60_001);
    await Promise.all(waits);
    expect(order).toEqual(["person", "sync-1", "sync-2"]);
  });

  it("a 429 pauses the key for its Retry-After", async () => {
    const budgets = new RateBudgets();
    budgets.pause("k", 10, 5_000);
    const { granted } = start(budgets, 1, "interactive");
    await vi.advanceTimersByTimeAsync(4_900);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(granted).toHaveLength(1);
  });

  it("refuses a wait longer than the caller accepts, without taking a slot", async () => {
    const budgets = new RateBudgets();
    await Promise.all(Array.from({ length: 10 }, () => budgets.acquire("k", 10, "interactive")));
    await expect(budgets.acquire("k", 10, "interactive", { maxWaitMs: 1_000 })).rejects.toMatchObject({ name: "BudgetWaitTooLong" });
    const other = start(budgets, 1, "interactive");
    await vi.advanceTimersByTimeAsync(60_001);
    expect(other.granted).toHaveLength(1);
  });

  it("keys are separate", async () => {
    const budgets = new RateBudgets();
    await Promise.all(Array.from({ length: 10 }, () => budgets.acquire("a", 10, "interactive")));
    let other = false;
    void budgets.acquire("b", 10, "interactive").then(() => (other = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(other).toBe(true);
  });
});

describe("read retries", () => {
  const unavailable = new OnCallClerkError({ kind: "unavailable", status: 502, message: "HTML page" });
  const limited = (retryAfterSeconds?: number) => new OnCallClerkError({ kind: "rate_limited", status: 429, retryAfterSeconds, message: "slow down" });

  it("waits the Retry-After a 429 names, plus a little jitter", () => {
    expect(retryDelayMs(limited(3), 0, { attempts: 5, baseMs: 500, maxMs: 30_000, random: () => 0.5 })).toBe(3_125);
  });

  it("backs off exponentially with full jitter, capped", () => {
    const policy = { attempts: 5, baseMs: 500, maxMs: 4_000, random: () => 0.999 };
    expect([0, 1, 2, 3, 4].map((attempt) => retryDelayMs(unavailable, attempt, policy))).toEqual([499, 999, 1_998, 3_996, 3_996]);
    expect(retryDelayMs(limited(), 2, { ...policy, random: () => 0 })).toBe(0);
  });

  it("retries outages and 429s, but not a rejected key or a missing agent", async () => {
    const sleeps: number[] = [];
    const policy = { attempts: 4, baseMs: 10, maxMs: 100, sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 };
    let calls = 0;
    await expect(withReadRetries(async () => (++calls < 3 ? Promise.reject(unavailable) : "ok"), policy)).resolves.toBe("ok");
    expect(calls).toBe(3);
    expect(sleeps).toEqual([5, 10]);
    calls = 0;
    const invalid = new OnCallClerkError({ kind: "invalid_key", status: 401, message: "no" });
    await expect(withReadRetries(async () => (calls++, Promise.reject(invalid)), policy)).rejects.toBe(invalid);
    expect(calls).toBe(1);
    calls = 0;
    await expect(withReadRetries(async () => (calls++, Promise.reject(unavailable)), policy)).rejects.toBe(unavailable);
    expect(calls).toBe(4);
  });
});
