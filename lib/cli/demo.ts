// `npm run demo`: the whole portal on this machine with zero setup — embedded database (or
// DATABASE_URL), the OnCallClerk simulator, a seeded demo agency, and `next dev` on PORT (3000, or
// the next free port).
import { disconnectDb } from "@/lib/db/client";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { DEMO_CLIENTS, DEMO_LAW_FIRM, DEMO_USER, seedDemo } from "@/lib/demo/seed";
import { DEMO_TEAM } from "@/lib/demo/team";
import { createOnCallClerkClient } from "@/lib/oncallclerk";
import { firstFreePort, isPortFreeForServer } from "@/lib/ports";
import { startSimulator } from "@/lib/simulator";
import { applyLocalSecrets } from "./local-secrets";
import { prepareDatabase, runNext } from "./portal-process";

// About one new call every five minutes per agent: the demo shows activity without running through a
// plan's minutes while it is left open.
const ARRIVALS_PER_MINUTE = 0.2;
// A month or two of calls per agent: enough for search and the charts to have something to say.
const DEMO_CALLS_PER_AGENT = 150;

async function startDemoSimulator() {
  const preferred = Number(process.env.SIMULATOR_PORT ?? 4010);
  for (let port = preferred; port < preferred + 20; port++) {
    try {
      return await startSimulator({ port, arrivalsPerMinute: ARRIVALS_PER_MINUTE, transcriptsPerAgent: DEMO_CALLS_PER_AGENT });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    }
  }
  return startSimulator({ port: 0, arrivalsPerMinute: ARRIVALS_PER_MINUTE, transcriptsPerAgent: DEMO_CALLS_PER_AGENT });
}

/** PORT if nobody listens there, else the next free one: another server's answer is not our portal. */
async function pickPortalPort(preferred: number): Promise<number> {
  const port = await firstFreePort(preferred, 20, isPortFreeForServer);
  if (port === null) throw new Error(`no free port between ${preferred} and ${preferred + 19}; set PORT`);
  return port;
}

/** A second agent on the Professional client (a law firm), so the demo shows more than the default one. */
async function addDemoAgents(simulatorUrl: string) {
  const oncallclerk = createOnCallClerkClient({ apiKey: DEMO_LAW_FIRM.apiKey, baseUrl: simulatorUrl });
  const agents = await oncallclerk.agents.list();
  if (agents.length > 1) return;
  const firm = DEMO_LAW_FIRM.name;
  await oncallclerk.agents.create({
    business_name: firm,
    agent_name: "After-hours intake",
    voice_id: "KR1TkIhkSykEjI4B0DtH",
    greeting: `${firm}, after-hours line. How can I help?`,
    system_prompt: `You take messages for ${firm} outside office hours. Collect the caller's name, number and what their matter is about; never give legal advice.`,
    escalation_policy: "requested",
    forwarding_number: "+17045550142",
    business_hours: {
      enabled: true,
      timezone: "America/New_York",
      schedule: {
        monday: { open: "17:00", close: "23:00", enabled: true },
        tuesday: { open: "17:00", close: "23:00", enabled: true },
        wednesday: { open: "17:00", close: "23:00", enabled: true },
        thursday: { open: "17:00", close: "23:00", enabled: true },
        friday: { open: "17:00", close: "23:00", enabled: true },
        saturday: { open: "10:00", close: "16:00", enabled: true },
        sunday: { open: "00:00", close: "00:00", enabled: false },
      },
    },
    faq: [{ question: "Is the first consultation free?", answer: "Yes, the first 30-minute consultation is free of charge." }],
  });
}

/** True once this portal's health endpoint answers (the port was free when we chose it). */
async function waitForPortal(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 240; attempt++) {
    const ok = await fetch(`${url}/api/health`)
      .then((response) => (response.ok ? (response.json() as Promise<{ data?: { status?: string } }>) : null))
      .then((body) => body?.data?.status === "ok", () => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

async function main() {
  applyLocalSecrets();
  const embedded = !process.env.DATABASE_URL;
  const database = await prepareDatabase();
  const simulator = await startDemoSimulator();
  process.env.ONCALLCLERK_BASE_URL = simulator.url;
  console.log(`OnCallClerk simulator: ${simulator.url} (its usage and calls live in memory and start afresh with each demo run)`);
  await addDemoAgents(simulator.url);
  const { createdUser } = await seedDemo();
  await disconnectDb();

  const preferred = Number(process.env.PORT ?? 3000);
  const port = await pickPortalPort(preferred);
  if (port !== preferred) console.log(`Port ${preferred} is in use; the portal will use port ${port}.`);
  process.env.PORT = String(port);
  const portalUrl = `http://localhost:${port}`;
  console.log(`Starting the portal on ${portalUrl} …`);
  await runNext("dev", database);
  if (!(await waitForPortal(portalUrl))) {
    console.error(`The portal did not answer on ${portalUrl}/api/health within two minutes.`);
    return;
  }
  console.log(
    [
      "",
      "──────────────────────────────────────────────────────────────",
      `  OnCallClerk Agency Portal (demo)   ${portalUrl}`,
      `  Sign in:  ${DEMO_USER.email}  /  ${DEMO_USER.password}   (owner)`,
      ...DEMO_TEAM.map((person) => `            ${person.email}  /  ${DEMO_USER.password}   (${ROLE_LABELS[person.role].toLowerCase()}: ${person.about})`),
      createdUser
        ? `  Clients:  ${DEMO_CLIENTS.map((client) => client.name).join(", ")}`
        : `  Existing demo data reused${embedded ? " (delete .data/ to start afresh)" : ""}.`,
      "  Try adding a client with a simulator key, e.g. sim_professional_mynewclient1",
      "──────────────────────────────────────────────────────────────",
      "",
    ].join("\n"),
  );
}

main().catch((error: Error) => {
  console.error(`Demo failed to start: ${error.message}`);
  process.exit(1);
});
