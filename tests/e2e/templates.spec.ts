// Agent templates from the portal: save one client's agent as a template, find it on the templates
// page, use it for a new agent of another client (the editor opens prefilled), create that agent and
// find the template's settings in OnCallClerk; then rename and delete the template.
import { expect, test } from "@playwright/test";
import { addClient, signUp, SIMULATOR_URL, uniqueSuffix } from "./support";

const GREETING = "Hello, you have reached the practice. How can I help today?";
const FAQ = [
  { question: "Do you take new patients?", answer: "Yes, we are happy to book you in." },
  { question: "Where can I park?", answer: "Behind the building, free of charge." },
];

test("save an agent as a template, use it for another client's new agent, rename and delete it", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const mapleKey = `sim_professional_tpl${uniqueSuffix()}`;
  const birchKey = `sim_growth_tpl${uniqueSuffix()}`;
  const mapleId = await addClient(page, "Maple Dental", mapleKey);
  const birchId = await addClient(page, "Birch Vets", birchKey);

  // Nothing saved yet: the page says how to save one.
  await page.getByRole("link", { name: "Agent templates" }).click();
  await expect(page.getByRole("heading", { name: "Agent templates" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No templates yet" })).toBeVisible();
  await expect(page.getByText(/choose Save as template/)).toBeVisible();

  // The source agent, made through the portal's API with the signed-in session.
  const created = await page.request.post(`/api/clients/${mapleId}/agents`, {
    data: {
      business_name: "Maple Dental",
      agent_name: "Front desk",
      voice_id: "KR1TkIhkSykEjI4B0DtH",
      greeting: GREETING,
      system_prompt: "You are the receptionist of a dental practice. Be brief and kind.",
      escalation_policy: "complex",
      forwarding_number: "+14155550134",
      faq: FAQ,
    },
  });
  expect(created.status()).toBe(201);
  const sourceId = (await created.json()).data.id as string;

  // ---------- save as template ----------
  await page.goto(`/clients/${mapleId}/agents/${encodeURIComponent(sourceId)}`);
  await page.getByRole("button", { name: "Save as template" }).click();
  const form = page.getByRole("form", { name: "Save as template" });
  await expect(form.getByLabel("Template name")).toHaveValue("Front desk template");
  await expect(form.getByRole("note")).toContainText("+14155550134");
  await form.getByLabel("Template name").fill("Dental front desk");
  await form.getByLabel("Description").fill("Weekday hours, parking FAQ");
  await form.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText("Saved as template “Dental front desk”.")).toBeVisible();
  await page.locator("#save-template-panel").getByRole("link", { name: "View templates" }).click();

  // ---------- the templates page ----------
  await expect(page.getByRole("heading", { name: "Agent templates" })).toBeVisible();
  const card = page.getByRole("article", { name: "Dental front desk" });
  await expect(card).toContainText("Weekday hours, parking FAQ");
  await expect(card).toContainText(GREETING);
  await expect(card).toContainText("Sarah, American");
  await expect(card).toContainText("Transfers complex calls");
  await expect(card).toContainText("2 entries");
  await expect(card).toContainText("Front desk at Maple Dental");

  // ---------- use it for another client ----------
  await card.getByRole("button", { name: "Use for a new agent" }).click();
  await card.getByLabel("New agent for").selectOption({ label: "Birch Vets" });
  await card.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(new RegExp(`/clients/${birchId}/agents/new\\?template=`));
  await expect(page.getByRole("heading", { name: "New agent" })).toBeVisible();
  await expect(page.getByText("Started from the template “Dental front desk”")).toBeVisible();
  await expect(page.getByLabel("Start from a template")).toHaveValue(/.+/);
  await expect(page.getByLabel("Business name")).toHaveValue("Birch Vets");
  await expect(page.getByLabel("Agent name")).toHaveValue("");
  await expect(page.getByRole("textbox", { name: "Greeting" })).toHaveValue(GREETING);
  await expect(page.getByLabel("Question 1", { exact: true })).toHaveValue(FAQ[0]!.question);
  await expect(page.getByLabel("Answer 2", { exact: true })).toHaveValue(FAQ[1]!.answer);
  await expect(page.getByRole("radio", { name: /Sarah/ })).toBeChecked();

  const agentName = `Reception ${uniqueSuffix()}`;
  await page.getByLabel("Agent name").fill(agentName);
  await page.getByRole("button", { name: "Create agent" }).click();
  await page.waitForURL(/\/agents\/agt_[^/]+$/);
  await expect(page.getByText(`Agent “${agentName}” created.`)).toBeVisible();

  // OnCallClerk holds the template's settings under the new names.
  const account = (await (await page.request.get(`${SIMULATOR_URL}/__sim/accounts/${birchKey}`)).json()).data;
  const made = account.agents.find((agent: { config: { agent_name: string } }) => agent.config.agent_name === agentName);
  expect(made.config).toMatchObject({ business_name: "Birch Vets", greeting: GREETING, faq: FAQ, escalation_policy: "complex", forwarding_number: "+14155550134" });

  // ---------- rename, then delete ----------
  await page.goto("/templates");
  await card.getByRole("button", { name: "Rename" }).click();
  await card.getByLabel("Template name").fill("Dental reception");
  await card.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Template saved as “Dental reception”.")).toBeVisible();
  const renamed = page.getByRole("article", { name: "Dental reception" });
  await expect(renamed).toBeVisible();

  await renamed.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete “Dental reception”?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Delete template" }).click();
  await expect(page.getByText("Template “Dental reception” deleted.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No templates yet" })).toBeVisible();
});
