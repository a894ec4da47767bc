// The portal as the browser tests see it: a production build (`next build` into .next-e2e) served by
// `next start` on a fresh database, with the OnCallClerk simulator on E2E_SIMULATOR_PORT.
import { spawn, spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { generateKeySpec } from "@/lib/crypto/keyring";
import { migrateDatabase } from "@/lib/db/migrate";
import { startSimulator } from "@/lib/simulator";
import { e2eStateFile } from "./state-file";

const port = process.env.E2E_PORT ?? "3100";
const simulatorPort = Number(process.env.E2E_SIMULATOR_PORT ?? 4411);
const serverUrl = new URL(process.env.TEST_DATABASE_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
if (!["127.0.0.1", "localhost", "[::1]"].includes(serverUrl.hostname)) throw new Error("e2e only runs against a local PostgreSQL");

const databaseName = `portal_e2e_${Date.now()}_${randomBytes(3).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl.toString() });
await admin.connect();
// Databases of earlier runs that were killed before they could clean up (names carry a timestamp).
const { rows: stale } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'portal_e2e_%'");
for (const { datname } of stale) {
  const started = Number(datname.split("_")[2]);
  if (Date.now() - started > 60 * 60 * 1000) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}
await admin.query(`CREATE DATABASE "${databaseName}"`);
const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/${databaseName}`;
await migrateDatabase(databaseUrl.toString());
// Specs that set up people in roles directly (tests/e2e/access-pages.spec.ts) find the database here.
writeFileSync(e2eStateFile(port), JSON.stringify({ databaseUrl: databaseUrl.toString() }));
const simulator = await startSimulator({ port: simulatorPort });

const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  // Helpers running several e2e suites at once give each its own build folder (E2E_DIST_DIR=.next-e2e-x).
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
  DATABASE_URL: databaseUrl.toString(),
  ONCALLCLERK_BASE_URL: simulator.url,
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  ENCRYPTION_KEY: generateKeySpec("e2e"),
  // The tests press "Sync now" themselves; a background run starting at a random moment would make
  // them race it. (The scheduler's choice of clients is covered by the integration tests.)
  TRANSCRIPT_SYNC_INTERVAL_MINUTES: "0",
};
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync(process.execPath, [nextBin, "build"], { env, stdio: "inherit" });
  if (build.status !== 0) throw new Error("next build failed");
}
const server = spawn(process.execPath, [nextBin, "start", "--port", port], { env, stdio: "inherit" });

async function shutdown() {
  server.kill("SIGTERM");
  rmSync(e2eStateFile(port), { force: true });
  await simulator.close().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch(() => {});
  await admin.end();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
server.on("exit", (code) => {
  if (code !== 0 && code !== null) console.error(`next start exited with ${code}`);
});
