// The audit log in Chromium: a change made in the portal appears as a readable line, unfolds to its
// before/after, the filters apply as they change (and carry into the CSV link), and the download
// is the filtered log.
import { expect, test } from "@playwright/test";
import { addClient, signUp, uniqueSuffix } from "./support";

test("a rename and a key replacement show in the audit log, filterable and downloadable", async ({ page }) => {
  const owner = await signUp(page, `Audit Agency ${uniqueSuffix()}`);
  const clientId = await addClient(page, "Harbour Vets", `sim_growth_audit${uniqueSuffix()}`);
  await page.goto(`/clients/${clientId}/settings`);
  await page.getByLabel("Client name").fill("Harbour Veterinary");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Client renamed.")).toBeVisible();
  const newKey = `sim_growth_audit2${uniqueSuffix()}`;
  await page.getByLabel("New API key").fill(newKey);
  await page.getByRole("button", { name: "Replace key" }).click();
  await expect(page.getByText("API key replaced and verified.")).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  const rename = page.locator(".audit-event", { hasText: `${owner.name} changed the name of Harbour Veterinary from “Harbour Vets” to “Harbour Veterinary”` });
  await expect(rename).toBeVisible();
  await expect(page.locator(".audit-event", { hasText: `${owner.name} replaced the OnCallClerk key of Harbour Veterinary (…` })).toBeVisible();
  await expect(page.locator(".audit-event", { hasText: `${owner.name} added the client Harbour Vets` })).toBeVisible();
  await expect(page.locator(".audit-event", { hasText: `${owner.name} signed in` }).first()).toBeVisible();
  await expect(page.getByText(newKey)).toHaveCount(0);

  // Unfolds with the keyboard to the full before/after.
  await rename.locator("summary").focus();
  await page.keyboard.press("Enter");
  const table = rename.getByRole("table");
  await expect(table.getByRole("row", { name: /name Harbour Vets Harbour Veterinary/ })).toBeVisible();

  // A filter applies as soon as it changes, and the CSV link carries it.
  await page.getByLabel("Action").selectOption({ label: "Replaced a client's OnCallClerk key" });
  await expect(page).toHaveURL(/action=client\.key_replace/);
  await expect(page.locator(".audit-event")).toHaveCount(1);
  const csvLink = page.getByRole("link", { name: "Download CSV" });
  await expect(csvLink).toHaveAttribute("href", "/api/audit/export?action=client.key_replace");
  const csv = await (await page.request.get((await csvLink.getAttribute("href"))!)).text();
  const rows = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain("client.key_replace");
  expect(csv).not.toContain(newKey);

  // Days in the future match nothing: the empty state, and a way back.
  await page.getByLabel("From").fill("2999-01-01");
  await expect(page.getByRole("heading", { name: "No events match" })).toBeVisible();
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.locator(".audit-event").first()).toBeVisible();
});
