import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { billingPeriodDates, createOnCallClerkClient } from "@/lib/oncallclerk";
import { startCannedServer, type CannedServer } from "../support/canned-server";

let server: CannedServer;
let client: ReturnType<typeof createOnCallClerkClient>;
beforeAll(async () => {
  server = await startCannedServer();
  client = createOnCallClerkClient({ apiKey: "occ_test_key", baseUrl: server.url });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const transcript = {
  id: "tr_xyz789",
  date: "2025-01-20",
  time: "14:32:00",
  duration: 185,
  duration_minutes: 3.08,
  caller: "+14155559999",
  type: "Sales Inquiry",
  outcome: "Lead Captured",
  rating: 5,
  summary: "Asked about pricing.",
  conversation: [{ speaker: "agent", text: "Hello" }, { speaker: "caller", text: "Hi" }],
  agentId: "agt_abc123",
  created_at: "2025-01-20T14:32:00Z",
};

describe("transcripts", () => {
  it("lists transcripts (data.transcripts) passing limit/offset/type/outcome", async () => {
    server.on("GET", "/agents/agt_abc123/transcripts", { json: { success: true, data: { transcripts: [transcript] } } });
    const list = await client.transcripts.list("agt_abc123", { limit: 25, offset: 50, type: "Sales Inquiry", outcome: "Lead Captured" });
    expect(list).toEqual([transcript]);
    expect(Object.fromEntries(server.requests[0]?.query ?? [])).toEqual({
      limit: "25",
      offset: "50",
      type: "Sales Inquiry",
      outcome: "Lead Captured",
    });
  });

  it("gets one transcript whether the data is the transcript or wraps it", async () => {
    server.on("GET", "/agents/agt_abc123/transcripts/tr_xyz789", { json: { success: true, data: transcript } });
    await expect(client.transcripts.get("agt_abc123", "tr_xyz789")).resolves.toEqual(transcript);
    server.on("GET", "/agents/agt_abc123/transcripts/tr_wrapped", { json: { success: true, data: { transcript: { ...transcript, id: "tr_wrapped" } } } });
    await expect(client.transcripts.get("agt_abc123", "tr_wrapped")).resolves.toMatchObject({ id: "tr_wrapped", rating: 5 });
  });
});

describe("voices, user, subscription, usage", () => {
  it("lists voices", async () => {
    const voices = [{ id: "f5HLTX707KIM4SzJYzSz", name: "Kevin", accent: "American", description: "Warm", gender: "Male" }];
    server.on("GET", "/voices", { json: { success: true, data: voices } });
    await expect(client.voices.list()).resolves.toEqual(voices);
  });

  it("gets, updates and deletes the user", async () => {
    const profile = { firstName: "Jane", lastName: "Doe", email: "jane@acme.com", emailNotifications: true };
    server.on("GET", "/user", { json: { success: true, data: profile } });
    await expect(client.user.get()).resolves.toEqual(profile);

    server.on("PUT", "/user", { json: { success: true, data: { ...profile, company: "Acme" } } });
    await expect(client.user.update({ company: "Acme", weeklyReports: false })).resolves.toMatchObject({ company: "Acme" });
    expect(server.requests[1]?.json).toEqual({ company: "Acme", weeklyReports: false });

    server.on("PUT", "/user", { json: { success: true } });
    await expect(client.user.update({ firstName: "J" })).resolves.toBeNull();

    server.on("DELETE", "/user", { json: { success: true } });
    await expect(client.user.delete()).resolves.toBeUndefined();
    expect(server.requests.at(-1)).toMatchObject({ method: "DELETE", path: "/user" });
  });

  it("gets the subscription and its usage (including no subscription)", async () => {
    const subscription = {
      plan: "professional",
      status: "active",
      current_period_start: "2025-01-01T00:00:00Z",
      current_period_end: "2025-02-01T00:00:00Z",
      cancel_at_period_end: false,
    };
    server.on("GET", "/subscription", { json: { success: true, data: { subscription, usage: { used: 142, limit: 500 } } } });
    await expect(client.subscription.get()).resolves.toEqual({ subscription, usage: { used: 142, limit: 500 } });
    server.on("GET", "/subscription", { json: { success: true, data: { subscription: null } } });
    await expect(client.subscription.get()).resolves.toEqual({ subscription: null, usage: null });
  });

  it("gets usage with billing_period in Unix seconds, convertible to Dates", async () => {
    const usage = {
      plan: "growth",
      agents: { used: 2, limit: 3, remaining: 1 },
      minutes: { used: 142.3, limit: 600, remaining: 457.7 },
      phone_numbers: { allowed: true },
      billing_period: { start: 1712016000, end: 1714694400 },
    };
    server.on("GET", "/usage", { json: { success: true, data: usage } });
    const got = await client.usage.get();
    expect(got).toEqual(usage);
    expect(billingPeriodDates(got)).toEqual({
      start: new Date("2024-04-02T00:00:00Z"),
      end: new Date("2024-05-03T00:00:00Z"),
    });
    expect(billingPeriodDates({ ...got, billing_period: null })).toBeNull();
  });
});
