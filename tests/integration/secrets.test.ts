// Client API keys never leave the server: not in any response body (success or error), not in any
// log line, not in the database in plaintext. And a ciphertext is bound to its row: copied into
// another client's row (same agency or another), it does not decrypt, so nobody gets the other
// client's data through it.
import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "./support/database";
import { startCannedUpstream } from "./support/canned-upstream";
import { expectError, expectOk, storedClient } from "./support/expect";
import { deadUrl, useHarness, withEnv } from "./support/harness";
import { responseLog, type RouteResult } from "./support/http";
import { captureLogs } from "./support/log-capture";
import { api } from "./support/routes";
import { createOwner, type TestUser } from "./support/users";

const harness = useHarness();

const LEAK_KEY = "sim_professional_LEAKCHECK9z";
const REJECTED_LEAK_KEY = "rejected_LEAKCHECK9z_key";
const OTHER_KEY = "sim_starter_other1234";
// A second account whose key also carries the marker, for requests made while LEAK_KEY is connected.
const SECOND_LEAK_KEY = "sim_professional_LEAKCHECK9z2nd";
const SECRETS = [LEAK_KEY, REJECTED_LEAK_KEY, "LEAKCHECK9z"];

const logLines = captureLogs({ streams: true });

function expectNoSecret(text: string, where: string): void {
  for (const secret of SECRETS) expect(text.includes(secret), `${where} contains ${secret}: ${text.slice(0, 500)}`).toBe(false);
}

function checked(result: RouteResult): RouteResult {
  expectNoSecret(result.text, "response body");
  for (const [name, value] of result.headers) expectNoSecret(value, `response header ${name}`);
  return result;
}

let owner: TestUser;
let neighbour: TestUser;
let leakClientId: string;
let leakAgentId: string;

beforeAll(async () => {
  owner = await createOwner("secrets");
  neighbour = await createOwner("neighbour");
  leakAgentId = (await harness.sim.upstream<{ data: { id: string }[] }>(LEAK_KEY, "/agents")).body.data[0]!.id;
});

describe("the plaintext key never leaves the server", () => {
  it("on the happy paths", async () => {
    const created = checked(await api.createClient(owner.cookie, { name: "Leak Check", apiKey: LEAK_KEY }));
    expectOk(created, 201);
    leakClientId = created.body.data.id;
    expect(created.body.data.keyHint).toBe("CK9z");

    expectOk(checked(await api.listClients(owner.cookie)));
    expectOk(checked(await api.listClients(owner.cookie, "?include=usage")));
    expectOk(checked(await api.getClient(owner.cookie, leakClientId)));
    expectOk(checked(await api.listAgents(owner.cookie, leakClientId)));
    expectOk(checked(await api.getAgent(owner.cookie, leakClientId, leakAgentId)));
    expectOk(checked(await api.updateClient(owner.cookie, leakClientId, { name: "Leak Check 2", apiKey: LEAK_KEY })));
  });

  it("on validation, conflict and not-found errors", async () => {
    expectError(checked(await api.createClient(owner.cookie, { name: "Leak Check 2", apiKey: LEAK_KEY })), 409, "conflict");
    expectError(checked(await api.createClient(owner.cookie, { name: "Rejected", apiKey: REJECTED_LEAK_KEY })), 422, "api_key_rejected");
    expectError(checked(await api.updateClient(owner.cookie, leakClientId, { apiKey: REJECTED_LEAK_KEY })), 422, "api_key_rejected");
    const invalid = checked(await api.createClient(owner.cookie, { name: "", apiKey: `${LEAK_KEY} with spaces`, extra: LEAK_KEY }));
    expectError(invalid, 400, "validation_failed");
    expectError(checked(await api.createClient(neighbour.cookie, { name: "x", apiKey: `${LEAK_KEY}${"z".repeat(300)}` })), 400, "validation_failed");
    expect((checked(await api.getAgent(owner.cookie, leakClientId, "agt_nope"))).status).toBe(404);
    expectError(checked(await api.getClient(neighbour.cookie, leakClientId)), 404, "not_found");
  });

  it("on upstream failures (500s, proxy HTML, refused connections, revoked key)", async () => {
    for (const patch of [{ errorRate: 1 }, { htmlErrorRate: 1 }]) {
      await harness.sim.setConfig(patch);
      try {
        expectError(checked(await api.listAgents(owner.cookie, leakClientId)), 502, "upstream_unavailable");
        expectError(checked(await api.createClient(owner.cookie, { name: "Down", apiKey: SECOND_LEAK_KEY })), 502, "upstream_unavailable");
        expectOk(checked(await api.listClients(owner.cookie, "?include=usage")));
      } finally {
        await harness.sim.setConfig({ errorRate: 0, htmlErrorRate: 0 });
      }
    }
    await withEnv({ ONCALLCLERK_BASE_URL: await deadUrl() }, async () => {
      expectError(checked(await api.listAgents(owner.cookie, leakClientId)), 502, "upstream_unavailable");
      expectError(checked(await api.updateClient(owner.cookie, leakClientId, { apiKey: LEAK_KEY })), 502, "upstream_unavailable");
    });
    await harness.sim.revoke(LEAK_KEY);
    try {
      expectError(checked(await api.listAgents(owner.cookie, leakClientId)), 502, "client_key_rejected");
      expectOk(checked(await api.listClients(owner.cookie, "?include=usage")));
      expectError(checked(await api.updateClient(owner.cookie, leakClientId, { apiKey: LEAK_KEY })), 422, "api_key_rejected");
    } finally {
      await harness.sim.reset();
    }
  });

  it("when the upstream echoes the key back in its error messages", async () => {
    const echo = await startCannedUpstream();
    try {
      echo.on("GET", "/usage", { status: 401, json: { success: false, error: `Invalid API key ${LEAK_KEY}`, status: 401 } });
      echo.on("GET", "/agents", { status: 400, json: { success: false, error: `Bad request for key ${LEAK_KEY}`, status: 400 } });
      echo.on("GET", `/agents/${leakAgentId}`, { status: 409, json: { success: false, error: `Conflict: ${LEAK_KEY} is busy`, status: 409 } });
      await withEnv({ ONCALLCLERK_BASE_URL: echo.url }, async () => {
        expectError(checked(await api.createClient(owner.cookie, { name: "Echo", apiKey: SECOND_LEAK_KEY })), 422, "api_key_rejected");
        expectError(checked(await api.listAgents(owner.cookie, leakClientId)), 422, "upstream_validation");
        expectError(checked(await api.getAgent(owner.cookie, leakClientId, leakAgentId)), 409, "upstream_conflict");
        const usage = checked(await api.listClients(owner.cookie, "?include=usage"));
        expect(usage.body.data[0].usage).toMatchObject({ ok: false, error: { code: "client_key_rejected" } });
      });
      // The key did reach the upstream — as the bearer token, which is the one place it belongs.
      expect(echo.requests.some((request) => request.authorization === `Bearer ${LEAK_KEY}`)).toBe(true);
    } finally {
      await echo.close();
    }
    expect((await storedClient(leakClientId))?.statusMessage ?? "").not.toContain(LEAK_KEY);
  });

  it("is stored only as a versioned ciphertext", async () => {
    const rows = await sql<{ row: string }>(harness.database.url, `SELECT row_to_json(c)::text AS row FROM "ClientAccount" c`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { row } of rows) expectNoSecret(row, "a ClientAccount row");
    expect((await storedClient(leakClientId))?.encryptedApiKey).toMatch(/^v1\./);
  });
});

describe("a ciphertext is bound to its row", () => {
  async function newClient(user: TestUser, name: string, apiKey: string): Promise<string> {
    const result = checked(await api.createClient(user.cookie, { name, apiKey }));
    expectOk(result, 201);
    return result.body.data.id;
  }

  async function copyCiphertext(fromId: string, toId: string): Promise<void> {
    await sql(harness.database.url, `UPDATE "ClientAccount" SET "encryptedApiKey" = (SELECT "encryptedApiKey" FROM "ClientAccount" WHERE id = $1) WHERE id = $2`, [fromId, toId]);
  }

  async function expectNoForeignData(user: TestUser, clientId: string): Promise<void> {
    for (const result of [await api.listAgents(user.cookie, clientId), await api.getAgent(user.cookie, clientId, leakAgentId)]) {
      checked(result);
      expect(result.status, result.text).toBeGreaterThanOrEqual(400);
      expect(result.body.success).toBe(false);
      expect(result.text).not.toContain(leakAgentId);
    }
    // The list still answers for everyone else; the victim's own entry says its key is unreadable
    // and carries none of the other client's data.
    const usage = checked(await api.listClients(user.cookie, "?include=usage"));
    expect(usage.status).toBe(200);
    const entry = usage.body.data?.find((c: { id: string }) => c.id === clientId);
    expect(entry?.usage).toEqual({ ok: false, error: expect.objectContaining({ code: "client_key_unreadable" }) });
    expect(JSON.stringify(entry)).not.toMatch(/professional/);
  }

  it("copied into another client of the same agency, it fails to decrypt", async () => {
    const victimId = await newClient(owner, "Same Agency Target", OTHER_KEY);
    await copyCiphertext(leakClientId, victimId);
    await expectNoForeignData(owner, victimId);
    // The original row still works.
    expectOk(checked(await api.listAgents(owner.cookie, leakClientId)));
    await api.deleteClient(owner.cookie, victimId);
  });

  it("copied into another agency's client, it fails to decrypt", async () => {
    const victimId = await newClient(neighbour, "Other Agency Target", OTHER_KEY);
    await copyCiphertext(leakClientId, victimId);
    await expectNoForeignData(neighbour, victimId);
  });

  it("a tampered ciphertext fails loudly instead of falling back", async () => {
    const victimId = await newClient(owner, "Tampered", OTHER_KEY);
    const row = await storedClient(victimId);
    const parts = row!.encryptedApiKey.split(".");
    const ciphertext = Buffer.from(parts[3]!, "base64url");
    ciphertext[0] = ciphertext[0]! ^ 0xff;
    parts[3] = ciphertext.toString("base64url");
    await sql(harness.database.url, `UPDATE "ClientAccount" SET "encryptedApiKey" = $1 WHERE id = $2`, [parts.join("."), victimId]);
    const result = checked(await api.listAgents(owner.cookie, victimId));
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.body.success).toBe(false);
  });
});

describe("after everything above", () => {
  it("no response body and no log line contained a key", () => {
    expect(responseLog.length).toBeGreaterThan(30);
    for (const text of responseLog) expectNoSecret(text, "a response body");
    for (const line of logLines) expectNoSecret(line, "a log line");
  });
});
