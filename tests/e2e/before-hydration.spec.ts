// Before React hydrates, a form's onSubmit is not attached yet: a native submit must never put what
// was typed (passwords, API keys) into the URL, where server logs and browser history would keep it.
// The page's JavaScript is blocked, so it never hydrates.
import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueSuffix } from "./support";

async function blockScripts(page: Page) {
  await page.route("**/_next/static/**", (route) => (route.request().resourceType() === "script" ? route.abort() : route.continue()));
}

/** Presses Enter in `field`, then forces a native submit; the secret must reach neither a URL nor a page. */
async function submitWithoutJs(page: Page, field: string, secret: string) {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  await expect(page.locator("button[type=submit]")).toBeDisabled();
  await page.getByLabel(field).press("Enter");
  await page.waitForTimeout(500);
  const response = page.waitForResponse((candidate) => candidate.request().resourceType() === "document");
  await page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector("form.form")));
  const answered = await response;
  expect(answered.request().method()).toBe("POST");
  expect(await answered.text()).not.toContain(secret);
  expect(page.url()).not.toContain(secret);
  expect(urls.filter((url) => url.includes(secret))).toEqual([]);
}

test("sign-in before hydration keeps the password out of the URL", async ({ page }) => {
  await blockScripts(page);
  await page.goto("/sign-in");
  const password = `pw-${uniqueSuffix()}-secret`;
  await page.getByLabel("Email").fill(`nobody-${uniqueSuffix()}@agency.test`);
  await page.getByLabel("Password").fill(password);
  await submitWithoutJs(page, "Password", password);
});

test("adding a client before hydration keeps the API key out of the URL", async ({ page }) => {
  await signUp(page, `Agency ${uniqueSuffix()}`);
  await blockScripts(page);
  await page.goto("/clients/new");
  const apiKey = `sim_growth_prehydration${uniqueSuffix()}`;
  await page.getByLabel("Client name").fill("Early Bird Bakery");
  await page.getByLabel("OnCallClerk API key").fill(apiKey);
  await submitWithoutJs(page, "OnCallClerk API key", apiKey);
  const clients = await (await page.request.get("/api/clients")).text();
  expect(clients).not.toContain("Early Bird Bakery");
});
