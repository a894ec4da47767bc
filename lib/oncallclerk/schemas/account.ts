import { z } from "zod";
import { dataEnvelope, e164Schema, timezoneSchema } from "./common";

// ---------- user ----------

// `email` is readable but not in the update body of the reference: sending it is rejected.
export const updateUserInputSchema = z
  .strictObject({
    firstName: z.string().min(1).optional(),
    lastName: z.string().min(1).optional(),
    company: z.string().min(1).optional(),
    timezone: timezoneSchema.optional(),
    personalPhoneNumber: e164Schema.optional(),
    emailNotifications: z.boolean().optional(),
    callNotifications: z.boolean().optional(),
    weeklyReports: z.boolean().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Give at least one field to update");
export type UpdateUserInput = z.input<typeof updateUserInputSchema>;

export const userProfileSchema = z.looseObject({
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  email: z.string().nullish(),
  company: z.string().nullish(),
  timezone: z.string().nullish(),
  personalPhoneNumber: z.string().nullish(),
  emailNotifications: z.boolean().nullish(),
  callNotifications: z.boolean().nullish(),
  weeklyReports: z.boolean().nullish(),
});
export type UserProfile = z.output<typeof userProfileSchema>;

export const userResponseSchema = dataEnvelope(userProfileSchema);
// Update's response is undocumented: the profile may or may not be echoed back.
export const updateUserResponseSchema = z.looseObject({ success: z.boolean().optional(), data: userProfileSchema.nullish() });

// ---------- subscription ----------

export const subscriptionSchema = z.looseObject({
  plan: z.string().nullish(),
  status: z.string().nullish(),
  current_period_start: z.string().nullish(), // ISO here, unlike /usage
  current_period_end: z.string().nullish(),
  cancel_at_period_end: z.boolean().nullish(),
});
export type Subscription = z.output<typeof subscriptionSchema>;

export const subscriptionUsageSchema = z.looseObject({ used: z.number().optional(), limit: z.number().nullish() });
export type SubscriptionUsage = z.output<typeof subscriptionUsageSchema>;

// An account without a subscription may answer `subscription: null`.
export const subscriptionResponseSchema = dataEnvelope(
  z.looseObject({ subscription: subscriptionSchema.nullable(), usage: subscriptionUsageSchema.nullish() }),
);
export type SubscriptionInfo = { subscription: Subscription | null; usage: SubscriptionUsage | null };

// ---------- usage ----------

// `limit`/`remaining` are nullable in case a custom (Enterprise) plan is unlimited.
const meterSchema = z.looseObject({ used: z.number(), limit: z.number().nullable(), remaining: z.number().nullish() });

export const usageSchema = z.looseObject({
  plan: z.string().nullish(),
  agents: meterSchema.optional(),
  minutes: meterSchema.optional(),
  phone_numbers: z.looseObject({ allowed: z.boolean() }).optional(),
  // Unix SECONDS (every other timestamp in the API is ISO): see billingPeriodDates().
  billing_period: z.looseObject({ start: z.number(), end: z.number() }).nullish(),
});
export type Usage = z.output<typeof usageSchema>;

export const usageResponseSchema = dataEnvelope(usageSchema);

export function billingPeriodDates(usage: Usage): { start: Date; end: Date } | null {
  if (!usage.billing_period) return null;
  return { start: new Date(usage.billing_period.start * 1000), end: new Date(usage.billing_period.end * 1000) };
}
