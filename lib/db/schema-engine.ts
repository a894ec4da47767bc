// Offline migrations: drives Prisma's schema engine compiled to wasm (@prisma/schema-engine-wasm)
// through @prisma/adapter-pg, because the Prisma CLI cannot download its native engine here.
// Dev-time only (CLI + tests); the app applies migrations with its own runner, never with this.
// Background and the adapter bugs worked around: /work/shared/notes/db-spike.md §3.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { MigrationPgFactory, OfflineFactory } from "./schema-engine/pg-adapter.ts";
import { loadSchemaEngineWasm, markWasmPoisoned, takeWasmPanicMessage } from "./schema-engine/wasm.ts";
import {
  assertValidMigrationName,
  ensureMigrationLock,
  isEmptyMigrationSql,
  migrationTimestamp,
  readMigrationsList,
} from "./schema-engine/migrations-dir.ts";

export { SHADOW_DB_PREFIX, shadowDbPrefixForThisProcess } from "./schema-engine/pg-adapter.ts";
export {
  MIGRATION_LOCK_CONTENT,
  assertValidMigrationName,
  isEmptyMigrationSql,
  migrationTimestamp,
  readMigrationsList,
} from "./schema-engine/migrations-dir.ts";
export type { SchemaEngine };

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const DEFAULT_SCHEMA_PATH = path.join(repoRoot, "prisma", "schema.prisma");
export const DEFAULT_MIGRATIONS_DIR = path.join(repoRoot, "prisma", "migrations");

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Errors thrown inside the adapter reach us as "External error id#N"; the real error (e.g.
 * "connection refused") sits in the bound factory's registry. Other engine errors are strings or
 * objects. Turn all of them into Errors people can read.
 */
function engineError(e: unknown, registry: ErrorRegistry): Error {
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : JSON.stringify(e);
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const original = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  if (original instanceof Error) return new Error(`schema engine: ${original.message}`, { cause: original });
  return e instanceof Error ? e : new Error(`schema engine: ${message}`, { cause: e });
}

export interface EngineContext {
  engine: SchemaEngine;
  /** How often the engine connected to the target database (shadow databases not counted). */
  mainConnections(): number;
}

/**
 * Runs `fn` with a fresh schema engine. `databaseUrl` is the target database; shadow databases are
 * created on the same server. Pass null for operations that need no database at all.
 * Everything the engine opened (pools, shadow databases) is closed/dropped before this resolves.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string | null,
  fn: (engine: SchemaEngine, ctx: EngineContext) => Promise<T>,
): Promise<T> {
  const bg = await loadSchemaEngineWasm();
  const factory = databaseUrl ? new MigrationPgFactory(databaseUrl) : null;
  const bound = bindMigrationAwareSqlAdapterFactory(factory ?? new OfflineFactory());
  const panic = watchForPanic();
  const fail = (e: unknown) => Promise.reject(panic.check(e) ?? engineError(e, bound.errorRegistry));
  let engine: SchemaEngine | undefined;
  try {
    engine = await Promise.race([
      bg.SchemaEngine.new(
        { datamodels: undefined },
        (log: string) => {
          if (process.env.SCHEMA_ENGINE_DEBUG) console.error("[schema-engine]", log);
        },
        bound,
      ),
      panic.promise,
    ]).catch(fail);
    const ctx = { engine, mainConnections: () => factory?.mainConnections ?? 0 };
    return await Promise.race([fn(engine, ctx), panic.promise]).catch(fail);
  } finally {
    panic.stop();
    if (!panic.happened()) engine?.free();
    await factory?.close(); // also after a panic: pools and shadow databases live on the JS side
  }
}

/**
 * A Rust panic inside the engine does not reject the pending promise: it surfaces as an uncaught
 * exception from a wasm callback and would kill the process before our cleanup (shadow database,
 * pools) runs. While an engine call is in flight we turn it into a rejection instead.
 */
function watchForPanic() {
  let reject!: (e: Error) => void;
  let happened = false;
  const promise = new Promise<never>((_, r) => (reject = r));
  promise.catch(() => {}); // only observed through Promise.race
  // Also used for errors thrown directly (a synchronous panic is a plain "RuntimeError: unreachable").
  const check = (error: unknown): Error | undefined => {
    const message = takeWasmPanicMessage();
    if (message === undefined) return undefined;
    happened = true;
    markWasmPoisoned(message.split("\n")[0] ?? message);
    return new Error(`schema engine panicked: ${message}`, { cause: error });
  };
  const listener = (error: unknown) => {
    const panicError = check(error);
    if (panicError) {
      reject(panicError);
    } else if (process.listenerCount("uncaughtException") === 1) {
      // Not ours, and nobody else handles it: behave like Node's default.
      console.error(error);
      process.exit(1);
    }
  };
  process.on("uncaughtException", listener);
  return { promise, check, happened: () => happened, stop: () => process.off("uncaughtException", listener) };
}

function schemaFiles(schemaPath: string) {
  return { files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] };
}

/** SQL that creates the schema from nothing. Needs no database. */
export async function diffEmptyToSchema({ schemaPath = DEFAULT_SCHEMA_PATH } = {}): Promise<string> {
  return withSchemaEngine(null, async (engine) => {
    const result = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", ...schemaFiles(schemaPath) },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  });
}

/**
 * SQL needed to take the migrations folder to the schema; check with isEmptyMigrationSql().
 * Replays the migrations in a temporary shadow database on `databaseUrl`'s server; the target
 * database itself is not touched.
 */
export async function diffMigrationsToSchema({
  databaseUrl,
  migrationsDir = DEFAULT_MIGRATIONS_DIR,
  schemaPath = DEFAULT_SCHEMA_PATH,
}: {
  databaseUrl: string;
  migrationsDir?: string;
  schemaPath?: string;
}): Promise<string> {
  return withSchemaEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrationsList(migrationsDir) },
      to: { tag: "schemaDatamodel", ...schemaFiles(schemaPath) },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  });
}

export interface CreatedMigration {
  /** e.g. 20261203190000_init */
  migrationName: string;
  migrationSqlPath: string;
  sql: string;
  lockfileCreated: boolean;
}

/**
 * What `prisma migrate dev --create-only --name <name>` does, minus applying anything:
 * writes <migrationsDir>/<YYYYMMDDHHMMSS>_<name>/migration.sql and migration_lock.toml.
 * The first migration is a diff empty → schema (no database); later ones diff the existing
 * migrations (replayed in a shadow database on `databaseUrl`'s server) → schema.
 * Refuses to write an empty migration.
 */
export async function createMigration({
  name,
  databaseUrl,
  migrationsDir = DEFAULT_MIGRATIONS_DIR,
  schemaPath = DEFAULT_SCHEMA_PATH,
  timestamp = migrationTimestamp(),
}: {
  name: string;
  /** Needed unless this is the first migration. */
  databaseUrl?: string;
  migrationsDir?: string;
  schemaPath?: string;
  /** YYYYMMDDHHMMSS (UTC); defaults to now. */
  timestamp?: string;
}): Promise<CreatedMigration> {
  assertValidMigrationName(name);
  if (!/^\d{14}$/.test(timestamp)) throw new Error(`Invalid timestamp ${JSON.stringify(timestamp)}: expected YYYYMMDDHHMMSS`);
  const migrationsList = readMigrationsList(migrationsDir);

  // Not the engine's createMigration: in the wasm build it cannot open a shadow database on its
  // own ("PostgreSQL shadow DB must be provided through an external factory") unless a
  // devDiagnostic on the target database has filled its cache first. It computes exactly this diff
  // (migrations → schema, rendered by the same script renderer) anyway.
  let sql: string;
  if (migrationsList.migrationDirectories.length === 0) {
    sql = await diffEmptyToSchema({ schemaPath });
  } else {
    if (!databaseUrl) throw new Error("A database URL is needed to create a migration after the first one (for the shadow database).");
    sql = await diffMigrationsToSchema({ databaseUrl, migrationsDir, schemaPath });
  }
  if (isEmptyMigrationSql(sql)) {
    throw new Error("No schema changes: the schema already matches the migrations. Nothing written.");
  }

  const migrationName = `${timestamp}_${name}`;
  const dir = path.join(migrationsDir, migrationName);
  if (existsSync(dir)) throw new Error(`${dir} already exists`);
  mkdirSync(migrationsDir, { recursive: true });
  const lockfileCreated = ensureMigrationLock(migrationsDir); // throws on a lock file for another provider
  mkdirSync(dir);
  const migrationSqlPath = path.join(dir, "migration.sql");
  writeFileSync(migrationSqlPath, sql.endsWith("\n") ? sql : `${sql}\n`);
  return { migrationName, migrationSqlPath, sql, lockfileCreated };
}
