// Guards against a schema change without a migration (and against hand edits to committed
// migrations that the schema does not reflect): replays prisma/migrations in a throw-away shadow
// database and asks the schema engine what SQL would still be needed to reach prisma/schema.prisma.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  MIGRATION_LOCK_CONTENT,
  diffMigrationsToSchema,
  isEmptyMigrationSql,
  shadowDbPrefixForThisProcess,
} from "../../lib/db/schema-engine.ts";

const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const tmp = mkdtempSync(path.join(tmpdir(), "migrations-drift-"));

async function leftoverShadowDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const prefix = shadowDbPrefixForThisProcess().replace(/_/g, "\\_"); // "_" is a LIKE wildcard
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`]);
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

describe("prisma/migrations vs prisma/schema.prisma", () => {
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("has the lock file Prisma expects", () => {
    expect(readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"), "utf8")).toBe(MIGRATION_LOCK_CONTENT);
  });

  it("needs no further migration for the committed schema", async () => {
    const sql = await diffMigrationsToSchema({ databaseUrl: serverUrl });
    // On failure the message shows the SQL: run `npm run db:migration:new -- <name>`.
    expect(isEmptyMigrationSql(sql), sql).toBe(true);
  });

  it("detects a schema change that has no migration (the check can fail)", async () => {
    const schema = readFileSync(DEFAULT_SCHEMA_PATH, "utf8");
    const changed = `${schema}\nmodel DriftProbe {\n  id          String @id\n  driftColumn Int\n}\n`;
    const schemaPath = path.join(tmp, "schema.prisma");
    writeFileSync(schemaPath, changed);
    const sql = await diffMigrationsToSchema({ databaseUrl: serverUrl, schemaPath });
    expect(isEmptyMigrationSql(sql)).toBe(false);
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
    expect(sql).toContain('"driftColumn" INTEGER NOT NULL');
  });

  // Hand-written SQL that broke the stock adapter-pg (see lib/db/schema-engine/pg-adapter.ts):
  // - a CHECK constraint: the describer reads pg_constraint.contype (type "char", OID 18) as a
  //   Character; unmapped it errors, mapped to text the engine panics (on PostgreSQL 18 every
  //   NOT NULL column takes that path too);
  // - ";" inside a string and a $$ body: adapter-pg's executeScript splits the script on ";".
  it("replays hand-written SQL (CHECK constraint, ';' in strings and function bodies)", async () => {
    const migrationsDir = path.join(tmp, "migrations");
    cpSync(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
    mkdirSync(path.join(migrationsDir, "29991231000000_hand_written"));
    writeFileSync(
      path.join(migrationsDir, "29991231000000_hand_written", "migration.sql"),
      [
        'ALTER TABLE "User" ADD CONSTRAINT "User_email_lower" CHECK ("email" = lower("email"));',
        `COMMENT ON TABLE "User" IS 'people; and more';`,
        "CREATE FUNCTION drift_probe() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;",
        "",
      ].join("\n"),
    );
    const sql = await diffMigrationsToSchema({ databaseUrl: serverUrl, migrationsDir });
    expect(isEmptyMigrationSql(sql), sql).toBe(true); // Prisma's diff ignores all three
  });

  it("leaves no shadow database behind", async () => {
    expect(await leftoverShadowDatabases()).toEqual([]);
  });
});
