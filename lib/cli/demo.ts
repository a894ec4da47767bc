// `npm run demo`: the whole portal on this machine with zero setup — embedded database (or
// DATABASE_URL), the OnCallClerk simulator, a seeded demo agency, and `next dev` on PORT (3000).
import { disconnectDb } from "@/lib/db/client";
import { DEMO_CLIENTS, DEMO_USER, seedDemo } from "@/lib/demo/seed";
import { createOnCallClerkClient } from "@/lib/oncallclerk";
import { startSimulator } from "@/lib/simulator";
import { applyLocalSecrets } from "./local-secrets";
import { prepareDatabase, runNext } from "./portal-process";

async function startDemoSimulator() {
  const preferred = Number(process.env.SIMULATOR_PORT ?? 4010);
  for (let port = preferred; port < preferred + 20; port++) {
    try {
      return await startSimulator({ port, arrivalsPerMinute: 2 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    }
  }
  return startSimulator({ port: 0, arrivalsPerMinute: 2 });
}

/** A second agent on the Professional client, so the demo shows more than the default one. */
async function addDemoAgents(simulatorUrl: string) {
  const harbor = DEMO_CLIENTS[2];
  const oncallclerk = createOnCallClerkClient({ apiKey: harbor.apiKey, baseUrl: simulatorUrl });
  const agents = await oncallclerk.agents.list();
  if (agents.length > 1) return;
  await oncallclerk.agents.create({
    business_name: "Harbor Law Group",
    agent_name: "After-hours intake",
    voice_id: "KR1TkIhkSykEjI4B0DtH",
    greeting: "Harbor Law Group, after-hours line. How can I help?",
    system_prompt: "You take messages for Harbor Law Group outside office hours. Collect name, number and the matter.",
    escalation_policy: "requested",
    forwarding_number: "+14155550142",
    business_hours: {
      enabled: true,
      timezone: "America/Los_Angeles",
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
    faq: [{ question: "Do you offer free consultations?", answer: "Yes, the first 30 minutes are free." }],
  });
}

async function waitForPortal(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 240; attempt++) {
    const ok = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

async function main() {
  applyLocalSecrets();
  const database = await prepareDatabase();
  const simulator = await startDemoSimulator();
  process.env.ONCALLCLERK_BASE_URL = simulator.url;
  console.log(`OnCallClerk simulator: ${simulator.url} (new calls arrive every ~30 s)`);
  await addDemoAgents(simulator.url);
  const { createdUser } = await seedDemo();
  await disconnectDb();

  const port = process.env.PORT ?? "3000";
  const portalUrl = `http://localhost:${port}`;
  const banner = [
    "",
    "──────────────────────────────────────────────────────────────",
    `  OnCallClerk Agency Portal (demo)   ${portalUrl}`,
    `  Sign in:  ${DEMO_USER.email}  /  ${DEMO_USER.password}${createdUser ? "" : "   (existing demo data reused)"}`,
    `  Clients:  ${DEMO_CLIENTS.map((client) => client.name).join(", ")}`,
    `  Try adding a client with a simulator key, e.g. sim_professional_mynewclient1`,
    "──────────────────────────────────────────────────────────────",
    "",
  ].join("\n");
  console.log(banner);
  runNext("dev", database);
  if (await waitForPortal(portalUrl)) console.log(`${banner}  Ready.\n`);
}

main().catch((error: Error) => {
  console.error(`Demo failed to start: ${error.message}`);
  process.exit(1);
});
