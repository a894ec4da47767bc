// An agent's whole life from the portal: create it with business hours, FAQ (typed and imported
// from CSV) and a nationally typed forwarding number; edit it while someone changes it directly in
// OnCallClerk (the conflict panel shows their change, "Keep my changes" saves ours on top); then
// delete it with a typed confirmation.
import { expect, test } from "@playwright/test";
import { addClient, signUp, SIMULATOR_URL, uniqueSuffix } from "./support";

test("create → edit with an upstream change in between → delete an agent", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const apiKey = `sim_professional_e2e${uniqueSuffix()}`;
  const clientId = await addClient(page, "Maple Dental", apiKey);
  const agentName = `Front desk ${uniqueSuffix()}`;

  // ---------- create ----------
  await page.getByRole("link", { name: "New agent" }).click();
  await expect(page.getByRole("heading", { name: "New agent" })).toBeVisible();
  await expect(page.getByLabel("Agent allowance")).toContainText("/ 10 agents");
  await page.getByLabel("Business name").fill("Maple Dental");
  await page.getByLabel("Agent name").fill(agentName);
  await page.getByRole("radio", { name: /Sarah/ }).check();
  await page.getByRole("textbox", { name: "Greeting" }).fill("Hello, Maple Dental, how can I help?");
  await page.getByLabel("Instructions (system prompt)").fill("You are the receptionist for Maple Dental. Be brief and kind.");
  await page.getByRole("radio", { name: /Transfer complex calls/ }).check();
  await page.getByLabel("Forwarding number").fill("(415) 555-0134");

  // Hours: Monday 08:00–18:00 copied to the weekdays, Saturday overnight, in London.
  await page.getByLabel("Monday opens at").fill("08:00");
  await page.getByLabel("Monday closes at").fill("18:00");
  await page.getByRole("button", { name: "Copy Monday to weekdays" }).click();
  await expect(page.getByRole("row", { name: /Friday/ })).toContainText("08:00–18:00");
  await page.getByLabel("Open on Saturday").check();
  await page.getByLabel("Saturday opens at").fill("22:00");
  await page.getByLabel("Saturday closes at").fill("02:00");
  await expect(page.getByRole("row", { name: /Saturday/ })).toContainText("22:00–02:00 (next day)");
  await page.getByLabel("Time zone", { exact: true }).fill("London");
  await page.getByLabel("Time zone", { exact: true }).press("Enter");
  await expect(page.locator("#hours-timezone-hint")).toContainText("Europe/London");

  // "Would it answer?" across the spring-forward night in London (clocks jump 01:00 → 02:00).
  await page.getByLabel("Date", { exact: true }).fill("2026-03-29");
  await page.getByLabel("Time", { exact: true }).fill("01:30");
  await expect(page.getByText(/01:30 does not exist on 2026-03-29/)).toBeVisible();
  await expect(page.getByText("Voicemail", { exact: true })).toBeVisible(); // read as 02:30 BST: Saturday's shift ended at 02:00
  await page.getByLabel("Time", { exact: true }).fill("00:30");
  await expect(page.getByText("Answers", { exact: true })).toBeVisible();
  await expect(page.getByText(/Within Saturday's overnight hours, 22:00–02:00 \(next day\)/)).toBeVisible();

  // FAQ: one typed, one imported from CSV (a bad row is reported), then reordered.
  await page.getByRole("button", { name: "+ Add question" }).click();
  await page.getByLabel("Question 1", { exact: true }).fill("Do you take new patients?");
  await page.getByLabel("Answer 1", { exact: true }).fill("Yes, call us to book a first visit.");
  await page.getByLabel("Import from CSV").setInputFiles({
    name: "faq.csv",
    mimeType: "text/csv",
    buffer: Buffer.from('question,answer\n"Where do I park?","Behind the building, free."\n,No question here\n'),
  });
  await expect(page.getByText("1 question imported from faq.csv; 1 row skipped")).toBeVisible();
  await expect(page.getByText("Row 3: the question is empty")).toBeVisible();
  await page.getByRole("button", { name: "Move question 2 up" }).click();
  await expect(page.getByLabel("Question 1", { exact: true })).toHaveValue("Where do I park?");
  await expect(page.getByRole("button", { name: "Move question 1 down" })).toBeFocused();

  await page.getByRole("button", { name: "Create agent" }).click();
  await page.waitForURL(/\/agents\/agt_[^/]+$/);
  await expect(page.getByText(`Agent “${agentName}” created.`)).toBeVisible();
  const agentId = decodeURIComponent(/\/agents\/([^/]+)$/.exec(page.url())![1]!);
  await expect(page.getByRole("heading", { name: agentName })).toBeVisible();
  await expect(page.getByText("+14155550134")).toBeVisible();
  await expect(page.getByText("22:00–02:00 (next day)")).toBeVisible();

  // What OnCallClerk holds is exactly what was entered, numbers normalised.
  const upstream = async () =>
    (await (await page.request.get(`${SIMULATOR_URL}/agents/${agentId}`, { headers: { Authorization: `Bearer ${apiKey}` } })).json()).data;
  const created = await upstream();
  expect(created.forwarding_number).toBe("+14155550134");
  expect(created.escalation_policy).toBe("complex");
  expect(created.business_hours.timezone).toBe("Europe/London");
  expect(created.business_hours.schedule.wednesday).toEqual({ open: "08:00", close: "18:00", enabled: true });
  expect(created.faq.map((entry: { question: string }) => entry.question)).toEqual(["Where do I park?", "Do you take new patients?"]);

  await page.getByRole("link", { name: "All agents" }).click();
  const row = page.getByRole("row", { name: new RegExp(agentName) });
  await expect(row).toContainText("+14155550134");
  await expect(row).toContainText("Transfers complex calls");

  // ---------- edit, with a change made elsewhere meanwhile ----------
  await row.getByRole("link", { name: agentName }).click();
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Edit ${agentName}` })).toBeVisible();
  await expect(page.getByLabel("Forwarding number")).toHaveValue("+14155550134");
  await page.getByLabel("Display name").fill("Robin");
  await expect(page.getByText("1 field changed")).toBeVisible();

  const elsewhere = await page.request.put(`${SIMULATOR_URL}/agents/${agentId}`, {
    headers: { Authorization: `Bearer ${apiKey}` },
    data: { greeting: "Changed elsewhere" },
  });
  expect(elsewhere.ok()).toBe(true);

  await page.getByRole("button", { name: "Save changes" }).click();
  const panel = page.getByRole("alert").filter({ hasText: "This agent was changed in OnCallClerk since you opened it" });
  await expect(panel).toBeVisible();
  const greetingRow = panel.getByRole("row", { name: /Greeting/ });
  await expect(greetingRow).toContainText("Changed elsewhere");
  await expect(greetingRow).toContainText("Hello, Maple Dental, how can I help?");
  expect((await upstream()).voice_settings).toEqual({}); // nothing of ours was written

  await panel.getByRole("button", { name: "Keep my changes" }).click();
  await page.waitForURL(new RegExp(`/agents/${agentId}$`));
  await expect(page.getByText("Agent saved.")).toBeVisible();
  const afterEdit = await upstream();
  expect(afterEdit.greeting).toBe("Changed elsewhere"); // their change stays
  expect(afterEdit.voice_settings).toEqual({ name: "Robin" }); // ours is added

  // ---------- delete ----------
  const deleteButton = page.getByRole("button", { name: "Delete agent" });
  await expect(page.getByText("releases its phone number")).toBeVisible();
  await expect(deleteButton).toBeDisabled();
  await page.getByLabel(`Type “${agentName}” to confirm`).fill(agentName);
  await deleteButton.click();
  await page.waitForURL(new RegExp(`/clients/${clientId}/agents$`));
  await expect(page.getByText(`Agent “${agentName}” was deleted.`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(agentName) })).toHaveCount(0);
  const gone = await page.request.get(`${SIMULATOR_URL}/agents/${agentId}`, { headers: { Authorization: `Bearer ${apiKey}` } });
  expect(gone.status()).toBe(404);
});
