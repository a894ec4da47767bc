// The one PrismaClient of a process, on the `pg` driver adapter for both the embedded database and
// hosted PostgreSQL. The encrypted API key column is omitted from every query by default: only
// lib/clients/api-key.ts asks for it explicitly.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createPrismaClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
    omit: { clientAccount: { encryptedApiKey: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

const globalForDb = globalThis as unknown as { portalDb?: { url: string; client: Db } };

export function db(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the portal with `npm run dev`, `npm run demo` or `npm start`, which use the embedded database when DATABASE_URL is unset.",
    );
  }
  const existing = globalForDb.portalDb;
  if (existing && existing.url === url) return existing.client;
  const client = createPrismaClient(url);
  globalForDb.portalDb = { url, client };
  return client;
}

/** For scripts and tests that finish: closes the pool so the process can exit. */
export async function disconnectDb(): Promise<void> {
  const existing = globalForDb.portalDb;
  globalForDb.portalDb = undefined;
  await existing?.client.$disconnect();
}
