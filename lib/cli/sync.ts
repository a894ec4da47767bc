// `npm run transcripts:sync [-- --full] [--client ID]`: syncs call transcripts now, for every client
// account (or one), one after another, printing a JSON line per client. The portal also does this
// in the background on its own (TRANSCRIPT_SYNC_INTERVAL_MINUTES); this is for operators and cron.
// Uses DATABASE_URL, or the embedded database; needs the same ENCRYPTION_KEY as the portal.
import { parseArgs } from "node:util";
import { db, disconnectDb } from "@/lib/db/client";
import { syncClient } from "@/lib/transcripts/sync/run-client";
import { applyLocalSecrets } from "./local-secrets";
import { prepareDatabase } from "./portal-process";

const { values } = parseArgs({
  options: {
    full: { type: "boolean", default: false },
    client: { type: "string" },
    // Tests: small pages make a run long enough to interrupt.
    "page-size": { type: "string" },
  },
  strict: true,
});

if (process.env.NODE_ENV !== "production") applyLocalSecrets(process.cwd(), () => {});
const database = await prepareDatabase(() => {});
let failed = 0;
try {
  const clients = await db().clientAccount.findMany({
    where: values.client ? { id: values.client } : {},
    select: { id: true, agencyId: true, name: true },
    orderBy: { createdAt: "asc" },
  });
  if (values.client && clients.length === 0) throw new Error(`No client account with id ${values.client}`);
  const pageSize = values["page-size"] ? Number(values["page-size"]) : undefined;
  for (const client of clients) {
    const outcome = await syncClient(client.agencyId, client.id, { full: values.full, pageSize });
    if (outcome.status === "failed") failed++;
    console.log(JSON.stringify({ clientId: client.id, name: client.name, ...outcome }));
  }
} catch (error) {
  console.error(`transcripts:sync: ${(error as Error).message}`);
  failed++;
} finally {
  await disconnectDb();
  await database.stop();
}
process.exit(failed > 0 ? 1 : 0);
