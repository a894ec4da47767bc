// The request gate for one client's OnCallClerk key: every request draws from that key's budget
// (rate-budget.ts). A person is never kept waiting long: past INTERACTIVE_MAX_WAIT_MS they get the
// usual "rate limited" error with a retry time. A 429 from upstream pauses the key.
import { OnCallClerkError, parseRetryAfter, type RequestGate } from "@/lib/oncallclerk";
import { BudgetWaitTooLong, rateBudgets, type Priority } from "./rate-budget";

const INTERACTIVE_MAX_WAIT_MS = 10_000;
/** Without a usable Retry-After, a 429 pauses the key this long. */
const DEFAULT_PAUSE_MS = 5_000;

export interface BudgetRef {
  key: string;
  limit: number;
  priority: Priority;
}

export function budgetGate(budget: BudgetRef): RequestGate {
  return {
    async before() {
      try {
        await rateBudgets().acquire(budget.key, budget.limit, budget.priority, {
          maxWaitMs: budget.priority === "interactive" ? INTERACTIVE_MAX_WAIT_MS : undefined,
        });
      } catch (error) {
        if (!(error instanceof BudgetWaitTooLong)) throw error;
        const seconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
        throw new OnCallClerkError({
          kind: "rate_limited",
          status: 429,
          retryAfterSeconds: seconds,
          message: `This portal has used this client's OnCallClerk request allowance for the minute (retry after ${seconds} s)`,
        });
      }
    },
    after(response) {
      if (response.status !== 429) return;
      const seconds = parseRetryAfter(response.headers.get("retry-after"));
      rateBudgets().pause(budget.key, budget.limit, seconds !== undefined ? seconds * 1000 : DEFAULT_PAUSE_MS);
    },
  };
}
