// A PostgreSQL database of the benchmark's own on the local server (never anything but localhost),
// migrated with the app's runner, the app's Prisma client pointed at it.
import pg from "pg";
import { migrateDatabase } from "@/lib/db/migrate";

export const BENCH_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export function benchDatabaseUrl(name: string): string {
  const url = new URL(BENCH_SERVER_URL);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) throw new Error("benchmarks only run against a local PostgreSQL");
  url.pathname = `/${name}`;
  return url.toString();
}

export async function onServer<T>(fn: (client: pg.Client) => Promise<T>, url = BENCH_SERVER_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(name: string): Promise<boolean> {
  return onServer(async (client) => (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1);
}

/** Drops and creates `name`, migrates it, and points the app (DATABASE_URL) at it. */
export async function freshDatabase(name: string): Promise<string> {
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = benchDatabaseUrl(name);
  await migrateDatabase(url);
  process.env.DATABASE_URL = url;
  return url;
}
