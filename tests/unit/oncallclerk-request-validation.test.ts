import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOnCallClerkClient, OnCallClerkError, type CreateAgentInput } from "@/lib/oncallclerk";
import { startCannedServer, type CannedServer } from "../support/canned-server";

// The real API rejects unknown and read-only fields, so the client refuses them locally: a
// validation error, no request at all (the canned server would record one).

let server: CannedServer;
let client: ReturnType<typeof createOnCallClerkClient>;
beforeAll(async () => {
  server = await startCannedServer();
  server.fallback({ json: { success: true } });
  client = createOnCallClerkClient({ apiKey: "occ_test_key", baseUrl: server.url });
});
afterAll(() => server.close());

const valid: CreateAgentInput = {
  business_name: "Acme",
  agent_name: "Reception",
  voice_id: "f5HLTX707KIM4SzJYzSz",
  greeting: "Hello",
  system_prompt: "Be nice",
};
const day = { open: "09:00", close: "17:00", enabled: true };
const schedule = { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: day, sunday: day };

// Cast: these inputs are wrong on purpose; the point is the runtime check, not the type check.
const bad = (v: unknown) => v as never;

const cases: Array<[string, () => Promise<unknown>, string]> = [
  ["create with read-only id", () => client.agents.create(bad({ ...valid, id: "agt_x" })), ""],
  ["create with read-only status", () => client.agents.create(bad({ ...valid, status: "active" })), ""],
  ["create with read-only phone_number", () => client.agents.create(bad({ ...valid, phone_number: "+14155551234" })), ""],
  ["create with created_at", () => client.agents.create(bad({ ...valid, created_at: "2025-01-01" })), ""],
  ["create missing system_prompt", () => client.agents.create(bad({ ...valid, system_prompt: undefined })), "system_prompt"],
  ["create with unknown escalation policy", () => client.agents.create(bad({ ...valid, escalation_policy: "sometimes" })), "escalation_policy"],
  ["create with non-E.164 forwarding", () => client.agents.create({ ...valid, forwarding_number: "415-555-1234" }), "forwarding_number"],
  ["create with unknown day", () => client.agents.create(bad({ ...valid, business_hours: { enabled: true, timezone: "Europe/London", schedule: { ...schedule, funday: day } } })), "business_hours.schedule"],
  ["create with bad clock", () => client.agents.create({ ...valid, business_hours: { enabled: true, timezone: "Europe/London", schedule: { ...schedule, monday: { ...day, open: "9:00" } } } }), "business_hours.schedule.monday.open"],
  ["create with bad timezone", () => client.agents.create({ ...valid, business_hours: { enabled: true, timezone: "Mars/Olympus", schedule } }), "business_hours.timezone"],
  ["create with extra faq field", () => client.agents.create(bad({ ...valid, faq: [{ question: "q", answer: "a", id: 1 }] })), "faq.0"],
  ["create with extra voice setting", () => client.agents.create(bad({ ...valid, voice_settings: { name: "Kevin", speed: 2 } })), "voice_settings"],
  ["update with nothing", () => client.agents.update("agt_1", {}), ""],
  ["update with updated_at", () => client.agents.update("agt_1", bad({ greeting: "Hi", updated_at: "2025-01-01" })), ""],
  ["update with unknown field", () => client.agents.update("agt_1", bad({ greeting: "Hi", colour: "blue" })), ""],
  ["assign with extra field", () => client.agents.assignPhoneNumber("agt_1", bad({ requestedNumber: "+14155551234", sid: "PN1" })), ""],
  ["assign a non-E.164 number", () => client.agents.assignPhoneNumber("agt_1", { requestedNumber: "4155551234" }), "requestedNumber"],
  ["email with bad recipient", () => client.agents.configureEmailFunction("agt_1", { enabled: true, params: { permitted_recipients: ["not an email"] } }), "params.permitted_recipients.0"],
  ["email with extra params", () => client.agents.configureEmailFunction("agt_1", bad({ enabled: true, params: { permitted_recipients: [], cc: "x@y.z" } })), "params"],
  ["search with pageSize > 50", () => client.phoneNumbers.searchAvailable({ pageSize: 51 }), "pageSize"],
  ["search with unknown parameter", () => client.phoneNumbers.searchAvailable(bad({ region: "CA" })), ""],
  ["bundles for a 3-letter country", () => client.phoneNumbers.listRegulatoryBundles("GBR"), ""],
  ["bundle with unknown field", () => client.phoneNumbers.createRegulatoryBundle(bad({ isoCountryCode: "GB", status: "draft" })), ""],
  ["individual bundle with business data", () => client.phoneNumbers.createRegulatoryBundle(bad({ isoCountryCode: "GB", complianceType: "individual", complianceData: { businessName: "Acme" } })), ""],
  ["transcripts with unknown parameter", () => client.transcripts.list("agt_1", bad({ since: "2025-01-01" })), ""],
  ["transcripts with limit 0", () => client.transcripts.list("agt_1", { limit: 0 }), "limit"],
  ["transcripts with unknown type", () => client.transcripts.list("agt_1", bad({ type: "Spam" })), "type"],
  ["user update with read-only email", () => client.user.update(bad({ email: "new@acme.com" })), ""],
  ["user update with nothing", () => client.user.update({}), ""],
];

describe("strict request validation", () => {
  it.each(cases)("%s is rejected locally", async (_name, call, path) => {
    const before = server.requests.length;
    const err = await call().then(
      () => {
        throw new Error("expected a validation error");
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(OnCallClerkError);
    expect(err).toMatchObject({ kind: "validation", status: undefined });
    const issues = (err as OnCallClerkError).issues ?? [];
    expect(issues.length).toBeGreaterThan(0);
    if (path) expect(issues.map((i) => i.path)).toContain(path);
    expect(server.requests.length).toBe(before); // nothing was sent
  });

  it("accepts a full, valid create body and sends it unchanged", async () => {
    const full: CreateAgentInput = {
      ...valid,
      forwarding_number: "+14155559876",
      escalation_number: "+14155550000",
      escalation_policy: "requested",
      business_hours: { enabled: false, timezone: "America/Chicago", schedule },
      faq: [{ question: "q", answer: "a" }],
      voice_settings: { personality: "friendly" },
      functions_enabled: ["calendar"],
    };
    server.on("POST", "/agents", { status: 201, json: { success: true, agent: { id: "agt_ok" } } });
    await client.agents.create(full);
    expect(server.requests.at(-1)?.json).toEqual(full);
  });
});
