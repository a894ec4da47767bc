import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOnCallClerkClient, normalizeFunctionsEnabled, type CreateAgentInput } from "@/lib/oncallclerk";
import { startCannedServer, type CannedServer } from "../support/canned-server";

const fullAgent = {
  id: "agt_abc123",
  business_name: "Acme Corp",
  agent_name: "Reception",
  phone_number: "+14155551234",
  phone_number_sid: "PN123",
  voice_id: "f5HLTX707KIM4SzJYzSz",
  greeting: "Hello, thanks for calling Acme Corp!",
  system_prompt: "You are a helpful receptionist...",
  voice_settings: { personality: "friendly", name: "Kevin" },
  functions_enabled: ["calendar", "email"],
  forwarding_number: "+14155559876",
  escalation_number: "+14155550000",
  escalation_policy: "complex",
  business_hours: {
    enabled: true,
    timezone: "America/New_York",
    schedule: { monday: { open: "09:00", close: "17:00", enabled: true } },
  },
  faq: [{ question: "What are your hours?", answer: "9-5" }],
  status: "active",
  created_at: "2025-01-15T10:30:00Z",
  updated_at: "2025-01-20T14:00:00Z",
};

const createInput: CreateAgentInput = {
  business_name: "Acme Corp",
  agent_name: "Reception",
  voice_id: "f5HLTX707KIM4SzJYzSz",
  greeting: "Hello!",
  system_prompt: "Be nice.",
  escalation_policy: "complex",
  forwarding_number: "+14155559876",
  faq: [{ question: "Hours?", answer: "9-5" }],
};

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

describe("agents", () => {
  it("lists agents, keeping unknown fields and tolerating missing/null optional ones", async () => {
    server.on("GET", "/agents", {
      json: {
        success: true,
        data: [
          { ...fullAgent, brand_new_field: 42 },
          { id: "agent_main", phone_number: null }, // a sparse list item still parses
        ],
      },
    });
    const agents = await client.agents.list();
    expect(agents).toHaveLength(2);
    expect(agents[0]?.business_name).toBe("Acme Corp");
    expect((agents[0] as Record<string, unknown>).brand_new_field).toBe(42);
    expect(agents[1]).toEqual({ id: "agent_main", phone_number: null });
    expect(server.requests[0]).toMatchObject({ method: "GET", path: "/agents" });
  });

  it("gets one agent with functions_enabled as an array or as a boolean", async () => {
    server.on("GET", "/agents/agt_abc123", { json: { success: true, data: fullAgent } });
    const agent = await client.agents.get("agt_abc123");
    expect(agent.voice_settings?.name).toBe("Kevin");
    expect(normalizeFunctionsEnabled(agent.functions_enabled)).toEqual(["calendar", "email"]);

    server.on("GET", "/agents/agt_bool", {
      json: { success: true, data: { ...fullAgent, id: "agt_bool", functions_enabled: true, escalation_number: null, forwarding_number: null } },
    });
    const boolAgent = await client.agents.get("agt_bool");
    expect(boolAgent.functions_enabled).toBe(true);
    expect(boolAgent.forwarding_number).toBeNull();
    expect(normalizeFunctionsEnabled(boolAgent.functions_enabled)).toBe("all");
    expect(normalizeFunctionsEnabled(false)).toEqual([]);
    expect(normalizeFunctionsEnabled(undefined)).toEqual([]);
  });

  it("encodes opaque ids as one path segment", async () => {
    server.on("GET", "/agents/weird%2Fid%3Fx%3D1", { json: { success: true, data: { id: "weird/id?x=1" } } });
    const agent = await client.agents.get("weird/id?x=1");
    expect(agent.id).toBe("weird/id?x=1");
    expect(server.requests[0]?.url).toBe("/agents/weird%2Fid%3Fx%3D1");
  });

  it("creates an agent: sends the validated body, accepts 201 and the partial {agent} envelope", async () => {
    server.on("POST", "/agents", {
      status: 201,
      json: { success: true, agent: { id: "agt_new", business_name: "Acme Corp", status: "active", phone_number: null, created_at: "2025-01-15T10:30:00Z" } },
    });
    const created = await client.agents.create(createInput);
    expect(created).toMatchObject({ id: "agt_new", phone_number: null });
    const req = server.requests[0];
    expect(req?.method).toBe("POST");
    expect(req?.headers["content-type"]).toBe("application/json");
    expect(req?.json).toEqual(createInput);
  });

  it("updates an agent sending only the given fields and returns the partial updatedAgent", async () => {
    server.on("PUT", "/agents/agt_abc123", {
      json: { success: true, updatedAgent: { id: "agt_abc123", greeting: "Hi there!", updated_at: "2025-01-21T09:15:00Z" } },
    });
    const updated = await client.agents.update("agt_abc123", { greeting: "Hi there!", escalation_policy: "always" });
    expect(updated).toEqual({ id: "agt_abc123", greeting: "Hi there!", updated_at: "2025-01-21T09:15:00Z" });
    expect(server.requests[0]?.json).toEqual({ greeting: "Hi there!", escalation_policy: "always" });
  });

  it("deletes an agent ({success:true} or 204 No Content)", async () => {
    server.on("DELETE", "/agents/agt_abc123", { json: { success: true } });
    await expect(client.agents.delete("agt_abc123")).resolves.toBeUndefined();
    server.on("DELETE", "/agents/agt_gone", { status: 204 });
    await expect(client.agents.delete("agt_gone")).resolves.toBeUndefined();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["DELETE /agents/agt_abc123", "DELETE /agents/agt_gone"]);
    expect(server.requests[0]?.body.length).toBe(0);
    expect(server.requests[0]?.headers["content-type"]).toBeUndefined();
  });

  it("assigns a phone number with {requestedNumber}", async () => {
    server.on("POST", "/agents/agt_abc123/phone", {
      json: { success: true, data: { phone_number: "+14155551234", phone_number_sid: "PN9" } },
    });
    const res = await client.agents.assignPhoneNumber("agt_abc123", { requestedNumber: "+14155551234" });
    expect(res).toEqual({ phoneNumber: "+14155551234", phoneNumberSid: "PN9", agent: null });
    expect(server.requests[0]?.json).toEqual({ requestedNumber: "+14155551234" });

    // A bare {success:true} still reports the requested number.
    server.on("POST", "/agents/agt_abc123/phone", { json: { success: true } });
    const bare = await client.agents.assignPhoneNumber("agt_abc123", { requestedNumber: "+442071234567" });
    expect(bare).toEqual({ phoneNumber: "+442071234567", phoneNumberSid: null, agent: null });
  });

  it("configures the email function on the SINGULAR /agent/{id} path", async () => {
    server.on("PUT", "/agent/agt_abc123/functions/email", { json: { success: true } });
    const input = { enabled: true, params: { permitted_recipients: ["james@houses4cash.co.uk", "@houses4cash.co.uk"] } };
    await client.agents.configureEmailFunction("agt_abc123", input);
    expect(server.requests[0]).toMatchObject({ method: "PUT", path: "/agent/agt_abc123/functions/email", json: input });
  });

  it("rejects a 2xx whose body does not match the schema as unexpected_response", async () => {
    server.on("GET", "/agents/agt_noid", { json: { success: true, data: { business_name: "no id" } } });
    await expect(client.agents.get("agt_noid")).rejects.toMatchObject({
      kind: "unexpected_response",
      status: 200,
      issues: [expect.objectContaining({ path: "data.id" })],
    });
  });
});
