// The client's OnCallClerk account from the Account tab: edit the profile (only changed fields are
// sent; a personal number typed nationally comes back in E.164), then delete the whole account
// with the client's name typed out, which also removes the client from the portal.
import { expect, test } from "@playwright/test";
import { addClient, signUp, SIMULATOR_URL, uniqueSuffix } from "./support";

test("edit the profile with partial updates, then delete the OnCallClerk account", async ({ page }) => {
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const apiKey = `sim_growth_account${uniqueSuffix()}`;
  const clientId = await addClient(page, "Account Bakery", apiKey);
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "OnCallClerk account profile" })).toBeVisible();

  const save = page.getByRole("button", { name: "Save profile" });
  await expect(save).toBeDisabled(); // nothing changed yet
  await page.getByLabel("First name", { exact: true }).fill("Priya");
  await page.getByLabel("Personal number", { exact: true }).fill("(415) 867-5309");
  await page.getByLabel("Time zone", { exact: true }).selectOption("Europe/London");
  // By keyboard: a mouse click can land where the switch was before the unsaved-changes bar moved
  // the page (a flake seen once in five runs); Space on the focused switch cannot miss.
  const weekly = page.getByRole("switch", { name: /Weekly reports/ });
  const wasOn = await weekly.isChecked();
  await weekly.press("Space");
  await expect(weekly).toBeChecked({ checked: !wasOn });
  await expect(page.getByText("4 unsaved changes")).toBeVisible();

  const sent = page.waitForRequest((request) => request.method() === "PUT" && request.url().endsWith(`/api/clients/${clientId}/user`));
  await save.click();
  const body = (await sent).postDataJSON() as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(["firstName", "personalPhoneNumber", "timezone", "weeklyReports"]);
  expect(body.personalPhoneNumber).toBe("(415) 867-5309"); // normalized by our server, not the browser
  await expect(page.getByText("Profile saved (4 changes).")).toBeVisible();
  // The number typed nationally is shown as OnCallClerk stored it: E.164.
  await expect(page.getByLabel("Personal number", { exact: true })).toHaveValue("+14158675309");
  await expect(page.getByText("No unsaved changes")).toBeVisible();
  const stored = (await (await page.request.get(`${SIMULATOR_URL}/__sim/accounts/${apiKey}`)).json()).data.profile;
  expect(stored).toMatchObject({ firstName: "Priya", personalPhoneNumber: "+14158675309", timezone: "Europe/London" });

  // A bad number is refused with a clear message on its field; nothing is sent upstream.
  await page.getByLabel("Personal number", { exact: true }).fill("12");
  await save.click();
  await expect(page.getByLabel("Personal number", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("That is too short to be a phone number")).toBeVisible();
  await page.getByRole("button", { name: "Discard" }).click();

  await page.reload();
  await expect(page.getByLabel("First name", { exact: true })).toHaveValue("Priya");
  await expect(page.getByLabel("Personal number", { exact: true })).toHaveValue("+14158675309");

  // Deleting needs the client's name typed out.
  const remove = page.getByRole("button", { name: "Delete OnCallClerk account" });
  await expect(page.getByText(/permanently deletes Account Bakery's whole account at OnCallClerk/)).toBeVisible();
  await expect(remove).toBeDisabled();
  await page.getByLabel('Type "Account Bakery" to confirm', { exact: true }).fill("Account Bakery!");
  await expect(remove).toBeDisabled();
  await page.getByLabel('Type "Account Bakery" to confirm', { exact: true }).fill("Account Bakery");
  await remove.click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("Account Bakery's OnCallClerk account was deleted and Account Bakery was removed from the portal.")).toBeVisible();
  await expect(page.getByText("No clients yet")).toBeVisible();
  expect((await page.request.get(`/api/clients/${clientId}`)).status()).toBe(404);
  expect((await page.request.get(`${SIMULATOR_URL}/__sim/accounts/${apiKey}`)).status()).toBe(404);
});
