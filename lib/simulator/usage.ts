// Billing period and minute usage, shared by /usage, /subscription and the control dump.
import { PLANS } from "./plans";
import type { Account } from "./types";

/** Calendar month in UTC: the reference gives no anchor, and a month keeps the numbers readable. */
export function billingPeriod(now: number): { start: number; end: number } {
  const d = new Date(now);
  return { start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) };
}

/** Minutes of calls created in the period (each agent's list is newest first, so stop early). */
export function minutesUsed(account: Account, start: number, end: number): number {
  let seconds = 0;
  for (const agent of account.agents.values()) {
    for (const c of agent.calls) {
      if (c.createdAt < start) break;
      if (c.createdAt < end) seconds += c.duration;
    }
  }
  return Math.round((seconds / 60) * 10) / 10;
}

export function usageOf(account: Account, now: number) {
  const plan = PLANS[account.plan];
  const period = billingPeriod(now);
  const used = minutesUsed(account, period.start, period.end);
  return {
    plan: account.plan,
    agents: { used: account.agents.size, limit: plan.agents, remaining: Math.max(0, plan.agents - account.agents.size) },
    minutes: { used, limit: plan.minutes, remaining: Math.max(0, Math.round((plan.minutes - used) * 10) / 10) },
    phone_numbers: { allowed: true },
    billing_period: { start: Math.floor(period.start / 1000), end: Math.floor(period.end / 1000) },
  };
}
