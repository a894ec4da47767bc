import { defineConfig } from "@playwright/test";

// End-to-end tests in Debian's Chromium (Playwright cannot download its own browsers here) against a
// production build served by tests/e2e/serve-portal.ts on a fresh database and a simulator.
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: "npx tsx tests/e2e/serve-portal.ts",
    url: `http://localhost:${PORT}/api/health`,
    timeout: 400_000,
    reuseExistingServer: false,
    // SIGTERM lets the server script drop its database; a hard kill would leak it.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT) },
  },
});
