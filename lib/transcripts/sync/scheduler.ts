// Background sync: every client account's transcripts are refreshed on an interval
// (TRANSCRIPT_SYNC_INTERVAL_MINUTES, default 15; 0 turns it off). Each app instance runs this loop;
// the per-client PostgreSQL lock makes sure no client is synced twice at once, and a client that
// was synced recently (by any instance) is simply not due.
import { db } from "@/lib/db/client";
import { syncClient } from "./run-client";

const TICK_MS = 30_000;
/** Clients synced side by side per instance; each draws from its own key's budget. */
const CONCURRENCY = 2;

export function syncIntervalMinutes(): number {
  const raw = process.env.TRANSCRIPT_SYNC_INTERVAL_MINUTES;
  if (raw === undefined || raw.trim() === "") return 15;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes < 0) throw new Error("TRANSCRIPT_SYNC_INTERVAL_MINUTES must be a number of minutes (0 turns the background sync off)");
  return minutes;
}

/** Clients whose last run ended longer ago than the interval (or never ran), oldest first. */
export async function dueClients(intervalMs: number, now = new Date()) {
  const cutoff = new Date(now.getTime() - intervalMs);
  return db().clientAccount.findMany({
    where: {
      status: { not: "key_rejected" }, // a rejected key fails until someone replaces it
      OR: [{ syncState: null }, { syncState: { OR: [{ finishedAt: null }, { finishedAt: { lt: cutoff } }] } }],
    },
    select: { id: true, agencyId: true },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
}

let running = false;

async function tick(intervalMs: number): Promise<void> {
  if (running) return;
  running = true;
  try {
    const queue = await dueClients(intervalMs);
    const workers = Array.from({ length: CONCURRENCY }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await syncClient(next.agencyId, next.id);
    });
    await Promise.all(workers);
  } catch (error) {
    console.error(`background transcript sync: ${(error as Error).message}`);
  } finally {
    running = false;
  }
}

const globalForScheduler = globalThis as unknown as { transcriptScheduler?: NodeJS.Timeout };

/** Starts the loop once per process (Next may load the instrumentation hook more than once in dev). */
export function startSyncScheduler(): void {
  const minutes = syncIntervalMinutes();
  if (minutes === 0 || globalForScheduler.transcriptScheduler) return;
  const intervalMs = minutes * 60_000;
  // A first pass soon after start (jittered, so instances started together spread out), then every tick.
  const first = setTimeout(() => void tick(intervalMs), 3_000 + Math.floor(Math.random() * 5_000));
  first.unref();
  globalForScheduler.transcriptScheduler = setInterval(() => void tick(intervalMs), TICK_MS);
  globalForScheduler.transcriptScheduler.unref();
}
