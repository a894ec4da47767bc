// Agent templates through the portal's API against PostgreSQL and the simulator over HTTP: save an
// agent's configuration, list/get/rename/delete, names unique per agency regardless of case, other
// agencies' ids and clients answered 404 with nothing changed, viewers read only, bad bodies 400 —
// and a template's config is a valid strict create body (the simulator accepts it).
import { beforeAll, describe, expect, it } from "vitest";
import * as templateRoute from "@/app/api/templates/[templateId]/route";
import * as templatesRoute from "@/app/api/templates/route";
import { db } from "@/lib/db/client";
import { expectError, expectOk } from "./support/expect";
import { useHarness } from "./support/harness";
import { callRoute } from "./support/http";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";

const harness = useHarness();

const templates = {
  list: (cookie: string | undefined) => callRoute(templatesRoute.GET, { path: "/api/templates", cookie }),
  create: (cookie: string | undefined, json: unknown) => callRoute(templatesRoute.POST, { method: "POST", path: "/api/templates", cookie, json }),
  get: (cookie: string | undefined, templateId: string) =>
    callRoute(templateRoute.GET, { path: `/api/templates/${templateId}`, params: { templateId }, cookie }),
  update: (cookie: string | undefined, templateId: string, json: unknown) =>
    callRoute(templateRoute.PATCH, { method: "PATCH", path: `/api/templates/${templateId}`, params: { templateId }, cookie, json }),
  delete: (cookie: string | undefined, templateId: string) =>
    callRoute(templateRoute.DELETE, { method: "DELETE", path: `/api/templates/${templateId}`, params: { templateId }, cookie }),
};

const SARAH = "KR1TkIhkSykEjI4B0DtH";
const day = (open: string, close: string, enabled = true) => ({ open, close, enabled });
const HOURS = {
  enabled: true,
  timezone: "America/Chicago",
  schedule: {
    monday: day("08:00", "18:00"),
    tuesday: day("08:00", "18:00"),
    wednesday: day("08:00", "18:00"),
    thursday: day("08:00", "18:00"),
    friday: day("08:00", "16:00"),
    saturday: day("22:00", "02:00"),
    sunday: day("00:00", "00:00", false),
  },
};
const SOURCE_AGENT = {
  business_name: "Maple Dental",
  agent_name: "Front desk",
  voice_id: SARAH,
  greeting: "Hello, Maple Dental, how can I help?",
  system_prompt: "You are the receptionist for a dental practice. Be brief and kind.",
  escalation_policy: "complex",
  forwarding_number: "(415) 555-0134",
  business_hours: HOURS,
  faq: [
    { question: "Do you take new patients?", answer: "Yes, call us to book." },
    { question: "Where do I park?", answer: "Behind the building." },
  ],
  voice_settings: { personality: "calm", name: "Sarah" },
  functions_enabled: ["calendar"],
};
/** What the template must hold: the source's config, numbers in E.164, and no names. */
const EXPECTED_CONFIG = (() => {
  const { business_name: _b, agent_name: _a, ...config } = SOURCE_AGENT;
  return { ...config, forwarding_number: "+14155550134" };
})();

async function simAgents(key: string): Promise<{ config: Record<string, unknown> & { id: string } }[]> {
  const response = await fetch(`${harness.sim.url}/__sim/accounts/${encodeURIComponent(key)}`);
  return ((await response.json()) as { data: { agents: { config: Record<string, unknown> & { id: string } }[] } }).data.agents;
}

const MAPLE_KEY = freshKey("growth", "tpl");
const BIRCH_KEY = freshKey("professional", "tpl");
const OTHER_KEY = freshKey("growth", "tplother");

let owner: TestUser;
let member: TestUser;
let viewer: TestUser;
let otherOwner: TestUser;
let mapleId: string;
let birchId: string;
let otherClientId: string;
let sourceAgentId: string;
let templateId: string;
let otherTemplateId: string;

const templateCount = () => db().agentTemplate.count();

beforeAll(async () => {
  owner = await createOwner("templates");
  member = await createMember(owner.agency, "member");
  viewer = await createMember(owner.agency, "viewer");
  otherOwner = await createOwner("templates-other");
  const maple = await api.createClient(owner.cookie, { name: "Maple", apiKey: MAPLE_KEY, country: "US" });
  expectOk(maple, 201);
  mapleId = maple.body.data.id;
  const birch = await api.createClient(owner.cookie, { name: "Birch", apiKey: BIRCH_KEY, country: "US" });
  expectOk(birch, 201);
  birchId = birch.body.data.id;
  const other = await api.createClient(otherOwner.cookie, { name: "Elsewhere", apiKey: OTHER_KEY });
  expectOk(other, 201);
  otherClientId = other.body.data.id;

  const agent = await api.createAgent(owner.cookie, mapleId, SOURCE_AGENT);
  expectOk(agent, 201);
  sourceAgentId = agent.body.data.id;

  const foreign = await templates.create(otherOwner.cookie, { name: "Their template", config: { voice_id: SARAH, greeting: "Hi", system_prompt: "Theirs" } });
  expectOk(foreign, 201);
  otherTemplateId = foreign.body.data.id;
});

describe("POST /api/templates from an agent", () => {
  it("saves the agent's configuration fields only (201), with its source and author", async () => {
    const result = await templates.create(member.cookie, { name: "Dental front desk", description: "Weekday hours, parking FAQ", clientId: mapleId, agentId: sourceAgentId });
    expectOk(result, 201);
    const template = result.body.data;
    templateId = template.id;
    expect(template).toMatchObject({
      name: "Dental front desk",
      description: "Weekday hours, parking FAQ",
      source: { clientId: mapleId, clientName: "Maple", agentId: sourceAgentId, agentName: "Front desk" },
      createdBy: { id: member.user.id, name: member.user.name },
    });
    expect(template.config).toEqual(EXPECTED_CONFIG);
    const stored = await db().agentTemplate.findUniqueOrThrow({ where: { id: templateId } });
    expect(stored.agencyId).toBe(owner.agency.id);
    expect(stored.config).toEqual(EXPECTED_CONFIG);
  });

  it("answers 404 for another agency's client and stores nothing", async () => {
    const before = await templateCount();
    const result = await templates.create(owner.cookie, { name: "Stolen", clientId: otherClientId, agentId: sourceAgentId });
    expectError(result, 404, "not_found");
    expect(await templateCount()).toBe(before);
  });

  it("answers 404 for an agent the client does not have and stores nothing", async () => {
    const before = await templateCount();
    const result = await templates.create(owner.cookie, { name: "Ghost", clientId: mapleId, agentId: "agt_does_not_exist" });
    expect(result.status, result.text).toBe(404);
    expect(await templateCount()).toBe(before);
  });

  it("refuses a name another template has in any case (409) before reading the agent", async () => {
    const before = await templateCount();
    const result = await templates.create(owner.cookie, { name: "  DENTAL front DESK ", clientId: mapleId, agentId: sourceAgentId });
    expectError(result, 409, "conflict");
    expect(result.body.error.fieldErrors.name).toEqual(["You already have a template with this name"]);
    expect(await templateCount()).toBe(before);
  });

  it("lets another agency use the same name (names are unique per agency)", async () => {
    const result = await templates.create(otherOwner.cookie, { name: "Dental front desk", config: EXPECTED_CONFIG });
    expectOk(result, 201);
  });
});

describe("POST /api/templates with a config", () => {
  it("saves a given config (201) and refuses fields a create body cannot carry (400)", async () => {
    const saved = await templates.create(owner.cookie, { name: "Minimal", config: { voice_id: SARAH, greeting: "Hi", system_prompt: "Be helpful", escalation_number: "+44 20 7946 0000" } });
    expectOk(saved, 201);
    expect(saved.body.data.config).toEqual({ voice_id: SARAH, greeting: "Hi", system_prompt: "Be helpful", escalation_number: "+442079460000" });
    expect(saved.body.data.source).toEqual({ clientId: null, clientName: null, agentId: null, agentName: null });

    const before = await templateCount();
    const bad = await templates.create(owner.cookie, {
      name: "Bad",
      config: { voice_id: SARAH, greeting: "", system_prompt: "x", phone_number: "+14155550100", agent_name: "Nope", forwarding_number: "415 555 0134" },
    });
    expectError(bad, 400, "validation_failed");
    expect(Object.keys(bad.body.error.fieldErrors).sort()).toEqual(["config.agent_name", "config.forwarding_number", "config.greeting", "config.phone_number"]);
    expect(await templateCount()).toBe(before);
  });
});

describe("invalid bodies", () => {
  it.each([
    ["no name", { clientId: "c1", agentId: "a1" }, "name"],
    ["an empty name", { name: "   ", clientId: "c1", agentId: "a1" }, "name"],
    ["an 81-character name", { name: "x".repeat(81), clientId: "c1", agentId: "a1" }, "name"],
    ["an invisible character in the name", { name: "Dent\u200bal", clientId: "c1", agentId: "a1" }, "name"],
    ["no agent", { name: "T", clientId: "c1" }, "agentId"],
    ["an unknown field", { name: "T", clientId: "c1", agentId: "a1", status: "active" }, "status"],
    ["a config without a voice", { name: "T", config: { greeting: "g", system_prompt: "p" } }, "config.voice_id"],
  ])("POST with %s answers 400 on that field and stores nothing", async (_label, body, field) => {
    const before = await templateCount();
    const result = await templates.create(owner.cookie, body);
    expectError(result, 400, "validation_failed");
    expect(result.body.error.fieldErrors).toHaveProperty([field]);
    expect(await templateCount()).toBe(before);
  });

  it("PATCH with nothing to change, a bad name or an unknown field answers 400 and changes nothing", async () => {
    for (const body of [{}, { name: "" }, { name: "y".repeat(81) }, { config: {} }]) {
      expectError(await templates.update(owner.cookie, templateId, body), 400, "validation_failed");
    }
    expect((await db().agentTemplate.findUniqueOrThrow({ where: { id: templateId } })).name).toBe("Dental front desk");
  });

  it("a body that is not JSON answers 415/400", async () => {
    const notJson = await callRoute(templatesRoute.POST, { method: "POST", path: "/api/templates", cookie: owner.cookie, body: "name=x", headers: { "content-type": "text/plain" } });
    expectError(notJson, 415, "unsupported_media_type");
    const broken = await callRoute(templatesRoute.POST, { method: "POST", path: "/api/templates", cookie: owner.cookie, body: "{", headers: { "content-type": "application/json" } });
    expectError(broken, 400, "invalid_json");
  });
});

describe("list, get, rename, delete", () => {
  it("lists the agency's templates only, newest first", async () => {
    const result = await templates.list(viewer.cookie);
    expectOk(result);
    const names = result.body.data.map((template: { name: string }) => template.name);
    expect(names).toEqual(["Minimal", "Dental front desk"]);
    expect(names).not.toContain("Their template");
  });

  it("gets one template", async () => {
    const result = await templates.get(viewer.cookie, templateId);
    expectOk(result);
    expect(result.body.data).toMatchObject({ id: templateId, name: "Dental front desk", config: EXPECTED_CONFIG });
  });

  it("renames and re-describes it; a name taken in another case is 409", async () => {
    const renamed = await templates.update(member.cookie, templateId, { name: "Dental reception", description: null });
    expectOk(renamed);
    expect(renamed.body.data).toMatchObject({ name: "Dental reception", description: null, config: EXPECTED_CONFIG });
    // Its own name in another case is not a clash.
    expectOk(await templates.update(member.cookie, templateId, { name: "Dental Reception" }));

    const clash = await templates.update(member.cookie, templateId, { name: "MINIMAL" });
    expectError(clash, 409, "conflict");
    expect((await db().agentTemplate.findUniqueOrThrow({ where: { id: templateId } })).name).toBe("Dental Reception");
  });

  it("answers 404 for unknown and malformed ids", async () => {
    expectError(await templates.get(owner.cookie, "cnotatemplate000000000000"), 404, "not_found");
    expectError(await templates.get(owner.cookie, "../clients"), 404, "not_found");
    expectError(await templates.delete(owner.cookie, "nope nope"), 404, "not_found");
  });

  it("answers 401 without a session and 405 for other methods", async () => {
    expectError(await templates.list(undefined), 401, "unauthenticated");
    const put = await callRoute(templateRoute.PUT, { method: "PUT", path: `/api/templates/${templateId}`, params: { templateId }, cookie: owner.cookie, json: {} });
    expectError(put, 405, "method_not_allowed");
  });
});

describe("other agencies and viewers", () => {
  it("answers 404 for another agency's template on GET, PATCH and DELETE, and leaves it unchanged", async () => {
    const before = await db().agentTemplate.findUniqueOrThrow({ where: { id: otherTemplateId } });
    expectError(await templates.get(owner.cookie, otherTemplateId), 404, "not_found");
    expectError(await templates.update(owner.cookie, otherTemplateId, { name: "Hijacked" }), 404, "not_found");
    expectError(await templates.delete(owner.cookie, otherTemplateId), 404, "not_found");
    expect(await db().agentTemplate.findUniqueOrThrow({ where: { id: otherTemplateId } })).toEqual(before);
  });

  it("lets viewers read but answers 403 to their writes, changing nothing", async () => {
    const before = await db().agentTemplate.findMany({ orderBy: { id: "asc" } });
    expectOk(await templates.list(viewer.cookie));
    expectError(await templates.create(viewer.cookie, { name: "Viewer's", clientId: mapleId, agentId: sourceAgentId }), 403, "forbidden");
    expectError(await templates.create(viewer.cookie, { name: "Viewer's", config: EXPECTED_CONFIG }), 403, "forbidden");
    expectError(await templates.update(viewer.cookie, templateId, { name: "Viewer renamed" }), 403, "forbidden");
    expectError(await templates.delete(viewer.cookie, templateId), 403, "forbidden");
    expect(await db().agentTemplate.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});

describe("a template starts a new agent", () => {
  it("its config plus names is a create body the simulator accepts (strict), for another client", async () => {
    const template = (await templates.get(member.cookie, templateId)).body.data;
    const result = await api.createAgent(member.cookie, birchId, { business_name: "Birch Dental", agent_name: "Reception", ...template.config });
    expectOk(result, 201);
    const created = (await simAgents(BIRCH_KEY)).find((agent) => agent.config.id === result.body.data.id);
    expect(created?.config).toMatchObject({ business_name: "Birch Dental", agent_name: "Reception", ...EXPECTED_CONFIG });
  });

  it("deleting the template leaves agents made from it alone", async () => {
    const agentsBefore = (await simAgents(BIRCH_KEY)).length;
    expectOk(await templates.delete(owner.cookie, templateId));
    expectError(await templates.get(owner.cookie, templateId), 404, "not_found");
    expect(await db().agentTemplate.findUnique({ where: { id: templateId } })).toBeNull();
    expect(await simAgents(BIRCH_KEY)).toHaveLength(agentsBefore);
  });
});
