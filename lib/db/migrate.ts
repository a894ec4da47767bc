// Applies prisma/migrations/*/migration.sql in order and records each one in `_prisma_migrations`
// exactly the way Prisma's engine does (same table, sha256 checksum, lifecycle, advisory lock), so
// `prisma migrate deploy` on a machine with Prisma's engines agrees with what we applied.
// (Prisma's CLI cannot download its engines on offline machines; this runner needs none.)
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const PRISMA_MIGRATE_LOCK = 72707369; // the advisory lock id Prisma's schema engine takes

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
  /** Migrations whose file changed after they were applied (Prisma would call them modified). */
  modified: string[];
}

export function defaultMigrationsDir(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

export function listMigrations(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

export async function migrateDatabase(databaseUrl: string, dir = defaultMigrationsDir()): Promise<MigrationResult> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    try {
      return await applyPending(db, dir);
    } finally {
      await db.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]);
    }
  } finally {
    await db.end();
  }
}

async function applyPending(db: pg.Client, dir: string): Promise<MigrationResult> {
  await db.query(CREATE_MIGRATIONS_TABLE);
  const { rows } = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const failed = rows.filter((row) => !row.finished_at).map((row) => row.migration_name);
  if (failed.length > 0) {
    // Same refusal as Prisma's P3009: a half-applied migration needs a person to look at it.
    throw new Error(`Migration ${failed.join(", ")} failed earlier; resolve it before applying more (Prisma P3009).`);
  }
  const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  const result: MigrationResult = { applied: [], alreadyApplied: 0, modified: [] };

  for (const name of listMigrations(dir)) {
    const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
    const checksum = createHash("sha256").update(sql).digest("hex");
    const known = applied.get(name);
    if (known !== undefined) {
      result.alreadyApplied++;
      if (known !== checksum) result.modified.push(name);
      continue;
    }
    const id = randomUUID();
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
      [id, checksum, name],
    );
    try {
      // A multi-statement simple query runs as one implicit transaction: a failure leaves nothing behind.
      await db.query(sql);
    } catch (error) {
      await db.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, String((error as Error).message)]);
      throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error });
    }
    await db.query(
      `UPDATE "_prisma_migrations" SET applied_steps_count = applied_steps_count + 1, finished_at = now() WHERE id = $1`,
      [id],
    );
    result.applied.push(name);
  }
  return result;
}
