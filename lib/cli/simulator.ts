// `npm run simulator`: the OnCallClerk simulator on a fixed port for local development and demos.
// Flags: --port N (default 4010 or SIMULATOR_PORT), --latency MS, --error-rate F, --html-error-rate F,
// --no-rate-limit, --arrivals-per-minute N, --deletions-per-minute N. Control API: see lib/simulator/server.ts.
import { parseArgs } from "node:util";
import { EXAMPLE_KEYS, startSimulator } from "../simulator";

function num(flag: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n < min || n > max) {
    console.error(`simulator: --${flag} must be a number between ${min} and ${max} (got "${raw}")`);
    process.exit(2);
  }
  return n;
}

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    latency: { type: "string" },
    "error-rate": { type: "string" },
    "html-error-rate": { type: "string" },
    "no-rate-limit": { type: "boolean", default: false },
    "arrivals-per-minute": { type: "string" },
    "deletions-per-minute": { type: "string" },
  },
  strict: true,
});

const sim = await startSimulator({
  port: num("port", values.port ?? process.env.SIMULATOR_PORT ?? "4010", 0, 65535),
  latencyMs: num("latency", values.latency, 0, 60_000),
  errorRate: num("error-rate", values["error-rate"], 0, 1),
  htmlErrorRate: num("html-error-rate", values["html-error-rate"], 0, 1),
  rateLimit: !values["no-rate-limit"],
  arrivalsPerMinute: num("arrivals-per-minute", values["arrivals-per-minute"], 0, 60_000),
  deletionsPerMinute: num("deletions-per-minute", values["deletions-per-minute"], 0, 60_000),
});

const keys = Object.entries(EXAMPLE_KEYS).map(([plan, key]) => `${plan}=${key}`).join(" ");
console.log(`OnCallClerk simulator listening on ${sim.url} (control: ${sim.url}/__sim/health); keys: any sim_<plan>_<4-64 alnum>, e.g. ${keys}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  await sim.close();
  console.log(`simulator stopped (${signal})`);
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
