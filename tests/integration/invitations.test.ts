// Invitations: a single-use, expiring link whose token only the answer ever carries (the database
// has its sha256): creating one (role rules, shapes, mail), the public page's preview, and other
// agencies. Accepting is in invitations-accept.test.ts.
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
import { memberApi } from "./support/member-routes";
import { createMember, createOwner, uniqueEmail, type TestUser } from "./support/users";
import { buildInvitationWorld, invitationRow, inviteAs, type InvitationWorld } from "./support/invitations";

useHarness();

let owner: TestUser, outsider: TestUser, clientA: InvitationWorld["clientA"], clientB: InvitationWorld["clientB"], foreignClient: InvitationWorld["foreignClient"];
beforeAll(async () => ({ owner, outsider, clientA, clientB, foreignClient } = await buildInvitationWorld()));
const invite = (json: Record<string, unknown>, cookie = owner.cookie) => inviteAs(cookie, json);

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
