// The audit log records each change to a client exactly once, after it succeeded, with who, from
// where and a field-level diff; a key change records only the keys' last four characters; refused
// and failed changes record nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { generateToken } from "@/lib/tokens/bearer";
import { expectError, expectOk } from "./support/expect";
import { useHarness } from "./support/harness";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";
import { eventsOf, expectNoEvent, FROM_BROWSER, onlyEventOf } from "./support/audit";

useHarness();

let owner: TestUser;
let member: TestUser;
let clientId: string;
const KEY = freshKey("professional", "auditclients");

beforeAll(async () => {
  owner = await createOwner("audit-clients");
  member = await createMember(owner.agency, "member");
});

describe("client create, update, key replace and delete", () => {
  it("records the new client with its key's hint, never the key", async () => {
    const { result, event } = await onlyEventOf(owner.agency.id, () => api.createClient(owner.cookie, { name: "Acme Dental", apiKey: KEY, country: "GB" }, { headers: FROM_BROWSER }));
    expectOk(result, 201);
    clientId = result.body.data.id;
    expect(event).toMatchObject({
      action: "client.create", actorId: owner.user.id, actorName: owner.user.name, actorEmail: owner.user.email,
      ip: "203.0.113.7", userAgent: "Mozilla/5.0 (AuditTest)", clientId, clientName: "Acme Dental",
      targetType: "client", targetId: clientId, targetName: "Acme Dental", details: { country: "GB", keyHint: `…${KEY.slice(-4)}` },
    });
    expect(JSON.stringify(event)).not.toContain(KEY);
  });

  it("records a rename and a country change as one edit with before and after", async () => {
    const { result, event } = await onlyEventOf(owner.agency.id, () => api.updateClient(owner.cookie, clientId, { name: "Acme Dental Care", country: "IE" }));
    expectOk(result);
    expect(event).toMatchObject({ action: "client.update", clientName: "Acme Dental Care", targetName: "Acme Dental Care" });
    expect(event.changes).toEqual([
      { field: "name", before: "Acme Dental", after: "Acme Dental Care" },
      { field: "country", before: "GB", after: "IE" },
    ]);
  });

  it("records a key replacement with the old and new hints only", async () => {
    const next = freshKey("professional", "auditclients2");
    const { result, event } = await onlyEventOf(owner.agency.id, () => api.updateClient(owner.cookie, clientId, { apiKey: next }));
    expectOk(result);
    expect(event).toMatchObject({ action: "client.key_replace", clientId, changes: [{ field: "keyHint", before: `…${KEY.slice(-4)}`, after: `…${next.slice(-4)}` }] });
    const text = JSON.stringify(event);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(next);
  });

  it("records only the fields that changed, and nothing for a PATCH that changes nothing", async () => {
    const { event } = await onlyEventOf(owner.agency.id, () => api.updateClient(owner.cookie, clientId, { name: "Acme Dental Care", country: "GB" }));
    expect(event.changes).toEqual([{ field: "country", before: "IE", after: "GB" }]);
    const before = (await eventsOf(owner.agency.id)).length;
    expectOk(await api.updateClient(owner.cookie, clientId, { name: "Acme Dental Care" }));
    expect(await eventsOf(owner.agency.id)).toHaveLength(before);
  });

  it("names the API token a change came through", async () => {
    const { token, prefix, tokenHash } = generateToken();
    const row = await db().apiToken.create({ data: { agencyId: owner.agency.id, userId: owner.user.id, name: "Deploy bot", prefix, tokenHash, role: "admin" } });
    const { result, event } = await onlyEventOf(owner.agency.id, () => api.updateClient(undefined, clientId, { country: "FR" }, { headers: { authorization: `Bearer ${token}` } }));
    expectOk(result);
    expect(event).toMatchObject({ action: "client.update", actorId: owner.user.id, tokenId: row.id, tokenName: "Deploy bot", changes: [{ field: "country", before: "GB", after: "FR" }] });
    expectOk(await api.updateClient(owner.cookie, clientId, { country: "GB" }));
  });

  it("records nothing when the change is refused or fails", async () => {
    await expectNoEvent(owner.agency.id, () => api.updateClient(member.cookie, clientId, { name: "Member rename" })); // 403
    await expectNoEvent(owner.agency.id, () => api.updateClient(owner.cookie, clientId, { name: "" })); // 400
    const rejected = await expectNoEvent(owner.agency.id, () => api.updateClient(owner.cookie, clientId, { apiKey: "not_a_sim_key_123" }));
    expectError(rejected, 422, "api_key_rejected");
    await expectNoEvent(owner.agency.id, () => api.createClient(owner.cookie, { name: "Acme Dental Care", apiKey: freshKey("starter", "dupe") })); // 409 name taken
    await expectNoEvent(owner.agency.id, () => api.deleteClient(member.cookie, clientId)); // 403
  });

  it("records the removal of a client, keeping its name", async () => {
    const { result, event } = await onlyEventOf(owner.agency.id, () => api.deleteClient(owner.cookie, clientId));
    expectOk(result);
    expect(event).toMatchObject({ action: "client.delete", clientId, clientName: "Acme Dental Care", targetName: "Acme Dental Care" });
    await expectNoEvent(owner.agency.id, () => api.deleteClient(owner.cookie, clientId)); // 404 now
  });
});
