// A throw-away database per test file, on the PostgreSQL server named by TEST_DATABASE_SERVER_URL
// (default: the machine's local server). Migrations are applied with the app's own runner, so the
// tests exercise exactly the schema a deployment gets.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { disconnectDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";

export const DEFAULT_TEST_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
/** Every database these tests create starts with this, so a leftover one is easy to recognise. */
export const TEST_DATABASE_PREFIX = "portal_it_";

export function testServerUrl(): string {
  return process.env.TEST_DATABASE_SERVER_URL ?? DEFAULT_TEST_SERVER_URL;
}

/** The tests create and force-drop databases: never point them at a server that is not this machine. */
export function assertLocalServer(url: string): void {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error("TEST_DATABASE_SERVER_URL is not a valid URL");
  }
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to run integration tests against ${host}: TEST_DATABASE_SERVER_URL must point at 127.0.0.1 or localhost`);
  }
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  assertLocalServer(serverUrl);
  const name = `${TEST_DATABASE_PREFIX}${process.pid}_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(serverUrl, name);
  try {
    await migrateDatabase(url);
  } catch (error) {
    await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    throw error;
  }
  return {
    name,
    url,
    async drop() {
      await disconnectDb(); // the app's pool first, or DROP … WITH (FORCE) kills it mid-flight
      await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Raw SQL on a test database (for what the Prisma client deliberately cannot do, e.g. swap ciphertexts). */
export function sql<R extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  return onServer(url, async (client) => (await client.query<R>(text, values)).rows);
}
