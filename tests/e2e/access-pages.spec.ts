// The access matrix for pages: every page × every role × a client they are assigned to ("own"), one
// of their agency they are not ("unassigned") and another agency's ("foreign"), loaded in Chromium
// from `next start`. Allowed: 200; a client they cannot see: 404; what their role does not include: 403.
// (Route handlers have the same matrix in tests/integration/access-matrix.test.ts.)
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type BrowserContext } from "@playwright/test";
import type pg from "pg";
import { agencyOf, e2eDatabase, memberContext, ownerContext, seededClient, type Role, type SeededClient } from "./team-seed";

type Target = "own" | "unassigned" | "foreign";
const ROLES: Role[] = ["owner", "admin", "member", "viewer", "client_user"];
const EVERYONE = ROLES;
const STAFF: Role[] = ["owner", "admin", "member", "viewer"];
const WORKERS: Role[] = ["owner", "admin", "member"];
const MANAGERS: Role[] = ["owner", "admin"];

interface PageRow {
  /** The page file under app/, for the completeness check. */
  file: string;
  path: (client: SeededClient) => string;
  allowed: Role[];
  /** Pages about one client are checked on all three targets; agency pages once. */
  perClient: boolean;
}

const client = (rest: string) => (c: SeededClient) => `/clients/${c.id}${rest}`;
const agent = (rest: string) => (c: SeededClient) => `/clients/${c.id}/agents/${c.agentId}${rest}`;

const PAGES: PageRow[] = [
  { file: "(portal)/page.tsx", path: () => "/", allowed: EVERYONE, perClient: false },
  { file: "(portal)/analytics/page.tsx", path: () => "/analytics", allowed: EVERYONE, perClient: false },
  { file: "(portal)/transcripts/page.tsx", path: () => "/transcripts", allowed: EVERYONE, perClient: false },
  { file: "(portal)/bulk/page.tsx", path: () => "/bulk", allowed: WORKERS, perClient: false },
  { file: "(portal)/templates/page.tsx", path: () => "/templates", allowed: STAFF, perClient: false },
  { file: "(portal)/audit/page.tsx", path: () => "/audit", allowed: WORKERS, perClient: false },
  { file: "(portal)/members/page.tsx", path: () => "/members", allowed: MANAGERS, perClient: false },
  { file: "(portal)/settings/agency/page.tsx", path: () => "/settings/agency", allowed: MANAGERS, perClient: false },
  { file: "(portal)/settings/tokens/page.tsx", path: () => "/settings/tokens", allowed: EVERYONE, perClient: false },
  { file: "(portal)/clients/new/page.tsx", path: () => "/clients/new", allowed: MANAGERS, perClient: false },
  { file: "(portal)/transcripts/[transcriptId]/page.tsx", path: (c) => `/transcripts/${c.transcriptId}`, allowed: EVERYONE, perClient: true },
  { file: "(portal)/clients/[clientId]/page.tsx", path: client(""), allowed: EVERYONE, perClient: true },
  { file: "(portal)/clients/[clientId]/agents/(list)/page.tsx", path: client("/agents"), allowed: EVERYONE, perClient: true },
  { file: "(portal)/clients/[clientId]/agents/new/page.tsx", path: client("/agents/new"), allowed: WORKERS, perClient: true },
  { file: "(portal)/clients/[clientId]/agents/[agentId]/page.tsx", path: agent(""), allowed: EVERYONE, perClient: true },
  { file: "(portal)/clients/[clientId]/agents/[agentId]/edit/page.tsx", path: agent("/edit"), allowed: ["owner", "admin", "member", "client_user"], perClient: true },
  { file: "(portal)/clients/[clientId]/calls/page.tsx", path: client("/calls"), allowed: EVERYONE, perClient: true },
  { file: "(portal)/clients/[clientId]/analytics/page.tsx", path: client("/analytics"), allowed: EVERYONE, perClient: true },
  { file: "(portal)/clients/[clientId]/numbers/page.tsx", path: client("/numbers"), allowed: EVERYONE, perClient: true },
  { file: "(portal)/clients/[clientId]/bundles/page.tsx", path: client("/bundles"), allowed: EVERYONE, perClient: true },
  { file: "(portal)/clients/[clientId]/account/page.tsx", path: client("/account"), allowed: EVERYONE, perClient: true },
  { file: "(portal)/clients/[clientId]/settings/page.tsx", path: client("/settings"), allowed: MANAGERS, perClient: true },
];

/** Pages anyone may open, signed in or not: not part of the role matrix. */
const PUBLIC_PAGES = ["(auth)/sign-in/page.tsx", "(auth)/sign-up/page.tsx", "(auth)/invite/[token]/page.tsx"];

function expectedStatus(row: PageRow, role: Role, target: Target): number {
  const seesEveryClient = role === "owner" || role === "admin";
  if (target === "foreign" || (target === "unassigned" && !seesEveryClient)) return 404;
  return row.allowed.includes(role) ? 200 : 403;
}

test.describe.configure({ mode: "serial" });

let db: pg.Client;
const contexts = new Map<Role, BrowserContext>();
let clients: Record<Target, SeededClient>;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  db = e2eDatabase();
  await db.connect();
  const owner = await ownerContext(browser, "pages");
  const outsider = await ownerContext(browser, "pages-outsider");
  const agencyId = await agencyOf(db, owner.email);
  clients = {
    own: await seededClient(owner.context.request, db, "Own Dental"),
    unassigned: await seededClient(owner.context.request, db, "Unassigned Plumbing"),
    foreign: await seededClient(outsider.context.request, db, "Foreign Vets"),
  };
  await outsider.context.close();
  contexts.set("owner", owner.context);
  contexts.set("admin", await memberContext(browser, db, agencyId, "admin", []));
  contexts.set("member", await memberContext(browser, db, agencyId, "member", [clients.own.id]));
  contexts.set("viewer", await memberContext(browser, db, agencyId, "viewer", [clients.own.id]));
  contexts.set("client_user", await memberContext(browser, db, agencyId, "client_user", [clients.own.id], ["view_calls", "view_usage", "view_agents", "edit_hours_faq"]));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  await db?.end();
});

test("every page is in the matrix", () => {
  const appDir = path.resolve(import.meta.dirname, "..", "..", "app");
  const pages = (readdirSync(appDir, { recursive: true }) as string[]).filter((file) => path.basename(file) === "page.tsx").map((file) => file.split(path.sep).join("/"));
  const covered = new Set([...PAGES.map((row) => row.file), ...PUBLIC_PAGES]);
  expect(pages.filter((file) => !covered.has(file))).toEqual([]);
});

for (const row of PAGES) {
  test(`${row.file}`, async () => {
    test.setTimeout(120_000);
    const mismatches: string[] = [];
    for (const role of ROLES) {
      const page = await contexts.get(role)!.newPage();
      for (const target of row.perClient ? (["own", "unassigned", "foreign"] as const) : (["own"] as const)) {
        const url = row.path(clients[target]);
        const response = await page.goto(url);
        const expected = expectedStatus(row, role, target);
        if (response?.status() !== expected) mismatches.push(`${role} on ${target} ${url}: ${response?.status()} (expected ${expected})`);
        // An allowed page is the page, not an error inside a 200.
        if (expected === 200 && (await page.getByRole("heading", { name: /page not found|not part of your role/i }).count()) > 0) mismatches.push(`${role} on ${target} ${url}: error page`);
      }
      await page.close();
    }
    expect(mismatches).toEqual([]);
  });
}
