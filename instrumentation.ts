// Next.js calls register() once when a server process starts. The Node.js server runs the
// background transcript sync (lib/transcripts/sync/scheduler.ts); the edge runtime has no database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startSyncScheduler } = await import("./lib/transcripts/sync/scheduler");
  startSyncScheduler();
}
