// `npm run bench:search [-- --rows 1000000 --clients 200 --runs 20 --reuse --no-http]`
// Fills a PostgreSQL database (portal_bench_search on the local server) with synthetic transcripts,
// then times 20 representative searches three ways: through searchTranscripts(), through the HTTP
// route of a production build (`next start`), and as the naive ILIKE scan they replace. Prints one
// JSON object on stdout (progress goes to stderr). --reuse keeps an already filled database.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import { createUserSession } from "@/lib/auth/sessions";
import { generateKeySpec } from "@/lib/crypto/keyring";
import { db, disconnectDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchTranscripts } from "@/lib/transcripts/search/search";
import { benchDatabaseUrl, databaseExists, freshDatabase } from "../bench/bench-db";
import { benchExport } from "../bench/export-bench";
import { fillTranscripts } from "../bench/fill-transcripts";
import { searchCases, type SearchCase } from "../bench/search-cases";
import { log, peakRssMb, summarize, timed } from "../bench/stats";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    clients: { type: "string", default: "200" },
    runs: { type: "string", default: "20" },
    "naive-runs": { type: "string", default: "3" },
    reuse: { type: "boolean", default: false },
    "no-http": { type: "boolean", default: false },
    port: { type: "string", default: "3960" },
  },
  strict: true,
});
const ROWS = Number(values.rows);
const CLIENTS = Number(values.clients);
const RUNS = Number(values.runs);
const NAIVE_RUNS = Number(values["naive-runs"]);
const DATABASE = "portal_bench_search";
const HTTP_HEAP_MB = 256;

process.env.ENCRYPTION_KEY ??= generateKeySpec("bench");
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");

async function prepare(now: number) {
  const url = benchDatabaseUrl(DATABASE);
  process.env.DATABASE_URL = url;
  if (values.reuse && (await databaseExists(DATABASE))) {
    const count = await db().transcript.count();
    if (count >= ROWS) return { url, fillSeconds: null, rows: count };
    log(`${DATABASE} has ${count} calls, not ${ROWS}: filling it again`);
    await disconnectDb();
  }
  log(`Filling ${DATABASE} with ${ROWS.toLocaleString("en-GB")} calls across ${CLIENTS} clients…`);
  await freshDatabase(DATABASE);
  const { seconds } = await fillTranscripts(url, ROWS, CLIENTS, now);
  return { url, fillSeconds: seconds, rows: await db().transcript.count() };
}

async function material(now: number) {
  const agencies = await db().agency.findMany({ where: { name: { startsWith: "Bench agency" } }, include: { clients: { select: { id: true }, orderBy: { createdAt: "asc" } } }, orderBy: { createdAt: "asc" } });
  const [big, mid] = agencies;
  const scope = (agency: (typeof agencies)[number], ids?: string[]) => ({ agencyId: agency.id, clientIds: ids ?? agency.clients.map((c) => c.id), wholeAgency: false });
  const sample = await db().$queryRaw<{ summary: string; conversationText: string; caller: string | null }[]>(
    Prisma.sql`SELECT b.summary, b."conversationText", t.caller FROM "Transcript" t TABLESAMPLE SYSTEM (2) REPEATABLE (7)
      JOIN "TranscriptBody" b ON b."transcriptId" = t.id LIMIT 20000`,
  );
  const named = sample.find((row) => /^[A-Z][a-z]+ [A-Z][a-z]+ (asked|reported|called|wants)/.test(row.summary)) ?? sample[0]!;
  const name = named.summary.split(" ").slice(0, 2).join(" ");
  const caller = sample.find((row) => /^\+1\d{10}$/.test(row.caller ?? ""))!.caller!;
  const email = sample.map((row) => /[a-z]+\.[a-z]+@[a-z.]+[a-z]/.exec(row.conversationText)?.[0]).find(Boolean) ?? "nobody@example.com";
  const day = (offset: number) => new Date(now - offset * 86_400_000).toISOString().slice(0, 10);
  const words = [...new Set(sample.flatMap((row) => `${row.summary} ${row.conversationText}`.toLowerCase().match(/[a-z]{4,}/g) ?? []))];
  const indexable = new Set((await db().$queryRaw<{ w: string }[]>(Prisma.sql`SELECT w FROM unnest(${words}::text[]) w WHERE length(to_tsvector('english', w)) > 0`)).map((row) => row.w));
  return {
    big: { ...scope(big!), wholeAgency: true }, mid: { ...scope(mid!), wholeAgency: true }, one: scope(big!, [big!.clients[0]!.id]),
    sample, name, caller, email, today: day(0), daysAgo: day, indexable: (word: string) => indexable.has(word),
  };
}

async function benchFunction(cases: SearchCase[]) {
  const perCase = [];
  const all: number[] = [];
  for (const c of cases) {
    const input = { ...c.input, ...c.scope };
    for (let i = 0; i < 2; i++) await searchTranscripts(input);
    const samples: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      const { ms, value } = await timed(() => searchTranscripts(input));
      samples.push(ms);
      hits = value.items.length;
    }
    all.push(...samples);
    perCase.push({ name: c.name, hits, ...summarize(samples) });
  }
  return { overall: summarize(all), perCase };
}

function naiveSql(c: SearchCase) {
  const { agencyId, clientIds } = c.scope;
  const match = c.naive!.column === "caller"
    ? Prisma.sql`t.caller LIKE ${`%${c.naive!.needle}%`}`
    : Prisma.sql`(b.summary ILIKE ${`%${c.naive!.needle}%`} OR b."conversationText" ILIKE ${`%${c.naive!.needle}%`})`;
  const clients = c.scope.wholeAgency ? Prisma.empty : Prisma.sql`AND t."clientId" = ANY(${clientIds}::text[])`;
  return Prisma.sql`SELECT t.id FROM "Transcript" t JOIN "TranscriptBody" b ON b."transcriptId" = t.id WHERE t."agencyId" = ${agencyId} ${clients} AND ${match}
    ORDER BY t."startedAt" DESC LIMIT 20`;
}

async function benchNaive(cases: SearchCase[]) {
  const textCases = cases.filter((c) => c.naive !== null);
  const all: number[] = [];
  const perCase = [];
  for (const c of textCases) {
    const samples: number[] = [];
    for (let i = 0; i < NAIVE_RUNS; i++) samples.push((await timed(() => db().$queryRaw(naiveSql(c)))).ms);
    all.push(...samples);
    perCase.push({ name: c.name, ...summarize(samples) });
    log(`  naive: ${c.name} p50 ${summarize(samples).p50} ms`);
  }
  return { overall: summarize(all), perCase, cases: textCases.length };
}

async function startPortal(databaseUrl: string): Promise<{ url: string; stop: () => void; buildSeconds: number; pid: number }> {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_DIST_DIR: ".next-bench", DATABASE_URL: databaseUrl, TRANSCRIPT_SYNC_INTERVAL_MINUTES: "0", NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: `http://localhost:${values.port}` };
  const started = Date.now();
  log("Building the portal for the HTTP measurements (next build)…");
  // next build adds its build folder to tsconfig.json's include list; that edit is not ours to keep.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const build = spawnSync(process.execPath, [nextBin, "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  writeFileSync("tsconfig.json", tsconfig);
  if (build.status !== 0) throw new Error("next build failed");
  const buildSeconds = (Date.now() - started) / 1000;
  // A small heap on purpose: an export that held its rows in memory would fail here, not just
  // show a bigger number (V8 otherwise lets garbage pile up to gigabytes before collecting it).
  const server: ChildProcess = spawn(process.execPath, [nextBin, "start", "--port", values.port!], {
    env: { ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${HTTP_HEAP_MB}`.trim() },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${values.port}`;
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { url, stop: () => server.kill("SIGTERM"), buildSeconds, pid: server.pid! };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill("SIGTERM");
  throw new Error("the portal did not start");
}

function routeQuery(c: SearchCase): string {
  const query = new URLSearchParams();
  const input = c.input;
  if (input.q) query.set("q", input.q);
  if (input.sort) query.set("sort", input.sort);
  for (const type of input.types ?? []) query.append("type", type);
  for (const outcome of input.outcomes ?? []) query.append("outcome", outcome);
  if (input.ratingMax !== undefined) query.set("ratingMax", String(input.ratingMax));
  if (input.from) query.set("from", input.from);
  if (input.to) query.set("to", input.to);
  if (c.scope.clientIds.length === 1) query.set("clientId", c.scope.clientIds[0]!);
  return query.toString();
}

async function benchHttp(cases: SearchCase[], databaseUrl: string) {
  const portal = await startPortal(databaseUrl);
  try {
    const cookies = new Map<string, string>();
    for (const agencyId of new Set(cases.map((c) => c.scope.agencyId))) {
      const user = await db().user.create({ data: { email: `bench-${randomBytes(4).toString("hex")}@example.test`, name: "Bench", passwordHash: "unused" } });
      await db().membership.create({ data: { agencyId, userId: user.id, role: "owner" } });
      const token = await encode({ token: { sub: user.id, sid: await createUserSession(user.id) }, secret: process.env.NEXTAUTH_SECRET! });
      cookies.set(agencyId, `next-auth.session-token=${token}; portal-agency=${agencyId}`);
    }
    const all: number[] = [];
    const perCase = [];
    for (const c of cases) {
      const url = `${portal.url}/api/transcripts?${routeQuery(c)}`;
      const headers = { cookie: cookies.get(c.scope.agencyId)! };
      for (let i = 0; i < 2; i++) await (await fetch(url, { headers })).text();
      const samples: number[] = [];
      let status = 0;
      for (let i = 0; i < RUNS; i++) {
        const { ms, value } = await timed(async () => {
          const response = await fetch(url, { headers });
          await response.text();
          return response.status;
        });
        samples.push(ms);
        status = value;
      }
      if (status !== 200) throw new Error(`${c.name}: HTTP ${status}`);
      all.push(...samples);
      perCase.push({ name: c.name, ...summarize(samples) });
    }
    // A 100k-call export (20 clients of the big agency), streamed, with the server's memory watched.
    const big = cases[0]!.scope;
    const clients = (await db().clientAccount.findMany({ where: { agencyId: big.agencyId }, orderBy: { createdAt: "asc" }, take: 20, select: { id: true } })).map((c) => c.id);
    const exportUrl = `${portal.url}/api/transcripts/export?format=csv&${clients.map((id) => `clientId=${id}`).join("&")}`;
    log(`Exporting ${clients.length} clients' calls as CSV and JSON through the route…`);
    const exports = [];
    for (const format of ["csv", "json"] as const) {
      const result = await benchExport(exportUrl, cookies.get(big.agencyId)!, portal.pid, format);
      const rows = await db().transcript.count({ where: { clientId: { in: clients } } });
      exports.push({ ...result, rows, rowsPerSecond: Math.round(rows / result.seconds) });
    }
    return { overall: summarize(all), perCase, buildSeconds: portal.buildSeconds, serverHeapLimitMb: HTTP_HEAP_MB, exports };
  } finally {
    portal.stop();
  }
}

async function main() {
  const now = Date.now();
  const prepared = await prepare(now);
  const cases = searchCases(await material(now));
  log(`Timing ${cases.length} searches × ${RUNS} runs through searchTranscripts()…`);
  const fn = await benchFunction(cases);
  log(`  p50 ${fn.overall.p50} ms, p95 ${fn.overall.p95} ms, p99 ${fn.overall.p99} ms`);
  const http = values["no-http"] ? null : await benchHttp(cases, prepared.url);
  if (http) log(`  HTTP p50 ${http.overall.p50} ms, p95 ${http.overall.p95} ms`);
  log(`Timing the naive ILIKE scan (${NAIVE_RUNS} runs per text search)…`);
  const naive = await benchNaive(cases);
  const fnTextCases = fn.perCase.filter((_, i) => cases[i]!.naive !== null).map((c) => c.p95);
  const size = await db().$queryRaw<{ table: string; total: string }[]>(Prisma.sql`SELECT pg_size_pretty(pg_relation_size('"Transcript"')) AS "table", pg_size_pretty(pg_total_relation_size('"Transcript"')) AS total`);
  const result = {
    benchmark: "search",
    rows: prepared.rows,
    clients: CLIENTS,
    fillSeconds: prepared.fillSeconds,
    databaseSize: size[0],
    searches: cases.length,
    runsPerSearch: RUNS,
    function: fn,
    http,
    naive,
    speedup: { p50: Math.round(naive.overall.p50 / fn.overall.p50), p95: Math.round(naive.overall.p95 / fn.overall.p95), p95TextSearchesOnly: Math.round(naive.overall.p95 / Math.max(...fnTextCases)) },
    targets: { p95Ms: 30, p95Met: fn.overall.p95 <= 30, speedupMin: 100, speedupMet: naive.overall.p95 / fn.overall.p95 >= 100 },
    peakRssMb: peakRssMb(),
  };
  console.log(JSON.stringify(result, null, 2));
  await disconnectDb();
}

main().catch(async (error: unknown) => {
  console.error(`bench:search: ${(error as Error).stack ?? error}`);
  await disconnectDb().catch(() => {});
  process.exit(1);
});
