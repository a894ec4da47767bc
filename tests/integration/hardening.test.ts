// Defences added after an adversarial review: server-side sessions (sign-out really ends them),
// sign-in throttling, odd bodies and ids, one envelope for every answer, unique keys per agency,
// and key-status writes that cannot be clobbered by calls made with an older key.
import { describe, expect, it } from "vitest";
import * as catchAllRoute from "@/app/api/[...path]/route";
import * as clientsRoute from "@/app/api/clients/route";
import { listAgentsWithDetails } from "@/lib/agents/list-agents";
import { authOptions } from "@/lib/auth/options";
import { userFromSessionToken } from "@/lib/auth/session";
import { MAX_FAILURES, SignInLockedError } from "@/lib/auth/sign-in-throttle";
import { recordUpstreamFailure } from "@/lib/clients/key-health";
import { findClientAccount } from "@/lib/clients/service";
import { db } from "@/lib/db/client";
import { createOnCallClerkClient, OnCallClerkError } from "@/lib/oncallclerk";
import { startCannedServer } from "../support/canned-server";
import { expectError, expectOk, rowCounts, storedClient } from "./support/expect";
import { deadUrl, useHarness, withEnv } from "./support/harness";
import { callRoute } from "./support/http";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createOwner, TEST_PASSWORD } from "./support/users";

useHarness();

type Authorize = (credentials: Record<string, string>) => Promise<{ id: string } | null>;
function credentialsAuthorize(): Authorize {
  const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize;
}

describe("sessions live on the server", () => {
  it("sign-in creates a session row; signing out deletes it and the same cookie stops working", async () => {
    const owner = await createOwner("session");
    const options = authOptions();
    const token = await options.callbacks!.jwt!({ token: {}, user: { id: owner.user.id, email: owner.user.email } } as never);
    expect(typeof token.sid).toBe("string");
    expect(await db().userSession.count({ where: { id: token.sid as string, userId: owner.user.id } })).toBe(1);

    const { encode } = await import("next-auth/jwt");
    const jwt = await encode({ token, secret: process.env.NEXTAUTH_SECRET! });
    const cookie = `next-auth.session-token=${jwt}`;
    expect((await userFromSessionToken(jwt))?.id).toBe(owner.user.id);
    expectOk(await api.listClients(cookie));

    await options.events!.signOut!({ token, session: undefined as never });
    expect(await db().userSession.count({ where: { id: token.sid as string } })).toBe(0);
    expect(await userFromSessionToken(jwt)).toBeNull();
    expectError(await api.listClients(cookie), 401, "unauthenticated");
  });

  it("a validly signed token whose session never existed is refused", async () => {
    const owner = await createOwner("nosession");
    const { encode } = await import("next-auth/jwt");
    const forged = await encode({ token: { sub: owner.user.id, sid: "made-up" }, secret: process.env.NEXTAUTH_SECRET! });
    expectError(await api.listClients(`next-auth.session-token=${forged}`), 401, "unauthenticated");
  });
});

describe("sign-in throttling", () => {
  it(`locks an email after ${MAX_FAILURES} wrong passwords, even for the right one, then lets it in once the lock ends`, async () => {
    const owner = await createOwner("throttle");
    const authorize = credentialsAuthorize();
    expect(await authorize({ email: owner.user.email, password: TEST_PASSWORD })).toMatchObject({ id: owner.user.id });
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++) {
      expect(await authorize({ email: owner.user.email, password: `wrong-${attempt}` })).toBeNull();
    }
    await expect(authorize({ email: owner.user.email, password: TEST_PASSWORD })).rejects.toBeInstanceOf(SignInLockedError);
    await expect(authorize({ email: owner.user.email, password: TEST_PASSWORD })).rejects.toThrow(/Try again in 15 minutes/);

    await db().signInThrottle.update({ where: { email: owner.user.email }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await authorize({ email: owner.user.email, password: TEST_PASSWORD })).toMatchObject({ id: owner.user.id });
    expect(await db().signInThrottle.count({ where: { email: owner.user.email } })).toBe(0);
  });

  it("counts concurrent failures without losing any", async () => {
    const authorize = credentialsAuthorize();
    const email = "nobody-concurrent@example.test";
    await Promise.all(Array.from({ length: 6 }, (_, i) => authorize({ email, password: `guess-${i}` })));
    expect((await db().signInThrottle.findUnique({ where: { email } }))?.failures).toBe(6);
  });
});

describe("odd requests get the envelope, never a 500", () => {
  it("a body with __proto__, constructor or toString keys is a 400 naming them", async () => {
    const owner = await createOwner("proto");
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const body = `{"name":"Proto Co","apiKey":"${freshKey("starter")}","${key}":{"isAdmin":true}}`;
      const result = await api.createClient(owner.cookie, undefined, { body, headers: { "content-type": "application/json" } });
      expectError(result, 400, "validation_failed");
      expect(result.body.error.fieldErrors[key]).toEqual(["Unknown field"]);
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("NUL bytes and invisible characters in names are refused; NUL in ids is simply not found", async () => {
    const owner = await createOwner("nul");
    const before = await rowCounts();
    for (const name of ["nul\u0000byte", "\u200b", "\u202egnp.exe", "bell\u0007"]) {
      const result = await api.createClient(owner.cookie, { name, apiKey: freshKey("starter") });
      expectError(result, 400, "validation_failed");
      expect(result.body.error.fieldErrors.name).toBeDefined();
    }
    const signup = await api.signup({ json: { name: "x\u0000", email: "nul@example.test", password: TEST_PASSWORD, agencyName: "Nul Agency" } });
    expectError(signup, 400, "validation_failed");
    for (const clientId of ["\u0000", "x\u0000y", "..", "a".repeat(65)]) {
      expectError(await api.getClient(owner.cookie, clientId), 404, "not_found");
      expectError(await api.listAgents(owner.cookie, clientId), 404, "not_found");
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("a content type that only starts with application/json is refused", async () => {
    const owner = await createOwner("mime");
    const result = await api.createClient(owner.cookie, undefined, {
      body: JSON.stringify({ name: "Mime Co", apiKey: freshKey("starter") }),
      headers: { "content-type": "application/jsonx" },
    });
    expectError(result, 415, "unsupported_media_type");
  });

  it("an unsupported method answers 405 in the envelope with Allow; an unknown API path answers 404", async () => {
    const owner = await createOwner("methods");
    const put = await callRoute(clientsRoute.PUT, { method: "PUT", path: "/api/clients", cookie: owner.cookie });
    expectError(put, 405, "method_not_allowed");
    expect(put.headers.get("allow")).toBe("GET, POST");
    const unknown = await callRoute(catchAllRoute.GET, { path: "/api/nope", params: { path: "nope" } });
    expectError(unknown, 404, "not_found");
  });
});

describe("one OnCallClerk account per agency, names unique regardless of case", () => {
  it("refuses the same key twice (409 on apiKey) before asking OnCallClerk, and a name differing only in case", async () => {
    const owner = await createOwner("unique");
    const key = freshKey("growth");
    expectOk(await api.createClient(owner.cookie, { name: "Harbor Law Group", apiKey: key }), 201);
    const sameKey = await withEnv({ ONCALLCLERK_BASE_URL: await deadUrl() }, () => api.createClient(owner.cookie, { name: "Harbor Copy", apiKey: key }));
    expectError(sameKey, 409, "conflict");
    expect(sameKey.body.error.fieldErrors.apiKey[0]).toContain("Harbor Law Group");
    const sameName = await api.createClient(owner.cookie, { name: "harbor LAW group", apiKey: freshKey("growth") });
    expectError(sameName, 409, "conflict");
    expect(sameName.body.error.fieldErrors.name).toBeDefined();
    // Another agency may connect the same account.
    expectOk(await api.createClient((await createOwner("unique-other")).cookie, { name: "Harbor", apiKey: key }), 201);
  });
});

describe("key status follows the key it was learned with", () => {
  it("a failure seen with the old key does not mark a freshly replaced key as rejected", async () => {
    const owner = await createOwner("race");
    const created = await api.createClient(owner.cookie, { name: "Race Co", apiKey: freshKey("starter") });
    const clientId = created.body.data.id as string;
    const seenBefore = (await findClientAccount(owner.agency.id, clientId))!;
    expectOk(await api.updateClient(owner.cookie, clientId, { apiKey: freshKey("starter") }));
    // A slow request that started with the old key now reports its 401.
    await recordUpstreamFailure(owner.agency.id, seenBefore, new OnCallClerkError({ kind: "invalid_key", message: "rejected", status: 401 }));
    expect(await storedClient(clientId)).toMatchObject({ status: "active", keyVersion: 2 });
  });

  it("checking a new key during an outage leaves the stored client untouched", async () => {
    const owner = await createOwner("outage");
    const created = await api.createClient(owner.cookie, { name: "Outage Co", apiKey: freshKey("starter") });
    const before = await storedClient(created.body.data.id);
    const result = await withEnv({ ONCALLCLERK_BASE_URL: await deadUrl() }, () =>
      api.updateClient(owner.cookie, created.body.data.id, { apiKey: freshKey("starter") }),
    );
    expectError(result, 502, "upstream_unavailable");
    expect(await storedClient(created.body.data.id)).toEqual(before);
  });
});

describe("the agents table has one time budget", () => {
  it("returns the list without the slow details once the budget is spent", async () => {
    const upstream = await startCannedServer();
    try {
      upstream.on("GET", "/agents", { json: { success: true, data: [{ id: "agt_1", agent_name: "Front Desk" }, { id: "agt_2", agent_name: "After Hours" }] } });
      upstream.on("GET", "/agents/agt_1", { delayMs: 5_000, json: { success: true, data: { id: "agt_1", business_hours: { enabled: false } } } });
      upstream.on("GET", "/agents/agt_2", { delayMs: 5_000, json: { success: true, data: { id: "agt_2", business_hours: { enabled: false } } } });
      const client = createOnCallClerkClient({ apiKey: "sim_starter_budget01", baseUrl: upstream.url });
      const started = Date.now();
      const agents = await listAgentsWithDetails(client, 300);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(agents.map((agent) => [agent.id, agent.business_hours])).toEqual([["agt_1", undefined], ["agt_2", undefined]]);

      upstream.on("GET", "/agents/agt_1", { json: { success: true, data: { id: "agt_1", business_hours: { enabled: false } } } });
      upstream.on("GET", "/agents/agt_2", { status: 404, json: { success: false, error: "Agent not found", status: 404 } });
      const completed = await listAgentsWithDetails(client, 5_000);
      // Details fill in what the list lacked; an agent gone in between keeps its list entry.
      expect(completed.map((agent) => [agent.id, agent.agent_name, agent.business_hours])).toEqual([
        ["agt_1", "Front Desk", { enabled: false }],
        ["agt_2", "After Hours", undefined],
      ]);
    } finally {
      await upstream.close();
    }
  });
});
