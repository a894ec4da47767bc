// `npm run bench:sync [-- --calls 100000 --accounts 20 --unchanged 100 --concurrency 4]`
// 1. Ingest: a simulator (its own process, per-plan rate limits on) holding `calls` calls across
//    `accounts` Professional accounts is synced into a fresh cache; prints calls per second.
// 2. Incremental: `unchanged` accounts with 3 agents each, synced once, then synced again with
//    nothing new; prints the upstream requests the second sync made (the simulator counts them).
// One JSON object on stdout, progress on stderr. Database: portal_bench_sync on the local server.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createClientAccount } from "@/lib/clients/service";
import { generateKeySpec } from "@/lib/crypto/keyring";
import { resetServerEnvForTests } from "@/lib/env";
import { db, disconnectDb } from "@/lib/db/client";
import { createOnCallClerkClient } from "@/lib/oncallclerk";
import { syncClient } from "@/lib/transcripts/sync/run-client";
import { freshDatabase } from "../bench/bench-db";
import { log, peakRssMb } from "../bench/stats";

const { values } = parseArgs({
  options: {
    calls: { type: "string", default: "100000" },
    accounts: { type: "string", default: "20" },
    unchanged: { type: "string", default: "100" },
    concurrency: { type: "string", default: "4" },
    port: { type: "string", default: "4970" },
  },
  strict: true,
});
const CALLS = Number(values.calls);
const ACCOUNTS = Number(values.accounts);
const UNCHANGED = Number(values.unchanged);
const CONCURRENCY = Number(values.concurrency);
const SIM = `http://127.0.0.1:${values.port}`;

process.env.ENCRYPTION_KEY ??= generateKeySpec("bench");
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.ONCALLCLERK_BASE_URL = SIM;

async function control(method: string, path: string, json?: unknown) {
  const response = await fetch(`${SIM}${path}`, { method, ...(json ? { headers: { "content-type": "application/json" }, body: JSON.stringify(json) } : {}) });
  if (!response.ok) throw new Error(`simulator ${method} ${path}: ${response.status}`);
  return ((await response.json()) as { data: unknown }).data;
}

async function startSimulatorProcess() {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/simulator.ts", "--port", values.port!], { stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${SIM}/__sim/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error("simulator did not start");
}

/** Runs `work` over `items`, `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(Array.from({ length: limit }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  }));
}

async function connectAccounts(agencyId: string, label: string, count: number) {
  const clients: { id: string; key: string }[] = [];
  for (let i = 0; i < count; i++) {
    const key = `sim_professional_${label}${String(i).padStart(4, "0")}${randomBytes(2).toString("hex")}`;
    const { client } = await createClientAccount(agencyId, { name: `${label} ${i}`, apiKey: key });
    clients.push({ id: client.id, key });
  }
  return clients;
}

async function ingest(agencyId: string) {
  const perAccount = Math.ceil(CALLS / ACCOUNTS);
  await control("PUT", "/__sim/config", { transcriptsPerAgent: perAccount });
  const clients = await connectAccounts(agencyId, "ingest", ACCOUNTS);
  const held = ((await control("GET", "/__sim/health")) as { calls: number }).calls;
  log(`Ingest: ${held.toLocaleString("en-GB")} calls in ${ACCOUNTS} accounts; syncing ${CONCURRENCY} accounts at a time…`);
  const started = process.hrtime.bigint();
  let requests = 0;
  await eachLimited(clients, CONCURRENCY, async (client) => {
    const outcome = await syncClient(agencyId, client.id);
    if (outcome.status !== "done") throw new Error(`ingest sync of ${client.key}: ${JSON.stringify(outcome)}`);
    if (outcome.status === "done") requests += outcome.pages;
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cached = await db().transcript.count({ where: { agencyId } });
  return { callsHeld: held, callsCached: cached, seconds: Math.round(seconds * 100) / 100, callsPerSecond: Math.round(cached / seconds), transcriptPageRequests: requests, pageSize: 100, concurrency: CONCURRENCY };
}

async function incremental(agencyId: string) {
  await control("PUT", "/__sim/config", { transcriptsPerAgent: 20 });
  const clients = await connectAccounts(agencyId, "steady", UNCHANGED);
  log(`Incremental: ${UNCHANGED} accounts × 3 agents…`);
  for (const client of clients) {
    const oncallclerk = createOnCallClerkClient({ apiKey: client.key, baseUrl: SIM });
    const [first] = await oncallclerk.agents.list();
    for (const name of ["Bookings", "After hours"]) {
      const agent = await oncallclerk.agents.create({ business_name: first!.business_name!, agent_name: name, voice_id: first!.voice_id!, greeting: "Hello!", system_prompt: "Be helpful." });
      await control("POST", `/__sim/accounts/${client.key}/agents/${agent.id}/calls`, { count: 20 });
    }
  }
  await eachLimited(clients, CONCURRENCY, async (client) => void (await syncClient(agencyId, client.id)));
  for (const client of clients) await control("DELETE", `/__sim/accounts/${client.key}/requests`);
  const started = process.hrtime.bigint();
  await eachLimited(clients, CONCURRENCY, async (client) => {
    const outcome = await syncClient(agencyId, client.id);
    if (outcome.status !== "done" || outcome.added !== 0) throw new Error(`incremental sync of ${client.key}: ${JSON.stringify(outcome)}`);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let upstreamRequests = 0;
  const byRoute: Record<string, number> = {};
  for (const client of clients) {
    const dump = (await control("GET", `/__sim/accounts/${client.key}`)) as { requests: Record<string, number> };
    for (const [route, n] of Object.entries(dump.requests)) {
      upstreamRequests += n;
      byRoute[route] = (byRoute[route] ?? 0) + n;
    }
  }
  return { accounts: UNCHANGED, agentsPerAccount: 3, upstreamRequests, byRoute, seconds: Math.round(seconds * 100) / 100, target: UNCHANGED * 3, met: upstreamRequests === UNCHANGED * 3 };
}

async function main() {
  const simulator = await startSimulatorProcess();
  try {
    await freshDatabase("portal_bench_sync");
    resetServerEnvForTests();
    const agency = await db().agency.create({ data: { name: "Bench sync agency" } });
    const ingestResult = await ingest(agency.id);
    log(`  ${ingestResult.callsPerSecond.toLocaleString("en-GB")} calls/s`);
    const ingestPeak = peakRssMb();
    const incrementalResult = await incremental(agency.id);
    log(`  ${incrementalResult.upstreamRequests} upstream requests for ${UNCHANGED * 3} agents`);
    console.log(JSON.stringify({
      benchmark: "sync",
      ingest: { ...ingestResult, target: 5000, met: ingestResult.callsPerSecond >= 5000, peakRssMb: ingestPeak },
      incremental: { ...incrementalResult, peakRssMb: peakRssMb() },
    }, null, 2));
  } finally {
    simulator.kill("SIGTERM");
    await disconnectDb();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:sync: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
