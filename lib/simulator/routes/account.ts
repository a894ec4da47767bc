// Account-level endpoints: /user, /usage, /subscription, /voices.
import { jsonObject } from "../http";
import type { Route } from "../router";
import { USER_READ_ONLY, updateUserSchema } from "../schemas";
import { billingPeriod, usageOf } from "../usage";
import { VOICES } from "../voices";
import { parseOr400, rejectReadOnly } from "../validation";

export const accountRoutes: Route[] = [
  // GET /user — profile
  { method: "GET", path: "/user", handler: ({ account }) => ({ body: { success: true, data: account.profile } }) },

  // PUT /user — partial update; email is read-only (not in the reference's update table). Answers the full profile.
  {
    method: "PUT", path: "/user",
    handler: ({ account, body }) => {
      const raw = jsonObject(body);
      rejectReadOnly(raw, USER_READ_ONLY);
      Object.assign(account.profile, parseOr400(updateUserSchema, raw));
      return { body: { success: true, data: account.profile } };
    },
  },

  // DELETE /user — deletes everything; the key answers 401 afterwards
  {
    method: "DELETE", path: "/user",
    handler: ({ account, store }) => {
      store.deleteAccount(account.key);
      return { body: { success: true } };
    },
  },

  // GET /usage — billing_period in Unix seconds (the one place the API does that)
  { method: "GET", path: "/usage", handler: ({ account, store }) => ({ body: { success: true, data: usageOf(account, store.now()) } }) },

  // GET /subscription — ISO period; usage.used/limit are minutes
  {
    method: "GET", path: "/subscription",
    handler: ({ account, store }) => {
      const now = store.now();
      const usage = usageOf(account, now);
      const period = billingPeriod(now);
      return {
        body: {
          success: true,
          data: {
            subscription: {
              plan: account.plan, status: "active",
              current_period_start: new Date(period.start).toISOString().replace(".000Z", "Z"),
              current_period_end: new Date(period.end).toISOString().replace(".000Z", "Z"),
              cancel_at_period_end: false,
            },
            usage: { used: Math.round(usage.minutes.used), limit: usage.minutes.limit },
          },
        },
      };
    },
  },

  // GET /voices — the 9 documented voices
  { method: "GET", path: "/voices", handler: () => ({ body: { success: true, data: VOICES } }) },
];
