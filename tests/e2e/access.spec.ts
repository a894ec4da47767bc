// Anonymous visitors are sent to sign-in; a user of another agency gets 404 for a client's pages and
// API routes (never 403, which would confirm the client exists).
import { expect, test } from "@playwright/test";
import { addClient, signUp, uniqueSuffix } from "./support";

test("anonymous pages redirect to sign-in and anonymous API calls get 401", async ({ page }) => {
  const signIn = await page.goto("/sign-in");
  expect(signIn?.headers()["x-frame-options"]).toBe("DENY");
  expect(signIn?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await page.goto("/clients/new");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fclients%2Fnew/);
  const response = await page.request.get("/api/clients");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthenticated");
  expect((await page.request.get("/api/health")).status()).toBe(200);
});

test("a wrong password gets one generic message", async ({ page }) => {
  const user = await signUp(page, `Agency ${uniqueSuffix()}`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText("You are signed out.")).toBeVisible();
  for (const [email, password] of [[user.email, "wrong-password-123"], [`nobody-${uniqueSuffix()}@agency.test`, "whatever-123"]]) {
    await page.getByLabel("Email").fill(email!);
    await page.getByLabel("Password").fill(password!);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("Email or password is incorrect.");
  }
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Clients", exact: true })).toBeVisible();
});

test("another agency's user gets 404 for the client's pages and API routes", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signUp(owner, `Owner Agency ${uniqueSuffix()}`);
  const clientId = await addClient(owner, "Private Plumbing", `sim_growth_private${uniqueSuffix()}`);
  const agentHref = await owner.getByRole("table").getByRole("link").first().getAttribute("href");
  expect(agentHref).toBeTruthy();
  // An agent the client does not have is a real 404 (not a 200 "soft 404"), shown inside the portal.
  const missingAgent = await owner.goto(`/clients/${clientId}/agents/agt_doesnotexist`);
  expect(missingAgent?.status()).toBe(404);
  await expect(owner.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(owner.getByRole("navigation", { name: "Main" })).toBeVisible();

  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await signUp(outsider, `Outsider Agency ${uniqueSuffix()}`);
  for (const path of [`/clients/${clientId}/agents`, `/clients/${clientId}/settings`, `/clients/${clientId}`, agentHref!]) {
    const response = await outsider.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(outsider.getByText("Private Plumbing")).toHaveCount(0);
  }
  const agentId = agentHref!.split("/").pop()!;
  for (const [method, path] of [
    ["GET", `/api/clients/${clientId}`],
    ["PATCH", `/api/clients/${clientId}`],
    ["DELETE", `/api/clients/${clientId}`],
    ["GET", `/api/clients/${clientId}/agents`],
    ["GET", `/api/clients/${clientId}/agents/${agentId}`],
  ] as const) {
    const response = await outsider.request.fetch(path, { method, data: method === "PATCH" ? { name: "Hijacked" } : undefined });
    expect(response.status(), `${method} ${path}`).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  }
  // The owner twin: still there, unchanged, and still works.
  await owner.goto(`/clients/${clientId}/agents`);
  await expect(owner.getByRole("heading", { name: "Private Plumbing" })).toBeVisible();
  await ownerContext.close();
  await outsiderContext.close();
});

test("signing out ends the session on the server: the old cookie no longer works", async ({ browser, page }) => {
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toBeTruthy();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();

  // Someone who copied the cookie before sign-out gets nothing with it.
  const copied = await browser.newContext();
  await copied.addCookies([session!]);
  const response = await copied.request.get("/api/clients");
  expect(response.status()).toBe(401);
  await copied.close();
});

test("ten wrong passwords lock the email for a while, with a clear message", async ({ page }) => {
  const user = await signUp(page, `Agency ${uniqueSuffix()}`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("Email or password is incorrect.");
  }
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("Too many failed sign-ins for this email. Try again in 15 minutes.");
});
