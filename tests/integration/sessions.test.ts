// Every /api/clients* route answers 401 with the envelope unless the session cookie is valid AND
// names a user who still exists; nothing is read or written for such a request.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expectError, expectOk, rowCounts, storedClient } from "./support/expect";
import { useHarness } from "./support/harness";
import { everyClientRoute, api } from "./support/routes";
import { createOwner, sessionCookie, type TestUser } from "./support/users";

const harness = useHarness();
const KEY = "sim_growth_sessions1";

let owner: TestUser;
let clientId: string;
let agentId: string;

beforeAll(async () => {
  owner = await createOwner("session");
  const created = await api.createClient(owner.cookie, { name: "Session Client", apiKey: KEY });
  expectOk(created, 201);
  clientId = created.body.data.id;
  agentId = (await harness.sim.upstream<{ data: { id: string }[] }>(KEY, "/agents")).body.data[0]!.id;
});

const badCookies: { name: string; cookie: () => Promise<string | undefined> }[] = [
  { name: "no cookie", cookie: async () => undefined },
  { name: "an empty session cookie", cookie: async () => "next-auth.session-token=" },
  { name: "a garbage session cookie", cookie: async () => `next-auth.session-token=${randomBytes(40).toString("base64url")}` },
  { name: "a JWT-shaped garbage cookie", cookie: async () => "next-auth.session-token=eyJhbGciOiJkaXIifQ..AAAA.BBBB.CCCC" },
  { name: "a token signed with another secret", cookie: async () => sessionCookie(owner.user.id, { secret: randomBytes(32).toString("hex") }) },
  { name: "an expired token", cookie: async () => sessionCookie(owner.user.id, { maxAge: -3600 }) },
  {
    name: "a token without a subject",
    cookie: async () => `next-auth.session-token=${await encode({ token: { email: "x@example.test" }, secret: process.env.NEXTAUTH_SECRET! })}`,
  },
  { name: "a token for a user id that never existed", cookie: async () => sessionCookie("user_that_never_existed", { sessionId: "no_such_session" }) },
  { name: "the right token under another cookie name", cookie: async () => owner.cookie.replace("next-auth.session-token", "session") },
];

describe("requests without a valid session", () => {
  for (const bad of badCookies) {
    it(`${bad.name}: 401 on every /api/clients* route, nothing changed`, async () => {
      const cookie = await bad.cookie();
      const before = { counts: await rowCounts(), client: await storedClient(clientId) };
      for (const route of everyClientRoute(clientId, agentId)) {
        const result = await route.call(cookie);
        expect(result.status, `${route.name}: ${result.text}`).toBe(401);
        expectError(result, 401, "unauthenticated");
      }
      expect({ counts: await rowCounts(), client: await storedClient(clientId) }).toEqual(before);
    });
  }

  it("the cookie of a deleted user stops working at once", async () => {
    const leaving = await createOwner("deleted");
    const created = await api.createClient(leaving.cookie, { name: "Orphan", apiKey: KEY });
    expectOk(created, 201);
    expectOk(await api.listClients(leaving.cookie));

    await db().user.delete({ where: { id: leaving.user.id } });
    for (const route of everyClientRoute(created.body.data.id, agentId)) {
      const result = await route.call(leaving.cookie);
      expect(result.status, `${route.name}: ${result.text}`).toBe(401);
      expectError(result, 401, "unauthenticated");
    }
    expect(await storedClient(created.body.data.id)).not.toBeNull();
  });

  it("the valid cookie works (the control case)", async () => {
    for (const route of everyClientRoute(clientId, agentId).filter((r) => r.name.startsWith("GET"))) {
      const result = await route.call(owner.cookie);
      expect(result.status, `${route.name}: ${result.text}`).toBe(200);
    }
  });
});
