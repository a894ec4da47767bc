// GET /api/audit: newest first, filtered by client, person, action (exact or a group) and UTC days,
// paged by a keyset cursor that neither repeats nor skips; bad input is a 400 naming the field.
// The log is read-only: every other method is a 405, and PostgreSQL itself refuses an UPDATE.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditApi } from "./support/audit";
import { expectError, expectOk } from "./support/expect";
import { callRoute } from "./support/http";
import { useHarness } from "./support/harness";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createMember, createOwner, type TestUser } from "./support/users";

useHarness();

let owner: TestUser;
let dana: TestUser;
let acme: string;
let bay: string;

/** Events written as the app writes them, at chosen times (insert is all the log allows). */
async function seed(rows: { at: string; actor: TestUser; action: string; clientId?: string; clientName?: string; targetName?: string; changes?: unknown }[]) {
  await db().auditEvent.createMany({
    data: rows.map((row) => ({
      agencyId: owner.agency.id, createdAt: new Date(row.at), actorId: row.actor.user.id, actorName: row.actor.user.name, actorEmail: row.actor.user.email,
      action: row.action, clientId: row.clientId ?? null, clientName: row.clientName ?? null, targetType: row.targetName ? "agent" : null, targetId: row.targetName ? "agent_1" : null,
      targetName: row.targetName ?? null, ...(row.changes ? { changes: row.changes as never } : {}),
    })),
  });
}

const summaries = (result: { body: { data: { items: { summary: string }[] } } }) => result.body.data.items.map((item) => item.summary);

beforeAll(async () => {
  owner = await createOwner("audit-api");
  dana = await createMember(owner.agency, "admin", "dana");
  await db().user.update({ where: { id: dana.user.id }, data: { name: "Dana" } });
  dana.user.name = "Dana";
  acme = (await api.createClient(owner.cookie, { name: "Acme Dental", apiKey: freshKey("starter", "auditapi1") })).body.data.id;
  bay = (await api.createClient(owner.cookie, { name: "Bay Plumbing", apiKey: freshKey("starter", "auditapi2") })).body.data.id;
  await db().auditEvent.deleteMany({ where: { agencyId: owner.agency.id } }); // only the seeded events below
  await seed([
    { at: "2026-11-30T23:59:59.999Z", actor: dana, action: "agent.update", clientId: acme, clientName: "Acme Dental", targetName: "Reception", changes: [{ field: "greeting", before: "Hi", after: "Hello" }] },
    { at: "2026-12-01T00:00:00.000Z", actor: owner, action: "auth.sign_in" },
    { at: "2026-12-01T09:00:00.000Z", actor: dana, action: "number.assign", clientId: bay, clientName: "Bay Plumbing", targetName: "Front desk" },
    { at: "2026-12-01T09:00:00.000Z", actor: owner, action: "agent.create", clientId: bay, clientName: "Bay Plumbing", targetName: "Night line" },
    { at: "2026-12-02T12:00:00.000Z", actor: owner, action: "client.update", clientId: acme, clientName: "Acme Dental", changes: [{ field: "country", before: "GB", after: "IE" }] },
  ]);
});

describe("GET /api/audit", () => {
  it("lists the agency's events newest first, each with a readable line", async () => {
    const result = await auditApi.list(owner.cookie);
    expectOk(result);
    expect(summaries(result)).toEqual([
      "audit-api Owner changed the country of Acme Dental from “GB” to “IE”",
      expect.stringMatching(/^(audit-api Owner created the agent Night line|Dana assigned a phone number to Front desk) \(Bay Plumbing\)$/),
      expect.stringMatching(/^(audit-api Owner created the agent Night line|Dana assigned a phone number to Front desk) \(Bay Plumbing\)$/),
      "audit-api Owner signed in",
      "Dana changed the greeting of Reception (Acme Dental) from “Hi” to “Hello”",
    ]);
    expect(result.body.data.items[0]).toMatchObject({
      action: "client.update", actionLabel: "Changed a client", actor: { id: owner.user.id, name: owner.user.name }, client: { id: acme, name: "Acme Dental" },
      changes: [{ field: "country", label: "country", before: "GB", after: "IE" }],
    });
    expect(result.body.data.nextCursor).toBeNull();
  });

  it("filters by client, person, exact action, action group and UTC days (both ends inclusive)", async () => {
    const count = async (query: string) => (await auditApi.list(owner.cookie, query)).body.data.items.length;
    expect(await count(`?clientId=${acme}`)).toBe(2);
    expect(await count(`?actor=${dana.user.id}`)).toBe(2);
    expect(await count(`?actor=${dana.user.id}&clientId=${bay}`)).toBe(1);
    expect(await count("?action=agent.update")).toBe(1);
    expect(await count("?action=agent")).toBe(2);
    expect(await count("?from=2026-12-01")).toBe(4);
    expect(await count("?to=2026-11-30")).toBe(1);
    expect(await count("?from=2026-12-01&to=2026-12-01")).toBe(3);
    expect(await count("?from=2026-12-03")).toBe(0);
    expect(await count("?actor=someone-else")).toBe(0);
  });

  it("pages with a cursor: every event once, in order, ties on the time broken by id", async () => {
    const all = (await auditApi.list(owner.cookie)).body.data.items.map((item: { id: string }) => item.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const result = await auditApi.list(owner.cookie, `?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expectOk(result);
      expect(result.body.data.items.length).toBeLessThanOrEqual(2);
      seen.push(...result.body.data.items.map((item: { id: string }) => item.id));
      cursor = result.body.data.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(all);
    // A cursor keeps its filters' meaning: the next page of a filtered list stays filtered.
    const first = await auditApi.list(owner.cookie, "?action=agent&limit=1");
    const second = await auditApi.list(owner.cookie, `?action=agent&limit=1&cursor=${first.body.data.nextCursor}`);
    const actions = [...first.body.data.items, ...second.body.data.items].map((item: { action: string }) => item.action);
    expect(actions.sort()).toEqual(["agent.create", "agent.update"]);
    expect(second.body.data.nextCursor).toBeNull();
  });

  it("answers 400 naming the field for bad input", async () => {
    const cases: [string, string][] = [
      ["?from=2026-13-01", "from"], ["?from=2026-12-02&to=2026-12-01", "to"], ["?action=agent.explode", "action"], ["?limit=0", "limit"],
      ["?limit=101", "limit"], ["?cursor=not-a-cursor", "cursor"], ["?clientid=x", "clientid"], ["?actor=a&actor=b", "actor"], ["?clientId=../x", "clientId"],
    ];
    for (const [query, field] of cases) {
      const result = await auditApi.list(owner.cookie, query);
      expectError(result, 400, "validation_failed");
      expect(Object.keys(result.body.error.fieldErrors), query).toContain(field);
    }
  });

  it("answers 404 for a client of another agency, and keeps a removed client's history for the owner", async () => {
    const other = await createOwner("audit-api-other");
    const foreign = (await api.createClient(other.cookie, { name: "Not Yours", apiKey: freshKey("starter", "auditapi3") })).body.data.id;
    expectError(await auditApi.list(owner.cookie, `?clientId=${foreign}`), 404, "not_found");
    expectError(await auditApi.list(owner.cookie, "?clientId=no-such-client"), 404, "not_found");
    expect((await auditApi.list(other.cookie)).body.data.items.map((item: { action: string }) => item.action)).toEqual(["client.create"]);
    expectOk(await api.deleteClient(owner.cookie, bay));
    const removed = await auditApi.list(owner.cookie, `?clientId=${bay}`);
    expectOk(removed);
    const actions = removed.body.data.items.map((item: { action: string }) => item.action);
    expect(actions[0]).toBe("client.delete");
    expect(actions.slice(1).sort()).toEqual(["agent.create", "number.assign"]);
  });
});

describe("the log is read-only", () => {
  it("answers 405 to every writing method on both routes", async () => {
    for (const route of [auditApi.routes.list, auditApi.routes.export] as Record<string, unknown>[]) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const handler = route[method] as Parameters<typeof callRoute>[0];
        const result = await callRoute(handler, { method, path: "/api/audit", cookie: owner.cookie, json: {} });
        expectError(result, 405, "method_not_allowed");
        expect(result.headers.get("allow")).toBe("GET");
      }
    }
  });

  it("is refused an UPDATE by the database itself", async () => {
    const [event] = await db().auditEvent.findMany({ where: { agencyId: owner.agency.id }, take: 1 });
    await expect(db().$executeRaw`UPDATE "AuditEvent" SET "actorName" = 'Someone else' WHERE id = ${event!.id}`).rejects.toThrow(/audit events cannot be changed/);
    await expect(db().auditEvent.update({ where: { id: event!.id }, data: { changes: [] } })).rejects.toThrow(/audit events cannot be changed/);
    expect((await db().auditEvent.findUnique({ where: { id: event!.id } }))?.actorName).toBe(event!.actorName);
  });
});
