// A migration-aware driver-adapter factory for the wasm schema engine, built on @prisma/adapter-pg
// 7.10.1, with the fixes found in the DB spike (/work/shared/notes/db-spike.md §3):
//  (a) adapter-pg's connectToShadowDb drops the shadow database *before* closing its pool, which
//      fails ("being accessed by other users") and leaks the database. We create the shadow DB
//      ourselves and, on dispose, close the pool first and then DROP DATABASE … WITH (FORCE).
//  (b) adapter-pg cannot map OID 18 (the catalog type "char") that the schema describer selects,
//      so every describe fails with "Column type 'char' could not be deserialized". We report
//      those columns as Character (the spike's "map to text" panics on PostgreSQL 18, see below).
//  (c) adapter-pg's executeScript splits the script on every ";" — that breaks on a ";" inside a
//      string literal or a $$ function body. We send the script as one simple-protocol query, as
//      Prisma's native engine does (one implicit transaction per migration script).
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

/** Every shadow database we create starts with this; the pid part keeps parallel processes apart. */
export const SHADOW_DB_PREFIX = "prisma_shadow_";
export const shadowDbPrefixForThisProcess = (): string => `${SHADOW_DB_PREFIX}${process.pid}_`;

// The parts of adapter-pg's (private) PgQueryable we patch per instance.
type PgResult = { fields: { dataTypeID: number }[] };
type PgInternals = {
  performIO(query: SqlQuery): Promise<PgResult>;
  onError(error: unknown): never;
  client: { query(sql: string): Promise<unknown> };
};

const PG_CHAR_OID = 18; // the one-byte catalog type "char" (pg_constraint.contype, …)
const PG_TEXT_OID = 25;

// Fix (b). Rewriting OID 18 to text is not enough: the describer reads some of these columns with
// get_expect_char (e.g. pg_constraint.contype for CHECK/EXCLUDE constraints, which on PostgreSQL
// 18 also lists every NOT NULL constraint) and panics on a text value. So we let adapter-pg map
// the column as text, then report it as ColumnTypeEnum.Character; pg hands us the value as a
// one-character string, which is what the engine expects for Character.
function patchQueryable<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async function (this: T, query) {
    const charColumns: number[] = [];
    const self = this as unknown as PgInternals;
    // queryRaw calls this.performIO; give this call its own performIO (safe with concurrent queries).
    const view = Object.create(this, {
      performIO: {
        value: async (q: SqlQuery) => {
          const result = await self.performIO(q);
          result.fields.forEach((field, i) => {
            if (field.dataTypeID === PG_CHAR_OID) {
              field.dataTypeID = PG_TEXT_OID;
              charColumns.push(i);
            }
          });
          return result;
        },
      },
    }) as T;
    const result = await queryRaw.call(view, query);
    for (const i of charColumns) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function patchAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  patchQueryable(adapter);
  const q = adapter as unknown as PgInternals;
  adapter.executeScript = async (script) => {
    try {
      await q.client.query(script); // fix (c): no params → simple protocol, multi-statement OK
    } catch (error) {
      q.onError(error);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => patchQueryable(await startTransaction(isolationLevel));
  return adapter;
}

/** The same connection URL with another database name. */
function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** One short-lived admin connection (to the URL's own database) for CREATE/DROP DATABASE. */
async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A process killed mid-diff (kill -9, a crash) leaves its shadow database behind. Drop ours that are
 * over an hour old (the creation time is in the name; a diff takes about a second). No FORCE: one
 * still in use by someone makes DROP fail, and we leave it.
 */
async function dropStaleShadowDatabases(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [SHADOW_DB_PREFIX],
    );
    for (const { datname } of rows) {
      const created = /^prisma_shadow_\d+_([0-9a-z]+)_[0-9a-f]+$/.exec(datname)?.[1];
      if (!created || Date.now() - parseInt(created, 36) < 3_600_000) continue;
      await client.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

export class MigrationPgFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  /** How many times the engine opened the main (target) database. Diagnostics/tests only. */
  mainConnections = 0;
  private readonly open = new Set<() => Promise<void>>();

  constructor(private readonly url: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    this.mainConnections++;
    return this.track(patchAdapter(await new PrismaPg(this.url).connect()));
  }

  // Fix (a): our own shadow database on the same server, dropped after its pool is closed.
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    await dropStaleShadowDatabases(this.url).catch(() => {}); // best effort
    const name = `${shadowDbPrefixForThisProcess()}${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
    await adminQuery(this.url, `CREATE DATABASE "${name}"`);
    const drop = () => adminQuery(this.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    let adapter: SqlDriverAdapter;
    try {
      adapter = patchAdapter(await new PrismaPg(withDatabase(this.url, name)).connect());
    } catch (error) {
      await drop();
      throw error;
    }
    const closePool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      try {
        await closePool();
      } finally {
        await drop();
      }
    };
    return this.track(adapter);
  }

  /** Disposes whatever the engine left open (pools, shadow databases). Safe to call twice. */
  async close(): Promise<void> {
    const errors: unknown[] = [];
    for (const dispose of [...this.open]) await dispose().catch((e: unknown) => errors.push(e));
    if (errors.length) throw errors[0];
  }

  // Makes dispose idempotent (pg's Pool.end throws when called twice) and remembers it for close().
  private track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    const dispose = adapter.dispose.bind(adapter);
    let done: Promise<void> | undefined;
    const once = () => {
      this.open.delete(once);
      return (done ??= dispose());
    };
    adapter.dispose = once;
    this.open.add(once);
    return adapter;
  }
}

/**
 * For engine calls that need no database (datamodel → datamodel diffs, e.g. the first migration).
 * The engine still connects when it is created and asks one question (does schema "public" exist,
 * server version); we answer that with a canned PostgreSQL 15 row and fail every other query, so
 * anything that would really need a database errors out instead of silently doing nothing.
 */
export class OfflineFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";

  async connect(): Promise<SqlDriverAdapter> {
    const refuse = (what: string) => Promise.reject(new Error(`${what}: no database in offline mode`));
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      async queryRaw(query) {
        if (!query.sql.startsWith("SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1), version()")) {
          return refuse(`query ${JSON.stringify(query.sql.slice(0, 80))}`);
        }
        const { Boolean, Text, Int32 } = ColumnTypeEnum;
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [Boolean, Text, Int32],
          rows: [[true, "PostgreSQL 15.0 (offline)", 150000]],
        };
      },
      executeRaw: () => refuse("executeRaw"),
      executeScript: () => refuse("executeScript"),
      startTransaction: () => refuse("startTransaction"),
      getConnectionInfo: () => ({ supportsRelationJoins: true }),
      dispose: async () => {},
    };
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return Promise.reject(new Error("shadow database: no database in offline mode"));
  }
}
