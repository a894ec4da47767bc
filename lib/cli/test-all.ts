// `npm test`: every test tier, one after another, each as a child process with the terminal's output.
//   1. unit                  vitest.config.ts (no database)
//   2. integration           vitest.integration.config.ts against the machine's PostgreSQL
//                            (TEST_DATABASE_SERVER_URL, default postgres://postgres@127.0.0.1:5432/postgres)
//   3. integration-embedded  the same tests against an embedded PostgreSQL started here in a temp dir
//                            (what a fresh clone without a database server gets), stopped afterwards
//   4. e2e                   `playwright test`, when playwright.config.ts exists
// Counts come from each runner's JSON report. The last line is exactly `N passed, N failed`
// (`, N skipped` when some were); the exit code is non-zero when a step failed or no test ran at all.
// `npm test -- --skip=integration-embedded,e2e` leaves steps out.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { ensureEmbeddedPostgres } from "@/lib/db/embedded";

const require = createRequire(import.meta.url);
const root = process.cwd();
const reports = mkdtempSync(path.join(tmpdir(), "portal-test-reports-"));
const DEFAULT_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres";

const STEP_NAMES = ["unit", "integration", "integration-embedded", "e2e"] as const;
type StepName = (typeof STEP_NAMES)[number];

interface StepResult {
  name: StepName;
  passed: number;
  failed: number;
  skipped: number;
  ok: boolean;
  seconds: number;
  note?: string;
}

let interrupted = false;
process.on("SIGINT", () => {
  // The child got the same SIGINT from the terminal; let it exit, clean up, and run nothing more.
  interrupted = true;
});

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env, cwd: root });
    child.on("error", (error) => {
      console.error(`Could not start ${args[0]}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

async function vitestStep(name: StepName, config: string, env: NodeJS.ProcessEnv): Promise<StepResult> {
  const started = Date.now();
  const report = path.join(reports, `${name}.json`);
  const vitest = path.join(path.dirname(require.resolve("vitest/package.json")), "vitest.mjs");
  const code = await run([vitest, "run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile=${report}`], env);
  const seconds = (Date.now() - started) / 1000;
  const json = readJson<VitestReport>(report);
  if (!json) return { name, passed: 0, failed: 0, skipped: 0, ok: false, seconds, note: `vitest exited with ${code} and wrote no report` };
  // A file that fails to load has no failed tests, only a failed file: count it as one failure.
  const brokenFiles = json.testResults.filter((file) => file.status === "failed" && !file.assertionResults.some((t) => t.status === "failed"));
  const failed = json.numFailedTests + brokenFiles.length;
  const note = brokenFiles.length > 0 ? `${brokenFiles.length} test file(s) failed to run` : code !== 0 && failed === 0 ? `vitest exited with ${code}` : undefined;
  return {
    name,
    passed: json.numPassedTests,
    failed,
    skipped: json.numPendingTests + json.numTodoTests,
    ok: code === 0 && failed === 0,
    seconds,
    ...(note ? { note } : {}),
  };
}

function failedStep(name: StepName, started: number, note: string): StepResult {
  return { name, passed: 0, failed: 0, skipped: 0, ok: false, seconds: (Date.now() - started) / 1000, note };
}

async function canConnect(serverUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

async function integrationStep(): Promise<StepResult> {
  const started = Date.now();
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? DEFAULT_SERVER_URL;
  const problem = await canConnect(serverUrl);
  if (problem) {
    return failedStep("integration", started, `PostgreSQL at ${new URL(serverUrl).host} is not reachable (${problem}); start it or set TEST_DATABASE_SERVER_URL`);
  }
  return vitestStep("integration", "vitest.integration.config.ts", { ...process.env, TEST_DATABASE_SERVER_URL: serverUrl });
}

async function embeddedIntegrationStep(): Promise<StepResult> {
  const started = Date.now();
  const dataRoot = mkdtempSync(path.join(tmpdir(), "portal-test-embedded-"));
  // As root, PostgreSQL runs as a `postgres` user, which must be able to walk into the data dir.
  chmodSync(dataRoot, 0o755);
  let embedded: Awaited<ReturnType<typeof ensureEmbeddedPostgres>> | undefined;
  try {
    console.log(`Starting an embedded PostgreSQL in ${dataRoot} …`);
    embedded = await ensureEmbeddedPostgres(dataRoot);
    const serverUrl = new URL(embedded.url);
    serverUrl.pathname = "/postgres";
    return await vitestStep("integration-embedded", "vitest.integration.config.ts", { ...process.env, TEST_DATABASE_SERVER_URL: serverUrl.toString() });
  } catch (error) {
    const log = path.join(dataRoot, ".data", "postgres.log");
    if (existsSync(log)) console.error(readFileSync(log, "utf8").split("\n").slice(-30).join("\n"));
    return failedStep("integration-embedded", started, `embedded PostgreSQL failed: ${(error as Error).message}`);
  } finally {
    await embedded?.stop().catch((error: unknown) => console.error(`Stopping the embedded PostgreSQL failed: ${(error as Error).message}`));
    rmSync(dataRoot, { recursive: true, force: true });
  }
}

interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  /** Run-level errors: "No tests found", a web server that did not start, a global setup that threw. */
  errors?: { message?: string }[];
}

async function e2eStep(): Promise<StepResult | null> {
  if (!existsSync(path.join(root, "playwright.config.ts"))) {
    console.log("e2e: no playwright.config.ts, skipping.");
    return null;
  }
  const started = Date.now();
  const report = path.join(reports, "e2e.json");
  const code = await run([require.resolve("@playwright/test/cli"), "test", "--reporter=list,json"], {
    ...process.env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
  const seconds = (Date.now() - started) / 1000;
  const json = readJson<PlaywrightReport>(report);
  const stats = json?.stats;
  if (!stats) return { name: "e2e", passed: 0, failed: 0, skipped: 0, ok: false, seconds, note: `playwright exited with ${code} and wrote no report` };
  const firstError = json?.errors?.[0]?.message?.split("\n")[0];
  const failed = stats.unexpected ?? 0;
  return {
    name: "e2e",
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0), // flaky = passed on a retry
    failed,
    skipped: stats.skipped ?? 0,
    ok: code === 0 && failed === 0,
    seconds,
    ...(stats.flaky ? { note: `${stats.flaky} flaky (passed on retry)` } : {}),
    ...(code !== 0 && failed === 0 ? { note: `playwright exited with ${code}${firstError ? `: ${firstError}` : ""}` } : {}),
  };
}

function parseSkip(argv: string[]): Set<StepName> {
  const skip = new Set<StepName>();
  for (const arg of argv) {
    const match = /^--skip=(.*)$/.exec(arg);
    if (!match) throw new Error(`Unknown argument ${arg} (supported: --skip=${STEP_NAMES.join(",")})`);
    for (const name of match[1]!.split(",").filter(Boolean)) {
      if (!(STEP_NAMES as readonly string[]).includes(name)) throw new Error(`Unknown step ${name} (steps: ${STEP_NAMES.join(", ")})`);
      skip.add(name as StepName);
    }
  }
  return skip;
}

function banner(text: string): void {
  console.log(`\n${"━".repeat(8)} ${text} ${"━".repeat(Math.max(4, 70 - text.length))}\n`);
}

async function main(): Promise<number> {
  const skip = parseSkip(process.argv.slice(2));
  const steps: [StepName, () => Promise<StepResult | null>][] = [
    ["unit", () => vitestStep("unit", "vitest.config.ts", process.env)],
    ["integration", integrationStep],
    ["integration-embedded", embeddedIntegrationStep],
    ["e2e", e2eStep],
  ];
  const results: StepResult[] = [];
  for (const [name, step] of steps) {
    if (skip.has(name)) continue;
    if (interrupted) break;
    banner(name);
    const result = await step();
    // A step that failed without a failing test (no server, crash, unhandled error) counts as one
    // failure, so the last line never says "0 failed" for a red run.
    if (result && !result.ok && result.failed === 0) result.failed = 1;
    if (result) results.push(result);
  }

  banner("summary");
  for (const r of results) {
    const counts = `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`;
    console.log(`${r.ok ? "ok  " : "FAIL"}  ${r.name.padEnd(21)} ${counts.padEnd(34)} ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ""}`);
  }
  if (interrupted) console.log("Interrupted: the remaining steps did not run.");
  const total = results.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  const ran = total.passed + total.failed;
  return interrupted || ran === 0 || results.some((r) => !r.ok) ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error((error as Error).message);
} finally {
  rmSync(reports, { recursive: true, force: true });
}
process.exit(exitCode);
