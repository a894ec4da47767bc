// API tokens in the browser: create one (shown once, copied), use it as a Bearer token, revoke it
// (after a confirmation) and it stops working. Caller masking on the pages: an owner ticks their
// own role on Agency settings, and the client's Calls tab, the search and the transcript viewer
// show "+1 •••• ••1234" — numbers in the conversation too — until it is unticked again.
import { expect, test, type Page } from "@playwright/test";
import { addClient, signUp, SIMULATOR_URL, uniqueSuffix } from "./support";

test("create an API token, use it, revoke it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page, `Token Agency ${uniqueSuffix()}`);
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens", exact: true })).toBeVisible();
  await expect(page.getByText("No API tokens yet")).toBeVisible();

  // A name is required: the field says so and nothing is created.
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.locator("#field-name-error")).toBeVisible();

  await page.getByLabel("Name").fill("Nightly report");
  await page.getByLabel("Role").selectOption("viewer");
  await page.getByRole("button", { name: "Create token" }).click();
  const value = page.getByLabel("New API token");
  await expect(value).toHaveText(/^occ_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("It will not be shown again.")).toBeVisible();
  const token = (await value.textContent())!;
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByText("Token copied to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  const row = page.getByRole("table", { name: "API tokens" }).getByRole("row", { name: /Nightly report/ });
  await expect(row).toContainText("Viewer");
  await expect(row).toContainText("Active");
  await expect(row).toContainText(token.slice(0, 12));

  // The token works on its own (no cookies), within its role.
  const api = await page.context().request;
  const listed = await api.fetch("/api/clients", { headers: { authorization: `Bearer ${token}`, cookie: "" } });
  expect(listed.status()).toBe(200);
  const refused = await api.fetch("/api/tokens", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, data: { name: "child", role: "viewer" } });
  expect(refused.status()).toBe(403);

  // After "Done" and a reload, the value is gone for good.
  await page.getByRole("button", { name: "Done" }).click();
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);

  await row.getByRole("button", { name: "Revoke" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke “Nightly report”?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: "Revoke" }).click();
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByText("Token “Nightly report” revoked.")).toBeVisible();
  await expect(row).toContainText("Revoked");
  const after = await api.fetch("/api/clients", { headers: { authorization: `Bearer ${token}`, cookie: "" } });
  expect(after.status()).toBe(401);
});

interface SimCall {
  caller: string;
  conversation: { text: string }[];
}

async function simCalls(page: Page, key: string): Promise<SimCall[]> {
  const response = await page.request.get(`${SIMULATOR_URL}/__sim/accounts/${encodeURIComponent(key)}?transcripts=full`);
  return (await response.json()).data.agents[0].calls as SimCall[];
}

async function setMasking(page: Page, on: boolean) {
  await page.goto("/settings/agency");
  const owner = page.getByRole("checkbox", { name: /Owner/ });
  if (on) await owner.check();
  else await owner.uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(on ? "Callers' numbers masked for Owner." : "Callers' numbers are shown to everyone.")).toBeVisible();
}

test("callers' numbers masked on the Calls tab, in search and in the transcript viewer", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, `Mask Agency ${uniqueSuffix()}`);
  const key = `sim_growth_e2emask${uniqueSuffix()}`;
  const clientId = await addClient(page, "Masked Clinic", key);
  const calls = await simCalls(page, key);
  const callers = calls.map((call) => call.caller);
  expect((await page.request.post(`/api/clients/${clientId}/sync`)).status()).toBe(202);
  await expect.poll(async () => (await (await page.request.get(`/api/clients/${clientId}/sync`)).json()).data.state, { timeout: 30_000 }).toBe("idle");
  // A call whose conversation reads the caller's number back; found by that number while unmasked.
  const readBack = calls.find((call) => call.conversation.some((turn) => turn.text.includes(`And is ${call.caller} the best number`)))!;
  const found = await (await page.request.get(`/api/transcripts?q=${encodeURIComponent(readBack.caller)}`)).json();
  const readBackId = (found.data.items as { id: string }[])[0]!.id;

  await page.getByRole("link", { name: "Agency settings" }).click();
  await setMasking(page, true);

  const results = page.getByRole("list", { name: "Calls" });
  for (const path of [`/clients/${clientId}/calls`, "/transcripts"]) {
    await page.goto(path);
    await expect(results.getByRole("listitem").first()).toContainText(/from \+\d{1,3} •+/);
    await expect(page.locator("#transcript-q-hint")).not.toContainText("caller's number");
    // Separators dropped, so a number shown formatted ("+1 415 555 0123") would be caught too.
    const text = (await page.locator("main").innerText()).replace(/[\s().-]/g, "");
    for (const caller of callers) expect(text, `${path} shows ${caller}`).not.toContain(caller);
  }
  // Searching by a number is refused with a reason.
  await page.goto(`/transcripts?q=${encodeURIComponent(callers[0]!)}`);
  await expect(page.getByRole("heading", { name: "Callers' numbers are hidden for your role" })).toBeVisible();

  // The viewer: the heading, the details and the conversation that reads the number back.
  await page.goto(`/transcripts/${readBackId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/from \+\d{1,3} •+/);
  const viewer = await page.locator("main").innerText();
  expect(viewer).toMatch(/And is \+\d{1,3} [•\s]+\d{4} the best number/);
  for (const caller of callers) expect(viewer.replace(/[\s().-]/g, "")).not.toContain(caller);

  // Unmasked again, the same page shows the number.
  await setMasking(page, false);
  await page.goto(`/transcripts/${readBackId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/from \+\d{1,3} \d/);
  await expect(page.locator("main")).toContainText(`And is ${readBack.caller} the best number`);
  await page.goto("/transcripts");
  await expect(page.locator("#transcript-q-hint")).toContainText("caller's number");
});
