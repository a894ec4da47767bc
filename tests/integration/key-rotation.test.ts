// Rotating the portal's encryption key with live data: clients connected under key A; the portal
// redeployed with B current and A previous keeps reading every key (upstream calls work); rotation
// runs (as `npm run keys:rotate`, a real process) while requests go on and a key is replaced at the
// same moment; then A is removed and everything still works; a second run rotates nothing.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { readApiKey } from "@/lib/clients/api-key";
import { rotateApiKeys } from "@/lib/clients/key-rotation";
import { encryptSecret, envelopeKeyId, generateKeySpec, parseKeyring } from "@/lib/crypto/keyring";
import { db } from "@/lib/db/client";
import { expectError, expectOk, storedClient } from "./support/expect";
import { useHarness, withEnv } from "./support/harness";
import { api } from "./support/routes";
import { freshKey } from "./support/simulator";
import { createOwner, type TestUser } from "./support/users";

const harness = useHarness();
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

const KEY_B = generateKeySpec("kb");
let KEY_A: string;
let owner: TestUser;
const clients: { id: string; apiKey: string }[] = [];

async function rotateCli(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "keys:rotate", "--", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: harness.database.url, ...env },
    });
    return { code: 0, stdout, stderr, report: JSON.parse(stdout.trim().split("\n").at(-1)!) };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, report: JSON.parse(failed.stdout.trim().split("\n").at(-1)!) };
  }
}

const keyIdOf = async (clientId: string) => envelopeKeyId((await storedClient(clientId))!.encryptedApiKey);

async function everyClientAnswers() {
  for (const client of clients) expectOk(await api.listAgents(owner.cookie, client.id));
}

beforeAll(async () => {
  KEY_A = process.env.ENCRYPTION_KEY!;
  owner = await createOwner("rotation");
  for (let i = 0; i < 9; i++) {
    const apiKey = freshKey("growth", `rot${i}`);
    const created = await api.createClient(owner.cookie, { name: `Rotation ${i}`, apiKey });
    expectOk(created, 201);
    clients.push({ id: created.body.data.id, apiKey });
  }
});

describe("rotating the encryption key", () => {
  it("keys written under A are read while B is current and A previous", async () => {
    const idA = parseKeyring(KEY_A).currentKeyId;
    for (const client of clients) expect(await keyIdOf(client.id)).toBe(idA);
    await withEnv({ ENCRYPTION_KEY: KEY_B, ENCRYPTION_PREVIOUS_KEYS: KEY_A }, async () => {
      await everyClientAnswers();
      // New keys are written under B at once.
      const apiKey = freshKey("growth", "rotnew");
      const added = await api.createClient(owner.cookie, { name: "Rotation new", apiKey });
      expectOk(added, 201);
      clients.push({ id: added.body.data.id, apiKey });
      expect(await keyIdOf(added.body.data.id)).toBe("kb");
    });
  });

  it("--check counts without writing, and exits 1 while anything needs rotation", async () => {
    const before = await Promise.all(clients.map((client) => storedClient(client.id)));
    const checked = await rotateCli(["--check"], { ENCRYPTION_KEY: KEY_B, ENCRYPTION_PREVIOUS_KEYS: KEY_A });
    expect(checked.code).toBe(1);
    expect(checked.report).toMatchObject({ mode: "check", currentKeyId: "kb", rotated: 9, alreadyCurrent: 1, failed: 0 });
    expect(await Promise.all(clients.map((client) => storedClient(client.id)))).toEqual(before);
  });

  it("a key replaced between the rotation's read and write is not overwritten (compare-and-swap)", async () => {
    const target = clients[0]!;
    const replacement = freshKey("growth", "swap");
    await withEnv({ ENCRYPTION_KEY: KEY_B, ENCRYPTION_PREVIOUS_KEYS: KEY_A }, async () => {
      let replaced = false;
      const report = await rotateApiKeys(parseKeyring(KEY_B, KEY_A), {
        batchSize: 100,
        beforeWrite: async (clientId) => {
          if (clientId !== target.id || replaced) return;
          replaced = true;
          expectOk(await api.updateClient(owner.cookie, target.id, { apiKey: replacement }));
        },
      });
      expect(replaced).toBe(true);
      // The replaced row was found current on its second look: counted, not re-encrypted over.
      expect(report).toMatchObject({ rotated: 8, alreadyCurrent: 2, failed: [] });
      expect((await readApiKey(owner.agency.id, target.id))!.apiKey).toBe(replacement);
    });
    target.apiKey = replacement;
    // Put the rest back under A for the process run below.
    const keyringA = parseKeyring(KEY_A);
    for (const client of clients.slice(1, 9)) {
      const envelope = encryptSecret(keyringA, client.apiKey, `oncallclerk-api-key:agency=${owner.agency.id}:client=${client.id}`);
      await db().$executeRaw`UPDATE "ClientAccount" SET "encryptedApiKey" = ${envelope} WHERE id = ${client.id}`;
    }
  });

  it("npm run keys:rotate re-encrypts while requests go on and a key is replaced; an unreadable row is reported", async () => {
    // A row written with a key this deployment never had: reported, the rest still rotated.
    const lost = await api.createClient(owner.cookie, { name: "Lost key", apiKey: freshKey("starter", "lost") });
    expectOk(lost, 201);
    const foreignEnvelope = encryptSecret(parseKeyring(generateKeySpec("gone")), "sim_starter_whatever", `oncallclerk-api-key:agency=${owner.agency.id}:client=${lost.body.data.id}`);
    await db().$executeRaw`UPDATE "ClientAccount" SET "encryptedApiKey" = ${foreignEnvelope} WHERE id = ${lost.body.data.id}`;

    await withEnv({ ENCRYPTION_KEY: KEY_B, ENCRYPTION_PREVIOUS_KEYS: KEY_A }, async () => {
      const replacement = freshKey("growth", "during");
      let stop = false;
      const traffic = (async () => {
        let calls = 0;
        while (!stop || calls === 0) {
          for (const client of clients) expectOk(await api.listAgents(owner.cookie, client.id));
          calls++;
        }
        return calls;
      })();
      const rotation = rotateCli(["--batch-size", "2"], { ENCRYPTION_KEY: KEY_B, ENCRYPTION_PREVIOUS_KEYS: KEY_A });
      expectOk(await api.updateClient(owner.cookie, clients[4]!.id, { apiKey: replacement }));
      clients[4]!.apiKey = replacement;
      const result = await rotation;
      stop = true;
      expect(await traffic).toBeGreaterThan(0);

      expect(result.code, result.stderr).toBe(1);
      expect(result.report.failed).toBe(1);
      expect(result.report.failures).toEqual([{ clientId: lost.body.data.id, agencyId: owner.agency.id, reason: expect.stringContaining("gone") }]);
      // Eight under A (or seven, when the replacement came first), the rest current.
      expect(result.report.rotated + result.report.alreadyCurrent).toBe(clients.length);
      expect(result.report.rotated).toBeGreaterThanOrEqual(7);
      expect(result.stderr).toMatch(/rotated, \d+ already current \(key kb\), 1 failed/);
      expect((await readApiKey(owner.agency.id, clients[4]!.id))!.apiKey).toBe(replacement);
      expectError(await api.listAgents(owner.cookie, lost.body.data.id), 500, "client_key_unreadable");
      // The operator fixes the lost one by entering its key again (written under B).
      expectOk(await api.updateClient(owner.cookie, lost.body.data.id, { apiKey: freshKey("starter", "found") }));
    });
  });

  it("with A removed, every client still works, and a second run rotates nothing", async () => {
    await withEnv({ ENCRYPTION_KEY: KEY_B, ENCRYPTION_PREVIOUS_KEYS: undefined }, async () => {
      await everyClientAnswers();
      for (const client of clients) expect((await readApiKey(owner.agency.id, client.id))!.apiKey).toBe(client.apiKey);
    });
    const again = await rotateCli([], { ENCRYPTION_KEY: KEY_B, ENCRYPTION_PREVIOUS_KEYS: "" });
    expect(again.code, again.stderr).toBe(0);
    expect(again.report).toMatchObject({ mode: "rotate", rotated: 0, alreadyCurrent: clients.length + 1, failed: 0 });
    const checked = await rotateCli(["--check"], { ENCRYPTION_KEY: KEY_B, ENCRYPTION_PREVIOUS_KEYS: "" });
    expect(checked.code).toBe(0);
  });

  it("refuses bad arguments and a malformed key before touching anything", async () => {
    const badBatch = await run("npm", ["run", "--silent", "keys:rotate", "--", "--batch-size", "0"], { cwd: root, env: { ...process.env, DATABASE_URL: harness.database.url, ENCRYPTION_KEY: KEY_B } }).catch((error: { code: number; stderr: string }) => error);
    expect(badBatch).toMatchObject({ code: 2, stderr: expect.stringContaining("--batch-size") });
    const badKey = await run("npm", ["run", "--silent", "keys:rotate"], { cwd: root, env: { ...process.env, DATABASE_URL: harness.database.url, ENCRYPTION_KEY: "kb:short" } }).catch((error: { code: number; stderr: string }) => error);
    expect(badKey).toMatchObject({ code: 2, stderr: expect.stringContaining("32 bytes") });
  });
});
