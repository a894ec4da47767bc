// Accepting an invitation by sign-up or sign-in, and the refusals — reuse, expiry, revocation, a
// re-sent (dead) link, the wrong email, a sender who lost the right — each leaving the invitation and
// memberships unchanged.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { previewInvitation } from "@/lib/invitations/invitation-preview";
import { expectError, expectOk } from "./support/expect";
import { useHarness, withEnv } from "./support/harness";
import { agencyCookieOf, memberApi } from "./support/member-routes";
import { api } from "./support/routes";
import { createMember, createOwner, sessionCookie, TEST_PASSWORD, uniqueEmail, type TestUser } from "./support/users";
import { addClient, buildInvitationWorld, invitationRow, inviteAs, membershipOf, type InvitationWorld } from "./support/invitations";

useHarness();

let owner: TestUser, outsider: TestUser, clientA: InvitationWorld["clientA"], clientB: InvitationWorld["clientB"], foreignClient: InvitationWorld["foreignClient"];
beforeAll(async () => ({ owner, outsider, clientA, clientB, foreignClient } = await buildInvitationWorld()));
const invite = (json: Record<string, unknown>, cookie = owner.cookie) => inviteAs(cookie, json);

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
