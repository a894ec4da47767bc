import path from "node:path";
import { defineConfig } from "vitest/config";

// Fast tier: no database. Simulator tests start it on a random local port.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 15_000,
  },
});
