// Odd but legal requests found in a second adversarial review: malformed cookies, `If-Match: *`,
// out-of-range query numbers, client names that differ only in spacing.
import { beforeAll, describe, expect, it } from "vitest";
import * as auditRoute from "@/app/api/audit/route";
import { db } from "@/lib/db/client";
import { expectError, expectOk } from "./support/expect";
import { useHarness } from "./support/harness";
import { callRoute } from "./support/http";
import { memberApi } from "./support/member-routes";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createOwner, type TestUser } from "./support/users";

const harness = useHarness();

const KEY = freshKey("growth", "edges");

let owner: TestUser;
let clientId: string;
let agentId: string;

beforeAll(async () => {
  owner = await createOwner("edges");
  const created = await api.createClient(owner.cookie, { name: "Edge Cases", apiKey: KEY });
  expectOk(created, 201);
  clientId = created.body.data.id;
  agentId = (await harness.sim.upstream<{ data: { id: string }[] }>(KEY, "/agents")).body.data[0]!.id;
});

describe("a malformed portal-agency cookie", () => {
  it("is ignored like a missing one, not a 500 on every route", async () => {
    const result = await api.listClients(`${owner.cookie}; portal-agency=%zz`);
    expectOk(result);
  });
});

describe("If-Match: *", () => {
  it("means any version of an agent that exists (RFC 9110), not a version that never matches", async () => {
    const updated = await api.updateAgent(owner.cookie, clientId, agentId, { greeting: "Any version will do" }, { headers: { "if-match": "*" } });
    expectOk(updated);
    expect(updated.body.data.greeting).toBe("Any version will do");
    expectError(await api.updateAgent(owner.cookie, clientId, "agt_doesnotexist", { greeting: "Hi" }, { headers: { "if-match": "*" } }), 404, "upstream_not_found");
    // A real version still guards the write.
    expectError(await api.updateAgent(owner.cookie, clientId, agentId, { greeting: "Stale" }, { headers: { "if-match": "2001-01-01T00:00:00Z" } }), 412, "agent_changed");
  });
});

describe("client names", () => {
  it("are stored normalised and unique regardless of spacing, compatibility forms and case", async () => {
    const created = await api.createClient(owner.cookie, { name: "  Spacing \u00a0 Test  ", apiKey: freshKey("starter", "spacing") });
    expectOk(created, 201);
    expect(created.body.data.name).toBe("Spacing Test");
    for (const name of ["Spacing  Test", "spacing test", "Ｓｐａｃｉｎｇ Test", "Spacing\u2003Test"]) {
      const clash = await api.createClient(owner.cookie, { name, apiKey: freshKey("starter", "clash") });
      expectError(clash, 409, "conflict");
    }
    const other = await api.createClient(owner.cookie, { name: "Another Name", apiKey: freshKey("starter", "another") });
    expectOk(other, 201);
    expectError(await api.updateClient(owner.cookie, other.body.data.id, { name: "SPACING   TEST" }), 409, "conflict");
  });

  it("clash with a name stored before names were normalised", async () => {
    const created = await api.createClient(owner.cookie, { name: "Legacy Spaced", apiKey: freshKey("starter", "legacy") });
    expectOk(created, 201);
    await db().clientAccount.updateMany({ where: { id: created.body.data.id, agencyId: owner.agency.id }, data: { name: "Legacy   Spaced" } });
    expectError(await api.createClient(owner.cookie, { name: "legacy spaced", apiKey: freshKey("starter", "legacy2") }), 409, "conflict");
  });
});

describe("NUL bytes in ids", () => {
  it("are no agency to switch to (404) and a stale audit page (400), not a database error", async () => {
    expectError(await memberApi.switchAgency(owner.cookie, "a\u0000b"), 404, "not_found");
    const cursor = Buffer.from(JSON.stringify({ t: "2020-01-01T00:00:00Z", i: "\u0000" })).toString("base64url");
    const page = await callRoute(auditRoute.GET, { path: `/api/audit?cursor=${cursor}`, cookie: owner.cookie });
    expect(page.status, page.text).toBe(400);
  });
});
