// The agent editor with an agent set up directly in OnCallClerk: hours our rules refuse (Monday
// 09:00–09:00) must not block saving another field, while changing the hours to something
// ambiguous is still refused; and FAQ rows keep their ids from the server's render to the
// browser's, so removing a question puts focus on the next one.
import { expect, test } from "@playwright/test";
import { addClient, signUp, SIMULATOR_URL, uniqueSuffix } from "./support";

const day = (open: string, close: string, enabled: boolean) => ({ open, close, enabled });

test("stored ambiguous hours do not block other edits; FAQ focus survives hydration", async ({ page }) => {
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const apiKey = `sim_professional_e2eedges${uniqueSuffix()}`;
  const clientId = await addClient(page, "Edge Dental", apiKey);
  const auth = { Authorization: `Bearer ${apiKey}` };
  const agents = await (await page.request.get(`${SIMULATOR_URL}/agents`, { headers: auth })).json();
  const agentId: string = agents.data[0].id;
  const upstream = async () => (await (await page.request.get(`${SIMULATOR_URL}/agents/${agentId}`, { headers: auth })).json()).data;

  const seeded = await page.request.put(`${SIMULATOR_URL}/agents/${agentId}`, {
    headers: auth,
    data: {
      business_hours: {
        enabled: true,
        timezone: "America/New_York",
        schedule: {
          monday: day("09:00", "09:00", true),
          tuesday: day("09:00", "17:00", true),
          wednesday: day("09:00", "17:00", true),
          thursday: day("09:00", "17:00", true),
          friday: day("09:00", "17:00", true),
          saturday: day("00:00", "00:00", false),
          sunday: day("00:00", "00:00", false),
        },
      },
      faq: [
        { question: "First?", answer: "One." },
        { question: "Second?", answer: "Two." },
        { question: "Third?", answer: "Three." },
      ],
    },
  });
  expect(seeded.ok()).toBe(true);

  const editUrl = `/clients/${clientId}/agents/${encodeURIComponent(agentId)}/edit`;
  await page.goto(editUrl);
  await page.reload(); // the server has rendered FAQ rows before: ids must not depend on that
  await expect(page.getByLabel("Question 1", { exact: true })).toHaveValue("First?");

  await page.getByRole("button", { name: "Remove question 1" }).click();
  await expect(page.getByLabel("Question 1", { exact: true })).toHaveValue("Second?");
  await expect(page.getByLabel("Question 1", { exact: true })).toBeFocused();

  await page.getByRole("textbox", { name: "Greeting" }).fill("Hello from the edge");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Agent saved.")).toBeVisible();
  const saved = await upstream();
  expect(saved.greeting).toBe("Hello from the edge");
  expect(saved.faq.map((entry: { question: string }) => entry.question)).toEqual(["Second?", "Third?"]);
  expect(saved.business_hours.schedule.monday).toEqual(day("09:00", "09:00", true)); // not sent, not changed

  // Changing the hours to another ambiguous day is still refused, and nothing is sent.
  await page.goto(editUrl);
  // Typed until the form counts it: a value typed before React hydrates the page is reset.
  await expect(async () => {
    await page.getByLabel("Monday opens at").fill("10:00");
    await expect(page.getByText("1 field changed")).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.getByLabel("Monday closes at").fill("10:00");
  await expect(page.getByText("1 field changed")).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Fix the business hours marked below.")).toBeVisible();
  expect((await upstream()).business_hours.schedule.monday).toEqual(day("09:00", "09:00", true));
});
