// Members: listing, role and assignment changes, removal. The role rules (admins never touch
// owners), the last owner (also under two simultaneous demotions), and that every change applies
// to the member's very next request — nothing about the role lives in the session cookie.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { generateToken } from "@/lib/tokens/bearer";
import { expectError, expectOk } from "./support/expect";
import { useHarness } from "./support/harness";
import { memberApi } from "./support/member-routes";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";

useHarness();

let owner: TestUser & { membershipId: string };
let outsider: TestUser;
let clientA: { id: string; name: string };
let clientB: { id: string; name: string };
let foreignClient: { id: string };

async function addClient(user: TestUser, name: string) {
  const created = await api.createClient(user.cookie, { name, apiKey: freshKey("starter") });
  expectOk(created, 201);
  return { id: created.body.data.id as string, name };
}

const visibleClientIds = async (cookie: string) => {
  const result = await api.listClients(cookie);
  expectOk(result);
  return result.body.data.map((client: { id: string }) => client.id).sort();
};
const membership = (id: string) => db().membership.findUnique({ where: { id }, include: { clients: true } });

beforeAll(async () => {
  const created = await createOwner("team");
  const row = await db().membership.findFirstOrThrow({ where: { userId: created.user.id }, select: { id: true } });
  owner = { ...created, membershipId: row.id };
  outsider = await createOwner("outsider");
  clientA = await addClient(owner, "Acme Dental");
  clientB = await addClient(owner, "Bravo Plumbing");
  foreignClient = await addClient(outsider, "Outsider Client");
});

describe("GET /api/members", () => {
  it("lists the agency's people with roles and clients, for owners and admins only", async () => {
    const viewer = await createMember(owner.agency, "viewer", "listed-viewer", { clientIds: [clientB.id] });
    const admin = await createMember(owner.agency, "admin", "listed-admin");
    const list = await memberApi.listMembers(admin.cookie);
    expectOk(list);
    const byEmail = new Map(list.body.data.map((m: { email: string }) => [m.email, m]));
    expect(byEmail.get(owner.user.email)).toMatchObject({ role: "owner", allClients: true, clients: [] });
    expect(byEmail.get(viewer.user.email)).toMatchObject({ role: "viewer", allClients: false, clients: [clientB], joinedAt: expect.any(String) });
    expect(list.text).not.toContain("passwordHash");
    expectError(await memberApi.listMembers(viewer.cookie), 403, "forbidden");
    const theirs = await memberApi.listMembers(outsider.cookie);
    expect(theirs.body.data.map((m: { email: string }) => m.email)).toEqual([outsider.user.email]);
  });
});

describe("PATCH /api/members/:id", () => {
  it("narrows a member's clients, and GET /api/clients follows on the next request; the change is audited with names", async () => {
    const member = await createMember(owner.agency, "member", "narrowed");
    expect(await visibleClientIds(member.cookie)).toEqual([clientA.id, clientB.id].sort());
    const updated = await memberApi.updateMember(owner.cookie, member.membershipId, { clientIds: [clientA.id] });
    expectOk(updated);
    expect(updated.body.data).toMatchObject({ allClients: false, clients: [clientA] });
    expect(await visibleClientIds(member.cookie)).toEqual([clientA.id]);
    expectError(await api.getClient(member.cookie, clientB.id), 404, "not_found");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "member.update", targetId: member.membershipId } });
    expect(audit.changes).toEqual([{ field: "clients", before: "All clients", after: "Acme Dental" }]);
    expect(audit.actorId).toBe(owner.user.id);
  });

  it("turns a member into a client user with grants; a foreign client is refused and nothing changes", async () => {
    const member = await createMember(owner.agency, "member", "to-client-user", { clientIds: [clientA.id, clientB.id] });
    const before = await membership(member.membershipId);
    const foreign = await memberApi.updateMember(owner.cookie, member.membershipId, { role: "client_user", clientIds: [foreignClient.id] });
    expectError(foreign, 400, "validation_failed");
    const tooMany = await memberApi.updateMember(owner.cookie, member.membershipId, { role: "client_user" });
    expectError(tooMany, 400, "validation_failed");
    expect(tooMany.body.error.fieldErrors.clientIds).toBeDefined();
    expect(await membership(member.membershipId)).toEqual(before);

    const changed = await memberApi.updateMember(owner.cookie, member.membershipId, { role: "client_user", clientIds: [clientB.id], clientGrants: ["view_calls"] });
    expectOk(changed);
    expect(await visibleClientIds(member.cookie)).toEqual([clientB.id]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "member.update", targetId: member.membershipId } });
    expect(audit.changes).toEqual([
      { field: "role", before: "Member", after: "Client user" },
      { field: "clients", before: "Acme Dental, Bravo Plumbing", after: "Bravo Plumbing" },
      { field: "permissions", before: null, after: "Read calls and transcripts" },
    ]);
  });

  it("admins manage admins and below, never owners, and make no owners", async () => {
    const admin = await createMember(owner.agency, "admin", "rule-admin");
    const coOwner = await createMember(owner.agency, "owner", "co-owner");
    const member = await createMember(owner.agency, "member", "rule-member");
    const before = await membership(coOwner.membershipId);
    expectError(await memberApi.updateMember(admin.cookie, coOwner.membershipId, { role: "viewer", allClients: true }), 403, "forbidden");
    expectError(await memberApi.removeMember(admin.cookie, coOwner.membershipId), 403, "forbidden");
    expectError(await memberApi.updateMember(admin.cookie, member.membershipId, { role: "owner" }), 403, "forbidden");
    expect(await membership(coOwner.membershipId)).toEqual(before);
    expectOk(await memberApi.updateMember(admin.cookie, member.membershipId, { role: "admin" }));
    expectOk(await memberApi.updateMember(owner.cookie, member.membershipId, { role: "owner" }));
    // Members and viewers change nobody.
    const viewer = await createMember(owner.agency, "viewer", "rule-viewer");
    expectError(await memberApi.updateMember(viewer.cookie, admin.membershipId, { role: "viewer" }), 403, "forbidden");
    expectError(await memberApi.removeMember(viewer.cookie, admin.membershipId), 403, "forbidden");
  });

  it("answers 404 for another agency's member, which stays as it was", async () => {
    const row = await db().membership.findFirstOrThrow({ where: { userId: outsider.user.id } });
    expectError(await memberApi.updateMember(owner.cookie, row.id, { role: "viewer", allClients: true }), 404, "not_found");
    expectError(await memberApi.removeMember(owner.cookie, row.id), 404, "not_found");
    expect(await db().membership.findUnique({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses an empty or unknown change with 400", async () => {
    const member = await createMember(owner.agency, "member", "empty-change");
    expectError(await memberApi.updateMember(owner.cookie, member.membershipId, {}), 400, "validation_failed");
    const unknown = await memberApi.updateMember(owner.cookie, member.membershipId, { userId: outsider.user.id });
    expectError(unknown, 400, "validation_failed");
    expect(unknown.body.error.fieldErrors.userId).toEqual(["Unknown field"]);
  });
});

describe("the last owner", () => {
  it("cannot be demoted, removed, or leave", async () => {
    const solo = await createOwner("solo");
    const row = await db().membership.findFirstOrThrow({ where: { userId: solo.user.id } });
    expectError(await memberApi.updateMember(solo.cookie, row.id, { role: "admin" }), 409, "last_owner");
    expectError(await memberApi.removeMember(solo.cookie, row.id), 409, "last_owner");
    expect(await db().membership.findUnique({ where: { id: row.id } })).toMatchObject({ role: "owner" });
  });

  it("survives two owners demoting each other at the same moment", async () => {
    for (let round = 0; round < 5; round += 1) {
      const first = await createOwner(`race-${round}`);
      const firstRow = await db().membership.findFirstOrThrow({ where: { userId: first.user.id } });
      const second = await createMember(first.agency, "owner", `race-${round}-b`);
      const [a, b] = await Promise.all([
        memberApi.updateMember(first.cookie, second.membershipId, { role: "admin" }),
        memberApi.updateMember(second.cookie, firstRow.id, { role: "admin" }),
      ]);
      // The loser is refused as the last owner (409), or — when its request began after the
      // winner's commit — as no longer an owner (403). Never two successes.
      const statuses = [a.status, b.status].sort();
      expect(statuses[0], `${a.text} ${b.text}`).toBe(200);
      expect([403, 409], `${a.text} ${b.text}`).toContain(statuses[1]);
      expect(await db().membership.count({ where: { agencyId: first.agency.id, role: "owner" } })).toBe(1);
    }
  });

  it("survives an owner removing the other while that one leaves", async () => {
    const first = await createOwner("race-remove");
    const firstRow = await db().membership.findFirstOrThrow({ where: { userId: first.user.id } });
    const second = await createMember(first.agency, "owner", "race-remove-b");
    const [a, b] = await Promise.all([memberApi.removeMember(first.cookie, second.membershipId), memberApi.removeMember(first.cookie, firstRow.id)]);
    // Whichever runs second is refused: as the last owner (409), or as no longer a member (403).
    const statuses = [a.status, b.status].sort();
    expect(statuses[0], `${a.text} ${b.text}`).toBe(200);
    expect([403, 409], `${a.text} ${b.text}`).toContain(statuses[1]);
    expect(await db().membership.count({ where: { agencyId: first.agency.id, role: "owner" } })).toBe(1);
  });
});

describe("changes apply to the next request (no stale role)", () => {
  it("a demoted admin loses the members page at once", async () => {
    const admin = await createMember(owner.agency, "admin", "stale-admin");
    expectOk(await memberApi.listMembers(admin.cookie));
    expectOk(await memberApi.updateMember(owner.cookie, admin.membershipId, { role: "viewer", allClients: true }));
    expectError(await memberApi.listMembers(admin.cookie), 403, "forbidden");
    expectError(await api.updateClient(admin.cookie, clientA.id, { name: "Renamed by a viewer" }), 403, "forbidden");
  });

  it("a removed member loses everything at once, and their API tokens of this agency are revoked", async () => {
    const member = await createMember(owner.agency, "member", "removed");
    const elsewhere = await db().membership.create({ data: { agencyId: outsider.agency.id, userId: member.user.id, role: "viewer", allClients: true } });
    const here = generateToken();
    const there = generateToken();
    await db().apiToken.createMany({
      data: [
        { agencyId: owner.agency.id, userId: member.user.id, name: "ci", prefix: here.prefix, tokenHash: here.tokenHash, role: "member" },
        { agencyId: outsider.agency.id, userId: member.user.id, name: "other", prefix: there.prefix, tokenHash: there.tokenHash, role: "viewer" },
      ],
    });
    const bearer = (token: string) => api.listClients(undefined).then(() => memberApi.listMembers(undefined, { authorization: `Bearer ${token}` }));
    expect((await bearer(here.token)).status).toBe(403); // a member may not list members, but the token works
    const removed = await memberApi.removeMember(owner.cookie, member.membershipId);
    expectOk(removed);
    expect(removed.body.data).toEqual({ left: false, tokensRevoked: 1 });
    const inOwnerAgency = await api.listClients(`${member.cookie}; portal-agency=${owner.agency.id}`);
    // Back to the one agency they still belong to, never the one they were removed from.
    expect(inOwnerAgency.body.data.map((client: { id: string }) => client.id)).toEqual([foreignClient.id]);
    expectError(await bearer(here.token), 401, "unauthenticated");
    expect(await db().apiToken.findFirstOrThrow({ where: { tokenHash: there.tokenHash } })).toMatchObject({ revokedAt: null });
    await db().membership.delete({ where: { id: elsewhere.id } });
    expectError(await api.listClients(member.cookie), 403, "forbidden");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "member.remove", targetId: member.membershipId } });
    expect(audit.details).toMatchObject({ email: member.user.email, role: "Member", left: false, tokensRevoked: 1 });
  });

  it("a deleted user's session ends at once", async () => {
    const member = await createMember(owner.agency, "member", "deleted");
    expectOk(await api.listClients(member.cookie));
    await db().user.delete({ where: { id: member.user.id } });
    expectError(await api.listClients(member.cookie), 401, "unauthenticated");
  });

  it("a viewer may leave by themselves", async () => {
    const viewer = await createMember(owner.agency, "viewer", "leaver");
    const left = await memberApi.removeMember(viewer.cookie, viewer.membershipId);
    expectOk(left);
    expect(left.body.data.left).toBe(true);
    expectError(await api.listClients(viewer.cookie), 403, "forbidden");
  });
});
