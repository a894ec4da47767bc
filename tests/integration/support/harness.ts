// One call at the top of a test file gives it a fresh database (migrated), its own simulator, and
// the environment the app reads (secrets generated per file). Everything is torn down afterwards.
import { randomBytes } from "node:crypto";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { generateKeySpec } from "@/lib/crypto/keyring";
import { resetServerEnvForTests } from "@/lib/env";
import { createTestDatabase, type TestDatabase } from "./database";
import { startTestSimulator, type TestSimulator } from "./simulator";

export interface Harness {
  readonly database: TestDatabase;
  readonly sim: TestSimulator;
}

const APP_ENV = ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "ENCRYPTION_KEY", "ENCRYPTION_PREVIOUS_KEYS", "ONCALLCLERK_BASE_URL", "SIGNUP_ENABLED"];

export function useHarness(): Harness {
  let database: TestDatabase | undefined;
  let sim: TestSimulator | undefined;

  beforeAll(async () => {
    for (const name of APP_ENV) delete process.env[name];
    database = await createTestDatabase();
    sim = await startTestSimulator();
    process.env.DATABASE_URL = database.url;
    process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
    process.env.ENCRYPTION_KEY = generateKeySpec("it1");
    process.env.ONCALLCLERK_BASE_URL = sim.url;
    resetServerEnvForTests();
  });

  afterAll(async () => {
    await sim?.close();
    await database?.drop();
  });

  return {
    get database() {
      if (!database) throw new Error("useHarness(): the database exists only inside tests");
      return database;
    },
    get sim() {
      if (!sim) throw new Error("useHarness(): the simulator exists only inside tests");
      return sim;
    },
  };
}

/** Runs `fn` with some environment variables changed (undefined = unset), then puts them back. */
export async function withEnv<T>(patch: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(patch).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetServerEnvForTests();
  };
  apply(patch);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}

/** A URL on which nothing listens (a port we just bound and released). */
export async function deadUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
