// Client accounts: create (key verified with the simulator over HTTP), list, usage, rename, re-key,
// delete — against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expectError, expectOk, rowCounts, storedClient } from "./support/expect";
import { deadUrl, useHarness, withEnv } from "./support/harness";
import { freshKey } from "./support/simulator";
import { api } from "./support/routes";
import { createOwner, type TestUser } from "./support/users";

const harness = useHarness();

const PRO_KEY = "sim_professional_xyz12345";
const STARTER_KEY = "sim_starter_abcd1234";

let owner: TestUser;
let other: TestUser;

beforeAll(async () => {
  owner = await createOwner("clients");
  other = await createOwner("elsewhere");
});

async function clientCount(agencyId: string): Promise<number> {
  return db().clientAccount.count({ where: { agencyId } });
}

describe("POST /api/clients", () => {
  it("verifies the key upstream, stores it encrypted and answers 201 with the plan", async () => {
    const result = await api.createClient(owner.cookie, { name: "  Acme Plumbing ", apiKey: PRO_KEY });
    expectOk(result, 201);
    const client = result.body.data;
    expect(client).toMatchObject({ name: "Acme Plumbing", keyHint: "2345", status: "active", usage: { plan: "professional" } });
    expect(client).not.toHaveProperty("encryptedApiKey");
    expect(result.text).not.toContain(PRO_KEY);

    const row = await storedClient(client.id);
    expect(row).toMatchObject({ agencyId: owner.agency.id, name: "Acme Plumbing", keyHint: "2345", status: "active" });
    expect(row!.encryptedApiKey).toMatch(/^v1\.it1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row!.encryptedApiKey).not.toContain(PRO_KEY);
    expect(row!.encryptedApiKey).not.toContain(Buffer.from(PRO_KEY).toString("base64url"));
    expect(row!.statusCheckedAt).toBeInstanceOf(Date);
  });

  it("answers 422 api_key_rejected with fieldErrors.apiKey and saves nothing when OnCallClerk rejects the key", async () => {
    const before = await rowCounts();
    const result = await api.createClient(owner.cookie, { name: "Rejected Co", apiKey: "not_a_sim_key_123" });
    expectError(result, 422, "api_key_rejected");
    expect(result.body.error.fieldErrors.apiKey).toEqual([expect.any(String)]);
    expect(result.text).not.toContain("not_a_sim_key_123");
    expect(await rowCounts()).toEqual(before);
  });

  it("answers 400 with field errors (and asks nobody upstream) for a malformed body", async () => {
    const before = await rowCounts();
    const result = await api.createClient(owner.cookie, { name: "", apiKey: "has spaces in it", extra: 1 });
    expectError(result, 400, "validation_failed");
    expect(Object.keys(result.body.error.fieldErrors).sort()).toEqual(["apiKey", "extra", "name"]);
    expect(await rowCounts()).toEqual(before);
  });

  describe("answers 502 and saves nothing when OnCallClerk is down", () => {
    it("connection refused", async () => {
      const before = await rowCounts();
      const result = await withEnv({ ONCALLCLERK_BASE_URL: await deadUrl() }, () =>
        api.createClient(owner.cookie, { name: "Down Co", apiKey: STARTER_KEY }),
      );
      expectError(result, 502, "upstream_unavailable");
      expect(result.body.error.message).toMatch(/ECONNREFUSED|reach/);
      expect(await rowCounts()).toEqual(before);
    });

    it("500 JSON errors (errorRate 1)", async () => {
      const before = await rowCounts();
      await harness.sim.setConfig({ errorRate: 1 });
      try {
        const result = await api.createClient(owner.cookie, { name: "Erroring Co", apiKey: STARTER_KEY });
        expectError(result, 502, "upstream_unavailable");
        expect(result.body.error.message).toContain("500");
      } finally {
        await harness.sim.setConfig({ errorRate: 0 });
      }
      expect(await rowCounts()).toEqual(before);
    });

    it("HTML 502 pages from a proxy (htmlErrorRate 1)", async () => {
      const before = await rowCounts();
      await harness.sim.setConfig({ htmlErrorRate: 1 });
      try {
        const result = await api.createClient(owner.cookie, { name: "Proxy Co", apiKey: STARTER_KEY });
        expectError(result, 502, "upstream_unavailable");
        expect(result.body.error.message).toMatch(/HTML/);
        expect(result.text).not.toContain("<html");
      } finally {
        await harness.sim.setConfig({ htmlErrorRate: 0 });
      }
      expect(await rowCounts()).toEqual(before);
    });
  });

  it("answers 409 with fieldErrors.name for a name the agency already uses; other agencies may reuse it", async () => {
    expectOk(await api.createClient(owner.cookie, { name: "Twin Name", apiKey: STARTER_KEY }), 201);
    const before = await clientCount(owner.agency.id);
    const duplicate = await api.createClient(owner.cookie, { name: "Twin Name", apiKey: PRO_KEY });
    expectError(duplicate, 409, "conflict");
    expect(duplicate.body.error.fieldErrors.name).toEqual([expect.any(String)]);
    expect(await clientCount(owner.agency.id)).toBe(before);

    expectOk(await api.createClient(other.cookie, { name: "Twin Name", apiKey: STARTER_KEY }), 201);
  });

  it("keeps the client's country (the default region for its phone numbers), US unless given", async () => {
    const gb = await api.createClient(owner.cookie, { name: "London Dental", apiKey: freshKey("starter"), country: "gb" });
    expectOk(gb, 201);
    expect(gb.body.data.country).toBe("GB");
    const us = await api.createClient(owner.cookie, { name: "Austin Dental", apiKey: freshKey("starter") });
    expect(us.body.data.country).toBe("US");
    const before = await clientCount(owner.agency.id);
    const bad = await api.createClient(owner.cookie, { name: "Nowhere Dental", apiKey: freshKey("starter"), country: "XX" });
    expectError(bad, 400, "validation_failed");
    expect(bad.body.error.fieldErrors.country).toBeDefined();
    expect(await clientCount(owner.agency.id)).toBe(before);
    expectOk(await api.updateClient(owner.cookie, us.body.data.id, { country: "CA" }));
    expect((await storedClient(us.body.data.id))?.country).toBe("CA");
  });

  it("reports a duplicate name as 409 even while OnCallClerk is down (the name is checked first)", async () => {
    const duplicate = await withEnv({ ONCALLCLERK_BASE_URL: await deadUrl() }, () =>
      api.createClient(owner.cookie, { name: "Twin Name", apiKey: PRO_KEY }),
    );
    expectError(duplicate, 409, "conflict");
  });
});

describe("GET /api/clients", () => {
  let mine: TestUser;
  let theirs: TestUser;

  beforeAll(async () => {
    mine = await createOwner("lister");
    theirs = await createOwner("neighbour");
    for (const [user, name, apiKey] of [
      [mine, "Bravo Dental", PRO_KEY],
      [mine, "Alpha Roofing", STARTER_KEY],
      [theirs, "Charlie Clinic", PRO_KEY],
    ] as const) {
      expectOk(await api.createClient(user.cookie, { name, apiKey }), 201);
    }
  });

  it("lists only the caller's agency's clients, by name, without key material", async () => {
    const result = await api.listClients(mine.cookie);
    expectOk(result);
    expect(result.body.data.map((c: { name: string }) => c.name)).toEqual(["Alpha Roofing", "Bravo Dental"]);
    for (const client of result.body.data) {
      expect(Object.keys(client).sort()).toEqual(["country", "createdAt", "id", "keyHint", "keyVersion", "name", "status", "statusCheckedAt", "statusMessage", "timeZone", "updatedAt"]);
    }
    expect(result.text).not.toContain(PRO_KEY);
    expect(result.text).not.toContain(STARTER_KEY);

    const theirList = await api.listClients(theirs.cookie);
    expect(theirList.body.data.map((c: { name: string }) => c.name)).toEqual(["Charlie Clinic"]);
  });

  it("?include=usage adds each client's live plan, agents and minutes", async () => {
    const result = await api.listClients(mine.cookie, "?include=usage");
    expectOk(result);
    const byName = Object.fromEntries(result.body.data.map((c: { name: string }) => [c.name, c]));
    expect(byName["Alpha Roofing"].usage).toEqual({
      ok: true,
      usage: expect.objectContaining({
        plan: "starter",
        agents: { used: 1, limit: 1, remaining: 0 },
        minutes: expect.objectContaining({ used: expect.any(Number), limit: 100 }),
      }),
    });
    expect(byName["Bravo Dental"].usage).toMatchObject({ ok: true, usage: { plan: "professional", agents: { used: 1, limit: 10 }, minutes: { limit: 2000 } } });
  });

  it("?include=usage keeps one client's upstream failure to that client", async () => {
    await harness.sim.revoke(STARTER_KEY);
    try {
      const result = await api.listClients(mine.cookie, "?include=usage");
      expectOk(result);
      const byName = Object.fromEntries(result.body.data.map((c: { name: string }) => [c.name, c]));
      expect(byName["Alpha Roofing"].usage).toEqual({ ok: false, error: { code: "client_key_rejected", message: expect.any(String) } });
      expect(byName["Bravo Dental"].usage.ok).toBe(true);
      const row = await storedClient(byName["Alpha Roofing"].id);
      expect(row?.status).toBe("key_rejected");
    } finally {
      await harness.sim.reset();
    }
    // The next successful look marks it active again.
    const again = await api.listClients(mine.cookie, "?include=usage");
    const alpha = again.body.data.find((c: { name: string }) => c.name === "Alpha Roofing");
    expect(alpha.usage.ok).toBe(true);
    expect((await storedClient(alpha.id))?.status).toBe("active");
  });
});

describe("GET/PATCH/DELETE /api/clients/:clientId", () => {
  async function newClient(name: string, apiKey = freshKey("starter")): Promise<string> {
    const result = await api.createClient(owner.cookie, { name, apiKey });
    expectOk(result, 201);
    return result.body.data.id as string;
  }

  it("GET answers the client without key material", async () => {
    const apiKey = freshKey("starter");
    const id = await newClient("Readable Co", apiKey);
    const result = await api.getClient(owner.cookie, id);
    expectOk(result);
    expect(result.body.data).toMatchObject({ id, name: "Readable Co", keyHint: apiKey.slice(-4), keyVersion: 1, status: "active" });
    expect(result.body.data).not.toHaveProperty("encryptedApiKey");
  });

  it("GET answers 404 for an id that does not exist", async () => {
    expectError(await api.getClient(owner.cookie, "00000000-0000-4000-8000-000000000000"), 404, "not_found");
  });

  it("PATCH renames", async () => {
    const apiKey = freshKey("starter");
    const id = await newClient("Old Name", apiKey);
    const before = await storedClient(id);
    const result = await api.updateClient(owner.cookie, id, { name: "New Name" });
    expectOk(result);
    expect(result.body.data).toMatchObject({ id, name: "New Name", keyHint: apiKey.slice(-4), keyVersion: 1 });
    const after = await storedClient(id);
    expect(after).toMatchObject({ name: "New Name", encryptedApiKey: before!.encryptedApiKey });
  });

  it("PATCH with a new key verifies it upstream and re-encrypts", async () => {
    const id = await newClient("Rekeyed Co");
    const before = await storedClient(id);
    const newKey = freshKey("professional");
    const result = await api.updateClient(owner.cookie, id, { apiKey: newKey });
    expectOk(result);
    // keyVersion moves on, so outcomes of calls made with the old key can no longer touch the status.
    expect(result.body.data).toMatchObject({ keyHint: newKey.slice(-4), keyVersion: 2, status: "active" });
    expect(result.text).not.toContain(newKey);
    const after = await storedClient(id);
    expect(after!.encryptedApiKey).not.toBe(before!.encryptedApiKey);
    expect(after!.encryptedApiKey).not.toContain(newKey);

    // The new key is the one used from now on.
    const agents = await api.listAgents(owner.cookie, id);
    expectOk(agents);
    const upstream = await harness.sim.upstream<{ data: { id: string }[] }>(newKey, "/agents");
    expect(agents.body.data.map((a: { id: string }) => a.id)).toEqual(upstream.body.data.map((a) => a.id));
  });

  it("PATCH with a rejected key answers 422 and keeps the old key", async () => {
    const id = await newClient("Keeps Key Co");
    const before = await storedClient(id);
    const result = await api.updateClient(owner.cookie, id, { name: "Should Not Apply", apiKey: "sim_nosuchplan_abcd1234" });
    expectError(result, 422, "api_key_rejected");
    expect(result.body.error.fieldErrors.apiKey).toBeDefined();
    expect(await storedClient(id)).toEqual(before);
  });

  it("PATCH answers 400 for an empty change and for unknown fields, changing nothing", async () => {
    const id = await newClient("Strict Patch Co");
    const before = await storedClient(id);
    expectError(await api.updateClient(owner.cookie, id, {}), 400, "validation_failed");
    const unknown = await api.updateClient(owner.cookie, id, { status: "active", agencyId: other.agency.id });
    expectError(unknown, 400, "validation_failed");
    expect(unknown.body.error.fieldErrors).toMatchObject({ agencyId: ["Unknown field"], status: ["Unknown field"] });
    expect(await storedClient(id)).toEqual(before);
  });

  it("PATCH to a name another client uses answers 409", async () => {
    await newClient("Taken Name");
    const id = await newClient("Free Name");
    const result = await api.updateClient(owner.cookie, id, { name: "Taken Name" });
    expectError(result, 409, "conflict");
    expect((await storedClient(id))?.name).toBe("Free Name");
  });

  it("DELETE removes the client; then it is 404 everywhere", async () => {
    const id = await newClient("Short Lived Co");
    const result = await api.deleteClient(owner.cookie, id);
    expectOk(result);
    expect(await storedClient(id)).toBeNull();
    expectError(await api.getClient(owner.cookie, id), 404, "not_found");
    expectError(await api.deleteClient(owner.cookie, id), 404, "not_found");
    expectError(await api.updateClient(owner.cookie, id, { name: "Zombie" }), 404, "not_found");
    expectError(await api.listAgents(owner.cookie, id), 404, "not_found");
  });
});
