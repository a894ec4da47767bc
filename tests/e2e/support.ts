import { expect, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";

export const SIMULATOR_URL = `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? 4411}`;

export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

/** Signs up a brand-new agency owner through the UI and lands on the (empty) agency home. */
export async function signUp(page: Page, agencyName: string) {
  const suffix = uniqueSuffix();
  const user = { name: `Owner ${suffix}`, email: `owner-${suffix}@agency.test`, password: `pw-${suffix}-long-enough`, agencyName };
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(user.name);
  await page.getByLabel("Work email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByLabel("Agency name").fill(agencyName);
  await page.getByRole("button", { name: "Create agency" }).click();
  await expect(page.getByRole("heading", { name: "Clients", exact: true })).toBeVisible();
  return user;
}

/** Adds a client through the "Add client" form and waits for its agents page. */
export async function addClient(page: Page, name: string, apiKey: string, country?: string) {
  await page.goto("/clients/new");
  await page.getByLabel("Client name").fill(name);
  await page.getByLabel("OnCallClerk API key").fill(apiKey);
  if (country) await page.getByLabel("Country").selectOption(country);
  await page.getByRole("button", { name: "Add client" }).click();
  await page.waitForURL(/\/clients\/[^/]+\/agents$/);
  const clientId = /\/clients\/([^/]+)\/agents$/.exec(page.url())![1]!;
  return clientId;
}
