// Personal API tokens: made once by a signed-in person (never by a token), shown once, stored hashed;
// on every /api route they act as their owner, capped by the token's role, in the token's agency
// only. Revoked, expired, malformed and unknown tokens are 401; so is a token whose owner left.
import { beforeAll, describe, expect, it } from "vitest";
import * as clientRoute from "@/app/api/clients/[clientId]/route";
import * as agentsRoute from "@/app/api/clients/[clientId]/agents/route";
import * as clientsRoute from "@/app/api/clients/route";
import * as memberRoute from "@/app/api/members/[memberId]/route";
import * as searchRoute from "@/app/api/transcripts/route";
import { db } from "@/lib/db/client";
import { hashToken } from "@/lib/tokens/bearer";
import { expectError, expectOk, storedClient } from "./support/expect";
import { useHarness } from "./support/harness";
import { captureLogs } from "./support/log-capture";
import { responseLog } from "./support/http";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { tokensApi, withToken } from "./support/tokens";
import { createMember, createOwner, type TestUser } from "./support/users";

useHarness();

const logLines = captureLogs({ streams: true });

let owner: TestUser;
let outsider: TestUser;
let clientId: string;
let foreignClientId: string;
const issued: string[] = [];

async function createToken(cookie: string, body: Record<string, unknown>): Promise<{ id: string; token: string }> {
  const created = await tokensApi.create({ cookie }, body);
  expectOk(created, 201);
  issued.push(created.body.data.token);
  return { id: created.body.data.id, token: created.body.data.token };
}

const listClients = (token: string, extra: { cookie?: string } = {}) => withToken(clientsRoute.GET, token, { path: "/api/clients", ...extra });
const getClient = (token: string, id: string) => withToken(clientRoute.GET, token, { path: `/api/clients/${id}`, params: { clientId: id } });
const renameClient = (token: string, id: string, name: string) =>
  withToken(clientRoute.PATCH, token, { method: "PATCH", path: `/api/clients/${id}`, params: { clientId: id }, json: { name } });
const listAgents = (token: string, id: string) => withToken(agentsRoute.GET, token, { path: `/api/clients/${id}/agents`, params: { clientId: id } });
const searchCalls = (token: string) => withToken(searchRoute.GET, token, { path: "/api/transcripts" });

beforeAll(async () => {
  owner = await createOwner("tok");
  outsider = await createOwner("tok-outsider");
  const created = await api.createClient(owner.cookie, { name: "Token Client", apiKey: freshKey("professional", "tok") });
  expectOk(created, 201);
  clientId = created.body.data.id;
  foreignClientId = (await api.createClient(outsider.cookie, { name: "Foreign Client", apiKey: freshKey("starter", "tokf") })).body.data.id;
});

describe("POST /api/tokens", () => {
  it("answers the token once and stores only its hash and prefix; the creation is audited", async () => {
    const created = await tokensApi.create({ cookie: owner.cookie }, { name: "CI deploys", role: "admin", expiresInDays: 30 });
    expectOk(created, 201);
    const { token, id, prefix, role, state, expiresAt } = created.body.data;
    issued.push(token);
    expect(token).toMatch(/^occ_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);
    expect({ role, state }).toEqual({ role: "admin", state: "active" });
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "token.create", targetId: id } });
    expect(event).toMatchObject({ agencyId: owner.agency.id, actorId: owner.user.id, targetName: "CI deploys" });
    expect(JSON.stringify(event)).not.toContain(token);
  });

  it("refuses a role above the creator's, and client users make client-user tokens only", async () => {
    const member = await createMember(owner.agency, "member", "tok-member");
    const before = await db().apiToken.count();
    for (const role of ["admin", "owner"]) {
      const refused = await tokensApi.create({ cookie: member.cookie }, { name: "Too strong", role });
      expectError(refused, 400, "validation_failed");
      expect(refused.body.error.fieldErrors.role[0]).toContain("Member, Viewer");
    }
    const clientUser = await createMember(owner.agency, "client_user", "tok-cu", { clientIds: [clientId], clientGrants: ["view_calls"] });
    expectError(await tokensApi.create({ cookie: clientUser.cookie }, { name: "x", role: "viewer" }), 400, "validation_failed");
    expect(await db().apiToken.count()).toBe(before);
    await createToken(member.cookie, { name: "Member's own", role: "viewer" });
    await createToken(clientUser.cookie, { name: "Client's own", role: "client_user" });
  });

  it("rejects bad input with every field named, and changes nothing", async () => {
    const before = await db().apiToken.count();
    const bad = await tokensApi.create({ cookie: owner.cookie }, { name: " ", role: "boss", expiresInDays: 0, extra: 1 });
    expectError(bad, 400, "validation_failed");
    expect(Object.keys(bad.body.error.fieldErrors).sort()).toEqual(["expiresInDays", "extra", "name", "role"]);
    const both = await tokensApi.create({ cookie: owner.cookie }, { name: "x", role: "viewer", expiresInDays: 3, expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    expectError(both, 400, "validation_failed");
    // A number of days is a number: not true (which would coerce to 1), not "1e2".
    for (const expiresInDays of [true, "1e2", "7"]) {
      expectError(await tokensApi.create({ cookie: owner.cookie }, { name: "x", role: "viewer", expiresInDays }), 400, "validation_failed");
    }
    const past = await tokensApi.create({ cookie: owner.cookie }, { name: "x", role: "viewer", expiresAt: "2020-01-01T00:00:00Z" });
    expect(past.body.error.fieldErrors.expiresAt[0]).toContain("future");
    expect(await db().apiToken.count()).toBe(before);
  });

  it("cannot be called with a token (403 with a reason), whatever the token's role", async () => {
    const { token } = await createToken(owner.cookie, { name: "Owner-level", role: "owner" });
    const before = await db().apiToken.count();
    const refused = await tokensApi.create({ token }, { name: "Child", role: "viewer" });
    expectError(refused, 403, "forbidden");
    expect(refused.body.error.message).toMatch(/API tokens cannot create API tokens/);
    expect(await db().apiToken.count()).toBe(before);
  });
});

describe("a token on the portal's routes", () => {
  it("acts as its owner on several routes", async () => {
    const { token } = await createToken(owner.cookie, { name: "Automation", role: "admin" });
    const listed = await listClients(token);
    expectOk(listed);
    expect(listed.body.data.map((c: { id: string }) => c.id)).toEqual([clientId]);
    expectOk(await getClient(token, clientId));
    expectOk(await listAgents(token, clientId));
    expectOk(await searchCalls(token));
    expectOk(await renameClient(token, clientId, "Renamed by token"));
    expect((await storedClient(clientId))?.name).toBe("Renamed by token");
    expectOk(await renameClient(token, clientId, "Token Client"));
  });

  it("is capped by its role: a viewer token of an owner reads but cannot write", async () => {
    const { token } = await createToken(owner.cookie, { name: "Read only", role: "viewer" });
    expectOk(await getClient(token, clientId));
    const before = await storedClient(clientId);
    expectError(await renameClient(token, clientId, "Viewer was here"), 403, "forbidden");
    expect(await storedClient(clientId)).toEqual(before);
  });

  it("cannot take its owner out of the agency (leaving is done in person), even a read-only one", async () => {
    const admin = await createMember(owner.agency, "admin", "leaver");
    const token = (await tokensApi.create({ cookie: admin.cookie }, { name: "read only", role: "viewer" })).body.data.token as string;
    const left = await withToken(memberRoute.DELETE, token, { method: "DELETE", path: `/api/members/${admin.membershipId}`, params: { memberId: admin.membershipId } });
    expectError(left, 403, "forbidden");
    expect(await db().membership.findUnique({ where: { id: admin.membershipId } })).not.toBeNull();
    expect((await db().apiToken.findFirstOrThrow({ where: { userId: admin.user.id } })).revokedAt).toBeNull();
  });

  it("narrows at once when its owner is demoted, and dies when the owner is removed", async () => {
    const admin = await createMember(owner.agency, "admin", "tok-admin");
    const { token } = await createToken(admin.cookie, { name: "Admin automation", role: "admin" });
    expectOk(await renameClient(token, clientId, "Token Client"));
    await db().membership.update({ where: { id: admin.membershipId }, data: { role: "viewer" } });
    expectError(await renameClient(token, clientId, "Demoted write"), 403, "forbidden");
    expectOk(await getClient(token, clientId));
    await db().membership.delete({ where: { id: admin.membershipId } });
    const gone = await getClient(token, clientId);
    expectError(gone, 401, "unauthenticated");
    expect(gone.body.error.message).toMatch(/no longer a member/);
    expect(gone.text).not.toContain("Token Client");
  });

  it("stays in its own agency: the agency cookie is ignored, foreign client ids are 404", async () => {
    // The owner also belongs to the outsider's agency; the token still acts in the one it was made in.
    await db().membership.create({ data: { agencyId: outsider.agency.id, userId: owner.user.id, role: "admin", allClients: true } });
    const { token } = await createToken(owner.cookie, { name: "Agency A only", role: "admin" });
    const listed = await listClients(token, { cookie: `portal-agency=${outsider.agency.id}` });
    expect(listed.body.data.map((c: { id: string }) => c.id)).toEqual([clientId]);
    expectError(await getClient(token, foreignClientId), 404, "not_found");
    const before = await storedClient(foreignClientId);
    expectError(await renameClient(token, foreignClientId, "Crossed over"), 404, "not_found");
    expect(await storedClient(foreignClientId)).toEqual(before);
    // With the session cookie (and that agency chosen) the same person does see it.
    expectOk(await api.getClient(`${owner.cookie}; portal-agency=${outsider.agency.id}`, foreignClientId));
    await db().membership.deleteMany({ where: { agencyId: outsider.agency.id, userId: owner.user.id } });
  });

  it("answers 401 for malformed, unknown, revoked and expired tokens", async () => {
    const cases: [string, RegExp][] = [
      ["not-a-token", /not a portal API token/],
      [`occ_${"A".repeat(43)}`, /not valid/],
    ];
    const revoked = await createToken(owner.cookie, { name: "To revoke", role: "viewer" });
    expectOk(await getClient(revoked.token, clientId));
    expectOk(await tokensApi.revoke({ cookie: owner.cookie }, revoked.id));
    cases.push([revoked.token, /revoked/]);
    const expired = await createToken(owner.cookie, { name: "To expire", role: "viewer", expiresInDays: 1 });
    expectOk(await getClient(expired.token, clientId));
    await db().apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    cases.push([expired.token, /expired/]);
    for (const [token, why] of cases) {
      const result = await getClient(token, clientId);
      expectError(result, 401, "unauthenticated");
      expect(result.body.error.message).toMatch(why);
    }
    // The token is judged alone: a valid session cookie next to a dead token does not rescue it.
    expectError(await listClients(revoked.token, { cookie: owner.cookie }), 401, "unauthenticated");
    const header = await withToken(clientsRoute.GET, "", { path: "/api/clients", headers: { authorization: "Basic abc" } });
    expectError(header, 401, "unauthenticated");
  });

  it("records when it was last used, at most once a minute", async () => {
    const { id, token } = await createToken(owner.cookie, { name: "Usage", role: "viewer" });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    expectOk(await getClient(token, clientId));
    const first = (await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(first).not.toBeNull();
    expectOk(await getClient(token, clientId));
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
    await db().apiToken.update({ where: { id }, data: { lastUsedAt: new Date(Date.now() - 5 * 60_000) } });
    expectOk(await getClient(token, clientId));
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });
});

describe("GET /api/tokens and DELETE /api/tokens/:id", () => {
  it("lists the caller's own tokens with their state, never a token value or hash", async () => {
    const listed = await tokensApi.list({ cookie: owner.cookie });
    expectOk(listed);
    const items = listed.body.data as { name: string; state: string; mine: boolean; owner: { id: string } }[];
    expect(items.length).toBeGreaterThan(3);
    expect(items.every((item) => item.mine && item.owner.id === owner.user.id)).toBe(true);
    expect(items.find((item) => item.name === "To revoke")?.state).toBe("revoked");
    expect(items.find((item) => item.name === "To expire")?.state).toBe("expired");
    expect(listed.text).not.toMatch(/tokenHash|"token"/);
    for (const token of issued) expect(listed.text).not.toContain(token.slice(12));
  });

  it("members see and revoke only their own; owners see everyone's (with whose) and revoke any", async () => {
    const member = await createMember(owner.agency, "member", "tok-m2");
    const mine = await createToken(member.cookie, { name: "Member token", role: "member" });
    const ownerToken = await createToken(owner.cookie, { name: "Owner token", role: "viewer" });
    expectError(await tokensApi.list({ cookie: member.cookie }, "?scope=agency"), 403, "forbidden");
    expect((await tokensApi.list({ cookie: member.cookie })).body.data.map((t: { name: string }) => t.name)).toEqual(["Member token"]);
    expectError(await tokensApi.revoke({ cookie: member.cookie }, ownerToken.id), 404, "not_found");
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: ownerToken.id } })).revokedAt).toBeNull();

    const all = await tokensApi.list({ cookie: owner.cookie }, "?scope=agency");
    expectOk(all);
    const memberRow = all.body.data.find((t: { id: string }) => t.id === mine.id);
    expect(memberRow).toMatchObject({ mine: false, owner: { id: member.user.id, name: member.user.name } });
    const revoked = await tokensApi.revoke({ cookie: owner.cookie }, mine.id);
    expectOk(revoked);
    expect(revoked.body.data.state).toBe("revoked");
    expectError(await getClient(mine.token, clientId), 401, "unauthenticated");
    // Idempotent, and one event only.
    expectOk(await tokensApi.revoke({ cookie: owner.cookie }, mine.id));
    const events = await db().auditEvent.findMany({ where: { action: "token.revoke", targetId: mine.id } });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(owner.user.id);
  });

  it("another agency's token id is 404 and stays alive; a token may revoke itself", async () => {
    const foreign = await createToken(outsider.cookie, { name: "Outsider's", role: "owner" });
    expectError(await tokensApi.revoke({ cookie: owner.cookie }, foreign.id), 404, "not_found");
    expectError(await tokensApi.revoke({ cookie: owner.cookie }, "../../etc"), 404, "not_found");
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: foreign.id } })).revokedAt).toBeNull();
    expect((await tokensApi.list({ cookie: owner.cookie }, "?scope=agency")).text).not.toContain(foreign.id);
    expectOk(await tokensApi.revoke({ token: foreign.token }, foreign.id));
    expectError(await tokensApi.list({ token: foreign.token }), 401, "unauthenticated");
    expectError(await tokensApi.list({ cookie: owner.cookie }, "?scope=everyone"), 400, "validation_failed");
  });
});

describe("after everything above", () => {
  it("no token value appeared in a log line or any answer but its creation", () => {
    expect(issued.length).toBeGreaterThan(8);
    for (const token of issued) {
      expect(logLines.some((line) => line.includes(token))).toBe(false);
      expect(responseLog.filter((text) => text.includes(token))).toHaveLength(1);
    }
  });
});
