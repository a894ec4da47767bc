// Invitations: a single-use, expiring link whose token only the answer ever carries (the database
// has its sha256). Accepting by sign-up or sign-in, refusals for reuse, expiry, revocation, a
// re-sent (dead) link and the wrong email — each leaving the invitation and memberships unchanged.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as invitationsRoute from "@/app/api/invitations/route";
import { db } from "@/lib/db/client";
import { previewInvitation } from "@/lib/invitations/invitation-preview";
import { generateToken } from "@/lib/tokens/bearer";
import { expectError, expectOk } from "./support/expect";
import { startFakeSmtp } from "./support/fake-smtp";
import { deadUrl, useHarness, withEnv } from "./support/harness";
import { callRoute } from "./support/http";
import { agencyCookieOf, memberApi } from "./support/member-routes";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, sessionCookie, TEST_PASSWORD, uniqueEmail, type TestUser } from "./support/users";

useHarness();

let owner: TestUser;
let outsider: TestUser;
let clientA: { id: string; name: string };
let clientB: { id: string; name: string };
let foreignClient: { id: string; name: string };

async function addClient(user: TestUser, name: string) {
  const created = await api.createClient(user.cookie, { name, apiKey: freshKey("starter") });
  expectOk(created, 201);
  return { id: created.body.data.id as string, name };
}

async function invite(json: Record<string, unknown>, cookie = owner.cookie) {
  const result = await memberApi.invite(cookie, json);
  expectOk(result, 201);
  return result.body.data as { invitation: { id: string; email: string; expiresAt: string }; token: string; url: string; mail: { sent: boolean } };
}

const invitationRow = (id: string) => db().invitation.findUniqueOrThrow({ where: { id } });
const membershipOf = (userId: string, agencyId: string) => db().membership.findUnique({ where: { agencyId_userId: { agencyId, userId } }, include: { clients: true } });

beforeAll(async () => {
  owner = await createOwner("inviter");
  outsider = await createOwner("outsider");
  clientA = await addClient(owner, "Acme Dental");
  clientB = await addClient(owner, "Bravo Plumbing");
  foreignClient = await addClient(outsider, "Outsider Client");
});

describe("POST /api/invitations", () => {
  it("answers the link once, stores only the token's sha256, expires in 7 days and records the invitation", async () => {
    const email = uniqueEmail("cu");
    const before = Date.now();
    const issued = await invite({ email: email.toUpperCase(), role: "client_user", clientIds: [clientA.id] });
    expect(issued.token).toMatch(/^inv_[A-Za-z0-9_-]{43}$/);
    expect(issued.url).toMatch(new RegExp(`/invite/${issued.token}$`));
    expect(issued.mail).toEqual({ sent: false, reason: "not_configured" });
    const row = await invitationRow(issued.invitation.id);
    expect(row.email).toBe(email);
    expect(row.tokenHash).toBe(createHash("sha256").update(issued.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(issued.token);
    expect(row.clientIds).toEqual([clientA.id]);
    expect(row.clientGrants).toEqual(["view_calls", "view_usage", "view_agents"]);
    const days = (row.expiresAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { agencyId: owner.agency.id, action: "member.invite", targetId: row.id } });
    expect(JSON.stringify(audit)).not.toContain(issued.token);
    expect(audit.details).toMatchObject({ email, role: "Client user", clients: "Acme Dental" });

    const list = await memberApi.listInvitations(owner.cookie);
    expectOk(list);
    const listed = list.body.data.find((item: { id: string }) => item.id === row.id);
    expect(listed).toMatchObject({ email, role: "client_user", status: "pending", clients: [clientA], invitedBy: { name: owner.user.name } });
    expect(list.text).not.toContain(issued.token);
    expect(list.text).not.toContain(row.tokenHash);
  });

  it("also mails the link when SMTP_URL is set; a failing mail server leaves the invitation standing", async () => {
    const smtp = await startFakeSmtp();
    try {
      const email = uniqueEmail("mailed");
      const issued = await withEnv({ SMTP_URL: smtp.url, SMTP_FROM: "Portal <portal@agency.test>" }, () => invite({ email, role: "viewer", allClients: true }));
      expect(issued.mail).toEqual({ sent: true });
      expect(smtp.mails).toHaveLength(1);
      expect(smtp.mails[0]!.to).toEqual([`<${email}>`]);
      expect(smtp.mails[0]!.from).toBe("<portal@agency.test>");
      // Quoted-printable may fold long lines: compare without soft line breaks.
      expect(smtp.mails[0]!.data.replace(/=\r\n/g, "")).toContain(issued.url.replace(/=/g, "=3D"));
    } finally {
      await smtp.close();
    }
    const unreachable = await withEnv({ SMTP_URL: await deadUrl().then((url) => url.replace("http:", "smtp:")) }, () =>
      memberApi.invite(owner.cookie, { email: uniqueEmail("unmailed"), role: "viewer", allClients: true }),
    );
    expectOk(unreachable, 201);
    expect(unreachable.body.data.mail).toEqual({ sent: false, reason: "failed" });
    expect(await db().invitation.count({ where: { id: unreachable.body.data.invitation.id } })).toBe(1);
  });

  it("refuses shapes a role cannot have, and other agencies' clients, creating nothing", async () => {
    const count = await db().invitation.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ email: uniqueEmail("x"), role: "client_user", clientIds: [clientA.id, clientB.id] }, "clientIds"],
      [{ email: uniqueEmail("x"), role: "client_user" }, "clientIds"],
      [{ email: uniqueEmail("x"), role: "client_user", clientIds: [foreignClient.id] }, "clientIds"],
      [{ email: uniqueEmail("x"), role: "member", clientIds: [clientA.id, foreignClient.id] }, "clientIds"],
      [{ email: uniqueEmail("x"), role: "member" }, "clientIds"],
      [{ email: uniqueEmail("x"), role: "viewer", allClients: true, clientGrants: ["view_calls"] }, "clientGrants"],
      [{ email: uniqueEmail("x"), role: "admin", clientIds: [clientA.id] }, "clientIds"],
      [{ email: uniqueEmail("x"), role: "boss", allClients: true }, "role"],
      [{ email: "not-an-email", role: "viewer", allClients: true }, "email"],
      [{ email: uniqueEmail("x"), role: "viewer", allClients: true, agencyId: outsider.agency.id }, "agencyId"],
    ];
    for (const [json, field] of cases) {
      const result = await memberApi.invite(owner.cookie, json);
      expectError(result, 400, "validation_failed");
      expect(Object.keys(result.body.error.fieldErrors), JSON.stringify(json)).toContain(field);
    }
    expect(await db().invitation.count()).toBe(count);
    // The foreign id is refused with the same words as one that does not exist.
    const foreign = await memberApi.invite(owner.cookie, { email: uniqueEmail("x"), role: "member", clientIds: [foreignClient.id] });
    const missing = await memberApi.invite(owner.cookie, { email: uniqueEmail("x"), role: "member", clientIds: ["cl-none"] });
    expect(foreign.body.error.fieldErrors.clientIds[0].replace(foreignClient.id, "ID")).toBe(missing.body.error.fieldErrors.clientIds[0].replace("cl-none", "ID"));
  });

  it("answers 409 for someone who is already a member, and for a second pending invitation", async () => {
    const member = await createMember(owner.agency, "viewer", "already");
    const existing = await memberApi.invite(owner.cookie, { email: member.user.email, role: "member", allClients: true });
    expectError(existing, 409, "conflict");
    expect(existing.body.error.message).toContain("already a member");
    const email = uniqueEmail("twice");
    await invite({ email, role: "viewer", allClients: true });
    const second = await memberApi.invite(owner.cookie, { email, role: "viewer", allClients: true });
    expectError(second, 409, "conflict");
    expect(await db().invitation.count({ where: { email } })).toBe(1);
  });

  it("lets only owners invite owners; admins invite admins and below; others not at all", async () => {
    const admin = await createMember(owner.agency, "admin", "admin-inviter");
    const member = await createMember(owner.agency, "member", "member-inviter");
    expectError(await memberApi.invite(admin.cookie, { email: uniqueEmail("o"), role: "owner" }), 403, "forbidden");
    await invite({ email: uniqueEmail("a"), role: "admin" }, admin.cookie);
    await invite({ email: uniqueEmail("o"), role: "owner" });
    expectError(await memberApi.invite(member.cookie, { email: uniqueEmail("v"), role: "viewer", allClients: true }), 403, "forbidden");
    expectError(await memberApi.listInvitations(member.cookie), 403, "forbidden");
  });

  it("caps an owner's admin-scoped API token at admin: no owner invitations through it", async () => {
    const issued = generateToken();
    await db().apiToken.create({ data: { agencyId: owner.agency.id, userId: owner.user.id, name: "automation", prefix: issued.prefix, tokenHash: issued.tokenHash, role: "admin" } });
    const bearer = { authorization: `Bearer ${issued.token}` };
    const asOwner = await callRoute(invitationsRoute.POST, { method: "POST", path: "/api/invitations", headers: bearer, json: { email: uniqueEmail("t"), role: "owner" } });
    expectError(asOwner, 403, "forbidden");
    const asAdmin = await callRoute(invitationsRoute.POST, { method: "POST", path: "/api/invitations", headers: bearer, json: { email: uniqueEmail("t"), role: "admin" } });
    expectOk(asAdmin, 201);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "member.invite", targetId: asAdmin.body.data.invitation.id } });
    expect(audit).toMatchObject({ actorId: owner.user.id, tokenName: "automation" });
  });
});

describe("accepting", () => {
  it("by sign-up: joins the inviting agency (no agency of their own) and sees only the invited client", async () => {
    const email = uniqueEmail("newcomer");
    const issued = await invite({ email, role: "client_user", clientIds: [clientA.id], clientGrants: ["view_calls", "edit_hours_faq"] });
    const agencies = await db().agency.count();
    // Sign-up is open to invitations even when the portal is closed to new agencies.
    const signup = await withEnv({ SIGNUP_ENABLED: "false" }, () =>
      api.signup({ json: { name: "New Comer", email, password: TEST_PASSWORD, invitationToken: issued.token } }),
    );
    expectOk(signup, 201);
    expect(signup.body.data.agency).toEqual(owner.agency);
    expect(agencyCookieOf(signup.headers)).toBe(`portal-agency=${owner.agency.id}`);
    expect(await db().agency.count()).toBe(agencies);
    const userId = signup.body.data.user.id as string;
    const membership = await membershipOf(userId, owner.agency.id);
    expect(membership).toMatchObject({ role: "client_user", allClients: false, clientGrants: ["view_calls", "edit_hours_faq"] });
    expect(membership!.clients.map((row) => row.clientId)).toEqual([clientA.id]);
    expect((await invitationRow(issued.invitation.id)).acceptedById).toBe(userId);
    const clients = await api.listClients(await sessionCookie(userId));
    expectOk(clients);
    expect(clients.body.data.map((client: { id: string }) => client.id)).toEqual([clientA.id]);
    const joined = await db().auditEvent.findFirstOrThrow({ where: { agencyId: owner.agency.id, action: "member.join", actorId: userId } });
    expect(joined.details).toMatchObject({ email, clients: "Acme Dental" });

    // The link is single-use: not again by sign-up, nor by the person now signed in.
    const again = await api.signup({ json: { name: "Someone", email: uniqueEmail("late"), password: TEST_PASSWORD, invitationToken: issued.token } });
    expectError(again, 409, "invitation_used");
    expectError(await memberApi.accept(await sessionCookie(userId), issued.token), 409, "invitation_used");
  });

  it("by sign-up with another email: refused on the email field, no user created, the invitation still open", async () => {
    const issued = await invite({ email: uniqueEmail("meant"), role: "viewer", allClients: true });
    const users = await db().user.count();
    const other = uniqueEmail("other");
    const result = await api.signup({ json: { name: "Other", email: other, password: TEST_PASSWORD, invitationToken: issued.token } });
    expectError(result, 403, "invitation_wrong_email");
    expect(result.body.error.fieldErrors.email[0]).toContain(issued.invitation.email);
    expect(await db().user.count()).toBe(users);
    expect((await invitationRow(issued.invitation.id)).acceptedAt).toBeNull();
  });

  it("by sign-in: an existing user of another agency joins with the invited clients and switches to it", async () => {
    const issued = await invite({ email: outsider.user.email, role: "member", clientIds: [clientB.id] });
    const accepted = await memberApi.accept(outsider.cookie, issued.token);
    expectOk(accepted, 201);
    expect(accepted.body.data).toMatchObject({ agency: owner.agency, role: "member" });
    const agencyCookie = agencyCookieOf(accepted.headers);
    expect(agencyCookie).toBe(`portal-agency=${owner.agency.id}`);
    const inNewAgency = await api.listClients(`${outsider.cookie}; ${agencyCookie}`);
    expect(inNewAgency.body.data.map((client: { id: string }) => client.id)).toEqual([clientB.id]);
    // Their own agency is still theirs.
    const inOwnAgency = await api.listClients(`${outsider.cookie}; portal-agency=${outsider.agency.id}`);
    expect(inOwnAgency.body.data.map((client: { id: string }) => client.id)).toEqual([foreignClient.id]);
    // The switcher goes back and forth between the two; never into a third.
    const back = await memberApi.switchAgency(outsider.cookie, outsider.agency.id);
    expectOk(back);
    expect(agencyCookieOf(back.headers)).toBe(`portal-agency=${outsider.agency.id}`);
    const stranger = await createOwner("stranger");
    const refused = await memberApi.switchAgency(outsider.cookie, stranger.agency.id);
    expectError(refused, 404, "not_found");
    expect(agencyCookieOf(refused.headers)).toBeUndefined();
  });

  it("signed in as someone else: refused, nothing claimed", async () => {
    const issued = await invite({ email: uniqueEmail("intended"), role: "viewer", allClients: true });
    const wrong = await createOwner("wrong-person");
    const result = await memberApi.accept(wrong.cookie, issued.token);
    expectError(result, 403, "invitation_wrong_email");
    expect(result.body.error.message).toContain(issued.invitation.email);
    expect((await invitationRow(issued.invitation.id)).acceptedAt).toBeNull();
    expect(await membershipOf(wrong.user.id, owner.agency.id)).toBeNull();
  });

  it("expired: a clear 410 and no membership; re-sending renews it", async () => {
    const person = await createOwner("late-joiner");
    const issued = await invite({ email: person.user.email, role: "viewer", clientIds: [clientA.id] });
    await db().invitation.update({ where: { id: issued.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const listed = (await memberApi.listInvitations(owner.cookie)).body.data.find((item: { id: string }) => item.id === issued.invitation.id);
    expect(listed.status).toBe("expired");
    const result = await memberApi.accept(person.cookie, issued.token);
    expectError(result, 410, "invitation_expired");
    expect(result.body.error.message).toMatch(/expired/i);
    expect(await membershipOf(person.user.id, owner.agency.id)).toBeNull();

    const renewed = await memberApi.resend(owner.cookie, issued.invitation.id);
    expectOk(renewed);
    expect(new Date(renewed.body.data.invitation.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    expectOk(await memberApi.accept(person.cookie, renewed.body.data.token), 201);
  });

  it("revoked: a clear 410, and the invitation leaves the list", async () => {
    const person = await createOwner("revoked-joiner");
    const issued = await invite({ email: person.user.email, role: "viewer", allClients: true });
    expectOk(await memberApi.revoke(owner.cookie, issued.invitation.id));
    const result = await memberApi.accept(person.cookie, issued.token);
    expectError(result, 410, "invitation_revoked");
    expect(await membershipOf(person.user.id, owner.agency.id)).toBeNull();
    const list = await memberApi.listInvitations(owner.cookie);
    expect(list.body.data.map((item: { id: string }) => item.id)).not.toContain(issued.invitation.id);
    const revokedEvent = await db().auditEvent.findFirstOrThrow({ where: { action: "member.invite_revoke", targetId: issued.invitation.id } });
    expect(revokedEvent).toMatchObject({ actorId: owner.user.id, targetName: person.user.email, details: { email: person.user.email, role: "Viewer" } });
    expectError(await memberApi.resend(owner.cookie, issued.invitation.id), 410, "invitation_revoked");
  });

  it("re-sent: the old link dies, the new one works", async () => {
    const person = await createOwner("resent-joiner");
    const first = await invite({ email: person.user.email, role: "viewer", allClients: true });
    const resent = await memberApi.resend(owner.cookie, first.invitation.id);
    expectOk(resent);
    expect(resent.body.data.token).not.toBe(first.token);
    expectError(await memberApi.accept(person.cookie, first.token), 404, "not_found");
    expectOk(await memberApi.accept(person.cookie, resent.body.data.token), 201);
    expect(await db().auditEvent.count({ where: { action: "member.invite_resend", targetId: first.invitation.id } })).toBe(1);
    // Accepted: nothing left to re-send or revoke.
    expectError(await memberApi.resend(owner.cookie, first.invitation.id), 409, "invitation_used");
    expectError(await memberApi.revoke(owner.cookie, first.invitation.id), 409, "invitation_used");
  });

  it("no longer holds once its sender may not give that role: removed, or demoted below it", async () => {
    const secondOwner = await createMember(owner.agency, "owner", "second-owner");
    const ownerInvite = await memberApi.invite(secondOwner.cookie, { email: uniqueEmail("alt-owner"), role: "owner" });
    expectOk(ownerInvite, 201);
    const admin = await createMember(owner.agency, "admin", "demoted-admin");
    const adminInvite = await memberApi.invite(admin.cookie, { email: uniqueEmail("alt-viewer"), role: "viewer", allClients: true });
    expectOk(adminInvite, 201);
    expectOk(await memberApi.removeMember(owner.cookie, secondOwner.membershipId));
    expectOk(await memberApi.updateMember(owner.cookie, admin.membershipId, { role: "viewer", allClients: true }));
    for (const invite of [ownerInvite, adminInvite]) {
      const joiner = await db().user.create({ data: { email: invite.body.data.invitation.email, name: "Second address", passwordHash: "unused" } });
      // The invitation page says so before anyone signs up, and accepting is refused.
      expect(await previewInvitation(invite.body.data.token)).toMatchObject({ state: "closed", code: "invitation_revoked" });
      const accepted = await memberApi.accept(await sessionCookie(joiner.id), invite.body.data.token);
      expectError(accepted, 410, "invitation_revoked");
      expect(await membershipOf(joiner.id, owner.agency.id)).toBeNull();
    }
  });

  it("twice at the same moment: exactly one membership", async () => {
    const person = await createOwner("double-click");
    const issued = await invite({ email: person.user.email, role: "viewer", allClients: true });
    const [a, b] = await Promise.all([memberApi.accept(person.cookie, issued.token), memberApi.accept(await sessionCookie(person.user.id), issued.token)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await db().membership.count({ where: { agencyId: owner.agency.id, userId: person.user.id } })).toBe(1);
  });

  it("skips clients deleted since the invitation", async () => {
    const doomed = await addClient(owner, "Doomed Client");
    const person = await createOwner("skipper");
    const issued = await invite({ email: person.user.email, role: "member", clientIds: [clientA.id, doomed.id] });
    expectOk(await api.deleteClient(owner.cookie, doomed.id));
    expectOk(await memberApi.accept(person.cookie, issued.token), 201);
    const membership = await membershipOf(person.user.id, owner.agency.id);
    expect(membership!.clients.map((row) => row.clientId)).toEqual([clientA.id]);
  });

  it("refuses a token that is not one, and anyone not signed in", async () => {
    expectError(await memberApi.accept(outsider.cookie, "inv_nope"), 404, "not_found");
    const issued = await invite({ email: uniqueEmail("anon"), role: "viewer", allClients: true });
    expectError(await memberApi.accept(undefined, issued.token), 401, "unauthenticated");
  });
});

describe("the public invitation page's preview", () => {
  it("shows agency, role, inviter and clients of an open invitation; only the reason for a closed one; nothing for an unknown token", async () => {
    const person = await createOwner("previewed");
    const issued = await invite({ email: person.user.email, role: "member", clientIds: [clientB.id] });
    expect(await previewInvitation(issued.token)).toEqual({
      state: "open",
      email: person.user.email,
      role: "member",
      agencyName: owner.agency.name,
      inviterName: owner.user.name,
      expiresAt: issued.invitation.expiresAt,
      clientNames: ["Bravo Plumbing"],
      hasAccount: true,
    });
    expectOk(await memberApi.revoke(owner.cookie, issued.invitation.id));
    const closed = await previewInvitation(issued.token);
    expect(closed).toMatchObject({ state: "closed", code: "invitation_revoked" });
    expect(JSON.stringify(closed)).not.toContain(person.user.email);
    expect(await previewInvitation("inv_" + "x".repeat(43))).toEqual({ state: "invalid" });
    expect(await previewInvitation("../../etc")).toEqual({ state: "invalid" });
  });
});

describe("another agency", () => {
  it("cannot see, revoke or re-send the invitations (404), which stay as they were", async () => {
    const issued = await invite({ email: uniqueEmail("private"), role: "viewer", allClients: true });
    const before = await invitationRow(issued.invitation.id);
    expectError(await memberApi.revoke(outsider.cookie, issued.invitation.id), 404, "not_found");
    expectError(await memberApi.resend(outsider.cookie, issued.invitation.id), 404, "not_found");
    const list = await memberApi.listInvitations(outsider.cookie);
    expect(list.body.data.map((item: { id: string }) => item.id)).not.toContain(issued.invitation.id);
    expect(await invitationRow(issued.invitation.id)).toEqual(before);
  });
});
