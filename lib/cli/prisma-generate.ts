// `npm run db:generate` (also postinstall): generates the Prisma client into lib/generated/prisma.
// The Prisma CLI insists on a schema-engine binary even for `generate`, which never runs it, and it
// cannot download one on offline machines. Pointing PRISMA_SCHEMA_ENGINE_BINARY at a stub that
// exits 1 satisfies the check without any network access.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const stubDir = path.join(root, "node_modules", ".cache", "oncallclerk-portal");
const stub = path.join(stubDir, "schema-engine-stub");
mkdirSync(stubDir, { recursive: true });
writeFileSync(stub, "#!/bin/sh\necho 'schema engine stub: not used by prisma generate' >&2\nexit 1\n");
chmodSync(stub, 0o755);

const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate", "--schema", "prisma/schema.prisma"],
  { cwd: root, env, stdio: "inherit" },
);
process.exit(result.status ?? 1);
