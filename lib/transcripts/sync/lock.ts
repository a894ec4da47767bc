// One sync per client account at a time, across every app instance on the database: a PostgreSQL
// advisory lock held on a connection of its own for the length of the run. If the process dies,
// its connection goes and the lock with it, so a crashed sync never blocks the next one.
import pg from "pg";

/** First half of the two-key advisory lock: "transcript sync" (the second is the client id's hash). */
const SYNC_LOCK_CLASS = 7_301_001;

export interface SyncLock {
  release(): Promise<void>;
}

export async function tryLockClientSync(clientId: string): Promise<SyncLock | null> {
  const connection = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await connection.connect();
  // A broken connection means the lock is gone; the run notices at its next write.
  connection.on("error", () => {});
  try {
    const { rows } = await connection.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked", [SYNC_LOCK_CLASS, clientId]);
    if (!rows[0]?.locked) {
      await connection.end();
      return null;
    }
  } catch (error) {
    await connection.end().catch(() => {});
    throw error;
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await connection.query("SELECT pg_advisory_unlock($1, hashtext($2))", [SYNC_LOCK_CLASS, clientId]).catch(() => {});
      await connection.end().catch(() => {});
    },
  };
}
