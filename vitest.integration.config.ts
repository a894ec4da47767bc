import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration tier: route handlers against a real PostgreSQL and the OnCallClerk simulator over HTTP.
// Every test file creates (and drops) its own database (tests/integration/support/database.ts), so
// files run in parallel; two workers, because the CI machines have two cores.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
  },
});
