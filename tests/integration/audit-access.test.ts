// Who reads which part of the log. Owners and admins: all of it. A member: the events of the
// clients they see, and of agency-wide events only their own (their sign-ins, not the owner's, nor
// invitations); a client they do not see
// is a 404, as it is everywhere. Viewers and client users have no audit:read (403). An owner's API
// token with a member's role reads as a member would. The CSV export follows the same scope and
// filters, and defuses spreadsheet formulas.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { generateToken } from "@/lib/tokens/bearer";
import { auditApi } from "./support/audit";
import { expectError, expectOk } from "./support/expect";
import { useHarness } from "./support/harness";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";

useHarness();

let owner: TestUser;
let member: TestUser;
let acme: string;
let bay: string;

const actionsOf = (result: { body: { data: { items: { action: string; client: { id: string } | null }[] } } }) => result.body.data.items.map((item) => item.action).sort();

beforeAll(async () => {
  owner = await createOwner("audit-access");
  acme = (await api.createClient(owner.cookie, { name: "=HYPERLINK(\"http://evil.example\")", apiKey: freshKey("starter", "auditacc1") })).body.data.id;
  bay = (await api.createClient(owner.cookie, { name: "Bay Plumbing", apiKey: freshKey("starter", "auditacc2") })).body.data.id;
  member = await createMember(owner.agency, "member", "assigned", { clientIds: [acme] });
  expectOk(await api.updateClient(owner.cookie, acme, { country: "IE" }));
  await db().auditEvent.create({ data: { agencyId: owner.agency.id, actorId: owner.user.id, actorName: owner.user.name, action: "auth.sign_in", ip: "198.51.100.4" } });
  await db().auditEvent.create({ data: { agencyId: owner.agency.id, actorId: owner.user.id, actorName: owner.user.name, action: "member.invite", targetType: "invitation", targetId: "inv_1", targetName: "new@example.test" } });
  await db().auditEvent.create({ data: { agencyId: owner.agency.id, actorId: member.user.id, actorName: member.user.name, action: "auth.sign_in", ip: "198.51.100.9" } });
});

describe("reading scope", () => {
  it("gives owners and admins the whole agency's log", async () => {
    const admin = await createMember(owner.agency, "admin");
    for (const reader of [owner, admin]) {
      expect(actionsOf(await auditApi.list(reader.cookie))).toEqual(["auth.sign_in", "auth.sign_in", "client.create", "client.create", "client.update", "member.invite"]);
    }
  });

  it("gives a member only their clients' events, and a 404 for any other client", async () => {
    const result = await auditApi.list(member.cookie);
    expectOk(result);
    expect(actionsOf(result)).toEqual(["auth.sign_in", "client.create", "client.update"]);
    const signIn = result.body.data.items.find((item: { action: string }) => item.action === "auth.sign_in");
    expect(signIn).toMatchObject({ actor: { id: member.user.id }, ip: "198.51.100.9" });
    expect(result.body.data.items.filter((item: { client: { id: string } | null }) => item.client !== null).every((item: { client: { id: string } }) => item.client.id === acme)).toBe(true);
    expectOk(await auditApi.list(member.cookie, `?clientId=${acme}`));
    expectError(await auditApi.list(member.cookie, `?clientId=${bay}`), 404, "not_found");
    expectError(await auditApi.exportCsv(member.cookie, `?clientId=${bay}`), 404, "not_found");
    // Filtering by the owner shows the owner's work on the member's clients only, never their sign-ins.
    expect(actionsOf(await auditApi.list(member.cookie, `?actor=${owner.user.id}`))).toEqual(["client.create", "client.update"]);
    expect(actionsOf(await auditApi.list(member.cookie, "?action=auth"))).toEqual(["auth.sign_in"]);
    expect(actionsOf(await auditApi.list(member.cookie, `?action=auth&actor=${owner.user.id}`))).toEqual([]);
  });

  it("gives a member who sees every client every client's events, still no one else's agency-wide ones", async () => {
    const everywhere = await createMember(owner.agency, "member", "everywhere");
    expect(actionsOf(await auditApi.list(everywhere.cookie))).toEqual(["client.create", "client.create", "client.update"]);
  });

  it("refuses viewers, client users and the signed-out", async () => {
    const viewer = await createMember(owner.agency, "viewer");
    const clientUser = await createMember(owner.agency, "client_user", "client-user", { clientIds: [acme], clientGrants: ["view_calls", "view_usage", "view_agents"] });
    for (const reader of [viewer, clientUser]) {
      expectError(await auditApi.list(reader.cookie), 403, "forbidden");
      expectError(await auditApi.exportCsv(reader.cookie), 403, "forbidden");
    }
    expectError(await auditApi.list(undefined), 401, "unauthenticated");
  });

  it("reads as a member through an owner's token limited to the member role", async () => {
    const { token, prefix, tokenHash } = generateToken();
    await db().apiToken.create({ data: { agencyId: owner.agency.id, userId: owner.user.id, name: "CI", prefix, tokenHash, role: "member" } });
    const result = await auditApi.list(undefined, "", { headers: { authorization: `Bearer ${token}` } });
    expectOk(result);
    // The owner's own agency-wide events, every client's, but not the member's sign-in.
    expect(actionsOf(result)).toEqual(["auth.sign_in", "client.create", "client.create", "client.update", "member.invite"]);
    expect(result.body.data.items.some((item: { actor: { id: string } }) => item.actor.id === member.user.id)).toBe(false);
  });
});

describe("GET /api/audit/export", () => {
  const rowsOf = (text: string) => text.replace(/^\uFEFF/, "").trim().split("\r\n");

  it("streams the filtered log as CSV with formulas defused", async () => {
    const result = await auditApi.exportCsv(owner.cookie, `?clientId=${acme}`);
    expect(result.status).toBe(200);
    expect(result.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(result.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-log-\d{12}\.csv"$/);
    const rows = rowsOf(result.text);
    expect(rows[0]).toBe("time_utc,person,email,api_token,action,summary,client,target,changes,details,ip,user_agent,event_id");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain(",client.update,");
    expect(rows[1]).toContain(",country: US → IE,"); // the change in full
    // A client named like a formula is quoted text in every column that shows it.
    expect(rows[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(rows[1]).toContain(`"audit-access Owner changed the country of =HYPERLINK(""http://evil.example"") from “US” to “IE”"`);
    expect(result.text).not.toMatch(/,=HYPERLINK/);
  });

  it("exports what the reader may see, newest first, and refuses paging parameters", async () => {
    const ownerRows = rowsOf((await auditApi.exportCsv(owner.cookie)).text).slice(1);
    expect(ownerRows).toHaveLength(6);
    expect(ownerRows.map((row) => row.slice(0, 24)).join()).toBe([...ownerRows.map((row) => row.slice(0, 24))].sort().reverse().join());
    expect(rowsOf((await auditApi.exportCsv(member.cookie)).text).slice(1)).toHaveLength(3);
    expect(rowsOf((await auditApi.exportCsv(owner.cookie, `?action=auth.sign_in&actor=${owner.user.id}`)).text).slice(1)[0]).toContain(",198.51.100.4,");
    expectError(await auditApi.exportCsv(owner.cookie, "?cursor=abc"), 400, "validation_failed");
  });
});
