// Shared by `npm run dev`, `npm start` and `npm run demo`: resolve the database (embedded when
// DATABASE_URL is unset), apply migrations, then run Next.js with the resolved environment and
// stop the embedded database when Next exits.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { resolveDatabaseUrl, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { serverEnv } from "@/lib/env";
import { isPortFreeForServer } from "@/lib/ports";

export async function prepareDatabase(log: (line: string) => void = console.log): Promise<EmbeddedDatabase> {
  const fromEnv = Boolean(process.env.DATABASE_URL);
  const database = await resolveDatabaseUrl();
  process.env.DATABASE_URL = database.url;
  const result = await migrateDatabase(database.url);
  const where = fromEnv ? "PostgreSQL at DATABASE_URL" : "embedded PostgreSQL (data in .data/postgres)";
  log(`Database: ${where}; migrations applied now: ${result.applied.length}, already applied: ${result.alreadyApplied}.`);
  for (const name of result.modified) log(`Warning: migration ${name} was edited after it was applied.`);
  return database;
}

/** Validates the environment (fails loudly, before Next starts) and runs `next <command>`. */
export async function runNext(command: "dev" | "start", database: EmbeddedDatabase): Promise<void> {
  const port = process.env.PORT ?? "3000";
  if (!(await isPortFreeForServer(Number(port)))) {
    await database.stop();
    throw new Error(`Port ${port} is already in use. Stop whatever uses it, or choose another with PORT=…`);
  }
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  serverEnv();
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  // Node's default 16 kB header limit would answer a long search URL with a bare 431 before our
  // routes could (searches may be up to 20,000 characters).
  const child = spawn(process.execPath, ["--max-http-header-size=65536", nextBin, command, "--port", port], { stdio: "inherit", env: process.env });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", async (code) => {
    await database.stop();
    process.exit(code ?? 0);
  });
}
