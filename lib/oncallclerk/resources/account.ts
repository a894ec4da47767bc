import { paths } from "../paths";
import * as a from "../schemas/account";
import { successOnlySchema } from "../schemas/common";
import { voiceListResponseSchema, type Voice } from "../schemas/voices";
import type { Transport } from "../transport";
import { parseRequest } from "../validate";

export function createVoicesApi(request: Transport) {
  return {
    async list(): Promise<Voice[]> {
      const res = await request({ method: "GET", path: paths.voices(), schema: voiceListResponseSchema, what: "voice list" });
      return res.data;
    },
  };
}

export function createUserApi(request: Transport) {
  return {
    async get(): Promise<a.UserProfile> {
      const res = await request({ method: "GET", path: paths.user(), schema: a.userResponseSchema, what: "user profile" });
      return res.data;
    },

    /** Returns the profile when the upstream echoes it, otherwise null (call get() to re-read). */
    async update(input: a.UpdateUserInput): Promise<a.UserProfile | null> {
      const json = parseRequest(a.updateUserInputSchema, input, "user update");
      const res = await request({ method: "PUT", path: paths.user(), json, schema: a.updateUserResponseSchema, what: "user update result", allowNoContent: true });
      return res.data ?? null;
    },

    /** Deletes the WHOLE upstream account (all agents, numbers, transcripts). */
    async delete(): Promise<void> {
      await request({ method: "DELETE", path: paths.user(), schema: successOnlySchema, what: "delete result", allowNoContent: true });
    },
  };
}

export function createSubscriptionApi(request: Transport) {
  return {
    async get(): Promise<a.SubscriptionInfo> {
      const res = await request({ method: "GET", path: paths.subscription(), schema: a.subscriptionResponseSchema, what: "subscription" });
      return { subscription: res.data.subscription, usage: res.data.usage ?? null };
    },
  };
}

export function createUsageApi(request: Transport) {
  return {
    /** Plan, agent and minute limits: read them here, never hard-code them. */
    async get(): Promise<a.Usage> {
      const res = await request({ method: "GET", path: paths.usage(), schema: a.usageResponseSchema, what: "usage" });
      return res.data;
    },
  };
}
