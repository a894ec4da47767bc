// People in every role for the browser tests, made the quick way: signed up through the API, then
// moved into the agency under test with their role and assignments written straight to the database
// (the members pages are tested on their own). Also the ids the page matrix needs.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import pg from "pg";
import { e2eStateFile } from "./state-file";

export type Role = "owner" | "admin" | "member" | "viewer" | "client_user";

export function e2eDatabase(): pg.Client {
  const { databaseUrl } = JSON.parse(readFileSync(e2eStateFile(), "utf8")) as { databaseUrl: string };
  return new pg.Client({ connectionString: databaseUrl });
}

const PASSWORD = "matrix-password-1";

/** A browser context signed in as a new user who owns a new agency. */
export async function ownerContext(browser: Browser, label: string): Promise<{ context: BrowserContext; email: string }> {
  const email = `${label}-${randomBytes(4).toString("hex")}@agency.test`;
  const context = await browser.newContext();
  const signup = await context.request.post("/api/auth/signup", { data: { name: `${label} owner`, email, password: PASSWORD, agencyName: `${label} agency` } });
  expect(signup.status()).toBe(201);
  await signIn(context, email);
  return { context, email };
}

export async function signIn(context: BrowserContext, email: string): Promise<void> {
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.close();
}

/** A new person in `agencyId` with `role`, assigned to `clientIds`, signed in. */
export async function memberContext(browser: Browser, db: pg.Client, agencyId: string, role: Role, clientIds: string[], grants: string[] = []): Promise<BrowserContext> {
  const email = `${role}-${randomBytes(4).toString("hex")}@agency.test`;
  const context = await browser.newContext();
  const signup = await context.request.post("/api/auth/signup", { data: { name: `${role} person`, email, password: PASSWORD, agencyName: "Left behind" } });
  expect(signup.status()).toBe(201);
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  const userId = rows[0]!.id;
  // The agency sign-up made for them goes (with that membership); they join ours instead.
  await db.query(`DELETE FROM "Agency" WHERE id IN (SELECT "agencyId" FROM "Membership" WHERE "userId" = $1)`, [userId]);
  const membershipId = `m_${randomBytes(8).toString("hex")}`;
  await db.query(
    `INSERT INTO "Membership" (id, "agencyId", "userId", role, "allClients", "clientGrants", "updatedAt") VALUES ($1, $2, $3, $4::"Role", false, $5::"ClientGrant"[], now())`,
    [membershipId, agencyId, userId, role, grants],
  );
  for (const clientId of clientIds) {
    await db.query(`INSERT INTO "MembershipClient" ("membershipId", "clientId", "agencyId") VALUES ($1, $2, $3)`, [membershipId, clientId, agencyId]);
  }
  await signIn(context, email);
  return context;
}

export async function agencyOf(db: pg.Client, email: string): Promise<string> {
  const { rows } = await db.query<{ agencyId: string }>(`SELECT m."agencyId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`, [email]);
  return rows[0]!.agencyId;
}

export interface SeededClient {
  id: string;
  agentId: string;
  transcriptId: string;
}

/** A client with a fresh simulator key, its calls synced, through the API as `request`'s owner. */
export async function seededClient(request: APIRequestContext, db: pg.Client, name: string): Promise<SeededClient> {
  const created = await request.post("/api/clients", { data: { name, apiKey: `sim_enterprise_${randomBytes(6).toString("hex")}` } });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { data: { id: string } }).data.id;
  const agents = (await (await request.get(`/api/clients/${id}/agents`)).json()) as { data: { id: string }[] };
  expect((await request.post(`/api/clients/${id}/sync`)).status()).toBe(202);
  await expect.poll(async () => ((await (await request.get(`/api/clients/${id}/sync`)).json()) as { data: { state: string } }).data.state, { timeout: 30_000 }).not.toBe("running");
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Transcript" WHERE "clientId" = $1 LIMIT 1`, [id]);
  return { id, agentId: agents.data[0]!.id, transcriptId: rows[0]!.id };
}
