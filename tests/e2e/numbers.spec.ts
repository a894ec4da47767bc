// Phone numbers from the portal: search a country's available numbers, assign one to the agent in
// two clicks; GB numbers are blocked until the client has an approved regulatory bundle, which is
// submitted here with its two documents (multipart) and then unblocks the assignment.
import { expect, test, type Page } from "@playwright/test";
import { addClient, signUp, SIMULATOR_URL, uniqueSuffix } from "./support";

// The smallest files the server recognises by their first bytes.
const TINY_PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

async function upstreamAgent(page: Page, apiKey: string) {
  const account = await (await page.request.get(`${SIMULATOR_URL}/__sim/accounts/${apiKey}`)).json();
  return account.data.agents[0].config as { id: string; agent_name: string; phone_number: string | null };
}

async function search(page: Page, options: { country?: string; areaCode?: string }) {
  const form = page.getByRole("search", { name: "Available numbers" });
  if (options.country) await form.getByLabel("Country").selectOption(options.country);
  if (options.areaCode !== undefined) await form.getByLabel("Area code").fill(options.areaCode);
  await form.getByRole("button", { name: "Search" }).click();
}

/** The first result row of the current search and its E.164 number. */
async function firstResult(page: Page) {
  const row = page.getByRole("table").filter({ hasText: "Capabilities" }).getByRole("row").nth(1);
  const e164 = (await row.locator(".number-text .mono").textContent())!.trim();
  return { row, e164 };
}

test("search US numbers and assign one to the agent in two clicks", async ({ page }) => {
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const apiKey = `sim_professional_numbers${uniqueSuffix()}`;
  const clientId = await addClient(page, "Numbers Dental", apiKey);
  const agent = await upstreamAgent(page, apiKey);

  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Phone numbers" }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${clientId}/numbers$`));
  await expect(page.getByRole("heading", { name: "Agents and their numbers" })).toBeVisible();
  const agentRow = page.getByRole("row", { name: new RegExp(agent.agent_name) });
  await expect(agentRow).toBeVisible();

  // The client's own country (US) is searched first; an area code narrows it.
  await search(page, { areaCode: "512" });
  await expect(page.getByRole("table").filter({ hasText: "Capabilities" })).toContainText("(512)");
  const { row, e164 } = await firstResult(page);
  expect(e164).toMatch(/^\+1512\d{7}$/);
  await expect(row).toContainText("Voice");

  // Click 1: Assign. The only agent is preselected, so click 2 confirms.
  await row.getByRole("button", { name: /^Assign / }).click();
  await expect(page.getByLabel("Agent", { exact: true })).toHaveValue(agent.id);
  await page.getByRole("button", { name: "Confirm assignment" }).click();

  await expect(page.getByText(/is now .*'s number\./)).toBeVisible();
  await expect(agentRow).toContainText(e164);
  await expect(agentRow).toContainText(/\(512\) \d{3}-\d{4}/);
  expect((await upstreamAgent(page, apiKey)).phone_number).toBe(e164);
  // Taken numbers leave the search.
  await expect(page.getByRole("table").filter({ hasText: "Capabilities" })).not.toContainText(e164);

  // The agents list shows it too.
  await page.goto(`/clients/${clientId}/agents`);
  await expect(page.getByRole("row", { name: new RegExp(agent.agent_name) })).toContainText(e164);
});

test("GB: assignment is blocked until a business bundle with two documents is approved", async ({ page }) => {
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const apiKey = `sim_professional_gb${uniqueSuffix()}`;
  // A London business: numbers typed without + are read as GB numbers.
  const clientId = await addClient(page, "London Plumbing", apiKey, "GB");
  const agent = await upstreamAgent(page, apiKey);
  await page.goto(`/clients/${clientId}/numbers`);

  // "020" the way Londoners dial it finds London numbers.
  await search(page, { country: "GB", areaCode: "020" });
  const results = page.getByRole("table").filter({ hasText: "Capabilities" });
  await expect(results).toContainText("London");
  const { row, e164 } = await firstResult(page);
  expect(e164).toMatch(/^\+4420\d{8}$/);

  // Blocked before any call upstream, with the way forward.
  await expect(page.getByText("United Kingdom (GB) numbers need an approved regulatory bundle")).toBeVisible();
  await expect(row.getByRole("button", { name: /^Assign / })).toHaveCount(0);
  await row.getByRole("link", { name: /Bundle needed/ }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${clientId}/bundles\\?country=GB$`));
  await expect(page.getByRole("heading", { name: "United Kingdom (GB) bundles" })).toBeVisible();
  await expect(page.getByText("This client has no United Kingdom (GB) bundle yet.")).toBeVisible();

  // The browser refuses a document that is not a PDF, PNG or JPEG before anything is uploaded.
  await page.getByLabel("Proof of identity", { exact: true }).setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("just text") });
  await expect(page.getByText("Upload a PDF, PNG or JPEG document")).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit bundle" })).toBeDisabled();

  // A bad email comes back as a field error from the server, on its field.
  await page.getByLabel("Proof of identity", { exact: true }).setInputFiles({ name: "incorporation.pdf", mimeType: "application/pdf", buffer: TINY_PDF });
  await page.getByLabel("Proof of address", { exact: true }).setInputFiles({ name: "bill.png", mimeType: "image/png", buffer: TINY_PNG });
  await page.getByLabel("Legal business name", { exact: true }).fill("London Plumbing Ltd");
  await page.getByLabel("Registration authority", { exact: true }).fill("Companies House");
  await page.getByLabel("Registration number", { exact: true }).fill("01234567");
  await page.getByLabel("Website", { exact: true }).fill("londonplumbing.co.uk");
  await page.getByLabel("Street", { exact: true }).fill("1 Fleet Street");
  await page.getByLabel("City", { exact: true }).fill("London");
  await page.getByLabel("Region", { exact: true }).fill("Greater London");
  await page.getByLabel("Postal code", { exact: true }).fill("EC4Y 1AA");
  await page.getByLabel("First name", { exact: true }).fill("Amelia");
  await page.getByLabel("Last name", { exact: true }).fill("Stone");
  await page.getByLabel("Phone number", { exact: true }).fill("020 7946 0000");
  await page.getByLabel("Email", { exact: true }).fill("amelia-at-example");
  await page.getByRole("button", { name: "Submit bundle" }).click();
  await expect(page.getByLabel("Email", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a valid email address")).toBeVisible();

  await page.getByLabel("Email", { exact: true }).fill("amelia@londonplumbing.co.uk");
  await page.getByRole("button", { name: "Submit bundle" }).click();
  await expect(page.getByText(/United Kingdom \(GB\) bundle submitted — approved\./)).toBeVisible();
  const list = page.getByRole("table").filter({ hasText: "What it means" });
  await expect(list.getByText("Approved", { exact: true })).toBeVisible();
  await expect(page.getByText("Numbers can be assigned", { exact: true })).toBeVisible();

  // The simulator received both documents and the normalized representative's number.
  const account = await (await page.request.get(`${SIMULATOR_URL}/__sim/accounts/${apiKey}`)).json();
  expect(account.data.bundles).toHaveLength(1);
  expect(account.data.bundles[0]).toMatchObject({ isoCountry: "GB", status: "twilio-approved" });

  // Back to the numbers: the same GB number can now be assigned.
  await page.getByRole("link", { name: "Find GB numbers" }).click();
  await expect(page.getByRole("search", { name: "Available numbers" }).getByLabel("Country")).toHaveValue("GB");
  await search(page, { areaCode: "020" });
  await expect(page.getByText(/this client has an approved one/)).toBeVisible();
  const gbRow = page.getByRole("row").filter({ hasText: e164 });
  await gbRow.getByRole("button", { name: /^Assign / }).click();
  await page.getByRole("button", { name: "Confirm assignment" }).click();
  await expect(page.getByText(/is now .*'s number\./)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(agent.agent_name) })).toContainText(e164);
  expect((await upstreamAgent(page, apiKey)).phone_number).toBe(e164);
});
