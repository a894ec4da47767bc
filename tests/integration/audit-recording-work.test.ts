// The audit log records the day-to-day changes exactly once each, after they succeeded: a number
// assigned, a bundle submitted (without its personal data), an agent's email function, the
// client's OnCallClerk profile (field by field, from what it was) and account, templates, and a
// transcript sync started. Refused and failed changes record nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { expectError, expectOk } from "./support/expect";
import { useHarness } from "./support/harness";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";
import { auditApi, eventsOf, expectNoEvent, onlyEventOf } from "./support/audit";

const harness = useHarness();

let owner: TestUser;
let member: TestUser;
let viewer: TestUser;
let clientId: string;
let agentId: string;
let agentName: string;
const KEY = freshKey("professional", "auditwork");
const SARAH = "KR1TkIhkSykEjI4B0DtH";

beforeAll(async () => {
  owner = await createOwner("audit-work");
  member = await createMember(owner.agency, "member");
  viewer = await createMember(owner.agency, "viewer");
  const created = await api.createClient(owner.cookie, { name: "Bay Plumbing", apiKey: KEY, country: "US" });
  expectOk(created, 201);
  clientId = created.body.data.id;
  const agents = await harness.sim.upstream<{ data: { id: string; agent_name: string }[] }>(KEY, "/agents");
  agentId = agents.body.data[0]!.id;
  agentName = agents.body.data[0]!.agent_name;
});

describe("numbers and bundles", () => {
  it("records a number assignment with the number and the agent's name", async () => {
    const found = await api.searchNumbers(owner.cookie, clientId, "?areaCode=512&pageSize=1");
    const number = found.body.data.numbers[0].phoneNumber as string;
    const { result, event } = await onlyEventOf(owner.agency.id, () => api.assignNumber(member.cookie, clientId, agentId, { requestedNumber: number }));
    expectOk(result);
    expect(event).toMatchObject({ action: "number.assign", actorId: member.user.id, clientId, targetType: "agent", targetId: agentId, targetName: agentName, details: { number } });
    await expectNoEvent(owner.agency.id, () => api.assignNumber(viewer.cookie, clientId, agentId, { requestedNumber: number })); // 403
    await expectNoEvent(owner.agency.id, () => api.assignNumber(owner.cookie, clientId, "agt_nope", { requestedNumber: number })); // upstream 404
  });

  it("records a bundle submission without the compliance data", async () => {
    const { result, event } = await onlyEventOf(owner.agency.id, () =>
      api.createBundle(owner.cookie, clientId, { isoCountryCode: "GB", complianceType: "individual", complianceData: { firstName: "Ada", lastName: "Lovelace", birthDate: "1990-12-10" } }),
    );
    expectOk(result, 201);
    expect(event).toMatchObject({
      action: "bundle.submit", clientId, targetType: "bundle", targetId: result.body.data.bundleSid,
      details: { bundleSid: result.body.data.bundleSid, isoCountry: "GB", complianceType: "individual", documents: [] },
    });
    expect(JSON.stringify(event)).not.toMatch(/Lovelace|1990-12-10/);
    await expectNoEvent(owner.agency.id, () => api.createBundle(owner.cookie, clientId, { isoCountryCode: "XX" })); // 400
  });
});

describe("agents' email function", () => {
  it("records the recipients as normalised, and turning it off", async () => {
    const on = await onlyEventOf(owner.agency.id, () => api.configureEmail(owner.cookie, clientId, agentId, { enabled: true, params: { permitted_recipients: [" Ann@Example.org ", "@houses4cash.co.uk"] } }));
    expectOk(on.result);
    expect(on.event).toMatchObject({ action: "agent.email_function", clientId, targetId: agentId, details: { enabled: true, permittedRecipients: on.result.body.data.params.permitted_recipients } });
    const off = await onlyEventOf(owner.agency.id, () => api.configureEmail(owner.cookie, clientId, agentId, { enabled: false, params: { permitted_recipients: [] } }));
    expect(off.event.details).toEqual({ enabled: false, permittedRecipients: [] });
    await expectNoEvent(owner.agency.id, () => api.configureEmail(owner.cookie, clientId, agentId, { enabled: true, params: { permitted_recipients: [] } })); // 400
    await expectNoEvent(owner.agency.id, () => api.configureEmail(viewer.cookie, clientId, agentId, { enabled: false, params: { permitted_recipients: [] } })); // 403
  });
});

describe("the client's OnCallClerk profile and account", () => {
  it("records the changed profile fields with what they were before", async () => {
    const before = (await api.getUser(owner.cookie, clientId)).body.data;
    const { result, event } = await onlyEventOf(owner.agency.id, () => api.updateUser(owner.cookie, clientId, { company: "Bay Plumbing LLC", weeklyReports: !before.weeklyReports }));
    expectOk(result);
    expect(event).toMatchObject({ action: "account.update", clientId, targetType: "profile" });
    expect(event.changes).toEqual([
      { field: "company", before: before.company, after: "Bay Plumbing LLC" },
      { field: "weeklyReports", before: before.weeklyReports, after: !before.weeklyReports },
    ]);
    await expectNoEvent(owner.agency.id, () => api.updateUser(member.cookie, clientId, { company: "Member Co" })); // 403
    await expectNoEvent(owner.agency.id, () => api.updateUser(owner.cookie, clientId, { timezone: "EST" })); // 400
  });

  it("records nothing for a profile PUT that sends what is already there", async () => {
    const count = (await eventsOf(owner.agency.id)).length;
    expectOk(await api.updateUser(owner.cookie, clientId, { company: "Bay Plumbing LLC" }));
    expect(await eventsOf(owner.agency.id)).toHaveLength(count);
  });

  it("records the deletion of the whole account, and nothing when it is not confirmed", async () => {
    const doomedKey = freshKey("starter", "auditdoomed");
    const doomed = (await api.createClient(owner.cookie, { name: "Closing Down Ltd", apiKey: doomedKey })).body.data.id as string;
    await expectNoEvent(owner.agency.id, () => api.deleteUser(owner.cookie, doomed, { confirm: "Closing" })); // 400
    const { result, event } = await onlyEventOf(owner.agency.id, () => api.deleteUser(owner.cookie, doomed, { confirm: "Closing Down Ltd" }));
    expectOk(result);
    expect(event).toMatchObject({ action: "account.delete", clientId: doomed, clientName: "Closing Down Ltd", details: { keyHint: `…${doomedKey.slice(-4)}` } });
  });
});

describe("templates and syncs", () => {
  let templateId: string;

  it("records a template saved from an agent under that agent's client", async () => {
    const { result, event } = await onlyEventOf(owner.agency.id, () => auditApi.createTemplate(member.cookie, { name: "Plumbing desk", clientId, agentId }));
    expectOk(result, 201);
    templateId = result.body.data.id;
    expect(event).toMatchObject({ action: "template.create", actorId: member.user.id, clientId, clientName: "Bay Plumbing", targetType: "template", targetId: templateId, targetName: "Plumbing desk", details: { fromAgent: { id: agentId } } });
    const fromConfig = await onlyEventOf(owner.agency.id, () => auditApi.createTemplate(owner.cookie, { name: "Blank desk", config: { voice_id: SARAH, greeting: "Hi", system_prompt: "Help" } }));
    expect(fromConfig.event).toMatchObject({ action: "template.create", clientId: null, targetName: "Blank desk" });
    await expectNoEvent(owner.agency.id, () => auditApi.createTemplate(viewer.cookie, { name: "Viewer desk", config: { voice_id: SARAH, greeting: "Hi", system_prompt: "x" } })); // 403
    await expectNoEvent(owner.agency.id, () => auditApi.createTemplate(owner.cookie, { name: "plumbing DESK", config: { voice_id: SARAH, greeting: "Hi", system_prompt: "x" } })); // 409
  });

  it("records a rename with before and after, and a delete with the name", async () => {
    const { event } = await onlyEventOf(owner.agency.id, () => auditApi.updateTemplate(owner.cookie, templateId, { name: "Plumbing front desk", description: "For plumbers" }));
    expect(event).toMatchObject({ action: "template.update", clientId: null, targetName: "Plumbing front desk" });
    expect(event.changes).toEqual([
      { field: "name", before: "Plumbing desk", after: "Plumbing front desk" },
      { field: "description", before: null, after: "For plumbers" },
    ]);
    await expectNoEvent(owner.agency.id, () => auditApi.updateTemplate(owner.cookie, "tpl_missing", { name: "Ghost" })); // 404
    const deleted = await onlyEventOf(owner.agency.id, () => auditApi.deleteTemplate(owner.cookie, templateId));
    expect(deleted.event).toMatchObject({ action: "template.delete", targetId: templateId, targetName: "Plumbing front desk" });
    await expectNoEvent(owner.agency.id, () => auditApi.deleteTemplate(owner.cookie, templateId)); // 404 now
  });

  it("records a sync started, and nothing for one refused", async () => {
    await expectNoEvent(owner.agency.id, () => auditApi.startSync(viewer.cookie, clientId)); // 403
    await expectNoEvent(owner.agency.id, () => auditApi.startSync(owner.cookie, clientId, "?full=maybe")); // 400
    const { result, event } = await onlyEventOf(owner.agency.id, () => auditApi.startSync(owner.cookie, clientId, "?full=1"));
    expect(result.status).toBe(202);
    expect(event).toMatchObject({ action: "transcript.sync", clientId, details: { full: true } });
    // Let the background run finish before the database goes away.
    for (let i = 0; i < 100 && (await auditApi.syncStatus(owner.cookie, clientId)).body.data.state === "running"; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expectError(await auditApi.startSync(owner.cookie, "not-a-client"), 404, "not_found");
  });
});
