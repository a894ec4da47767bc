// Bulk changes in the browser: one agent of each of two clients (different OnCallClerk accounts)
// gets new business hours — previewed before → after, applied, checked in the simulator — and a
// partial failure (an agent deleted in OnCallClerk after the preview) is listed with its reason and
// re-previewed by "Retry failed".
import { expect, test, type Page } from "@playwright/test";
import { addClient, signUp, SIMULATOR_URL, uniqueSuffix } from "./support";

interface SimAgent {
  id: string;
  agent_name: string;
  greeting: string;
  business_hours: { enabled: boolean; timezone: string; schedule: Record<string, { open: string; close: string; enabled: boolean }> };
}

async function simAgents(page: Page, key: string): Promise<SimAgent[]> {
  const response = await page.request.get(`${SIMULATOR_URL}/__sim/accounts/${encodeURIComponent(key)}`);
  return ((await response.json()).data.agents as { config: SimAgent }[]).map((agent) => agent.config);
}

async function chooseAgent(page: Page, clientName: string, agentName: string) {
  const group = page.getByRole("group", { name: new RegExp(clientName) });
  await group.getByRole("checkbox", { name: new RegExp(`^${agentName}`) }).check();
}

async function setSaturdayHoursInLondon(page: Page) {
  await page.getByLabel("Open on Saturday").check();
  await page.getByLabel("Saturday opens at").fill("10:00");
  await page.getByLabel("Saturday closes at").fill("14:00");
  await page.getByLabel("Time zone", { exact: true }).fill("London");
  await page.getByLabel("Time zone", { exact: true }).press("Enter");
  await expect(page.locator("#hours-timezone-hint")).toContainText("Europe/London");
}

test("bulk-apply hours to agents of two clients", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const harborKey = `sim_growth_e2ebulk${uniqueSuffix()}`;
  const summitKey = `sim_professional_e2ebulk${uniqueSuffix()}`;
  await addClient(page, "Harbor Dental", harborKey);
  await addClient(page, "Summit Plumbing", summitKey);
  const [harbor] = await simAgents(page, harborKey);
  const [summit] = await simAgents(page, summitKey);

  await page.getByRole("link", { name: "Bulk changes" }).click();
  await expect(page.getByRole("heading", { name: "Bulk changes", level: 1 })).toBeVisible();
  await expect(page.getByText("Choose at least one agent above.")).toBeVisible();
  await chooseAgent(page, "Harbor Dental", harbor!.agent_name);
  await chooseAgent(page, "Summit Plumbing", summit!.agent_name);
  await expect(page.getByText("2 agents of 2 clients chosen")).toBeVisible();

  // The change: business hours (the default field), Saturday 10–14 added, in London.
  await expect(page.getByRole("radio", { name: /Business hours/ })).toBeChecked();
  await setSaturdayHoursInLondon(page);
  await page.getByRole("button", { name: "Preview for 2 agents" }).click();

  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByText("2 will change · 0 unchanged · 0 cannot be changed")).toBeVisible();
  for (const client of ["Harbor Dental", "Summit Plumbing"]) {
    const row = preview.getByRole("row", { name: new RegExp(client) });
    await expect(row).toContainText("Mon–Fri 09:00–17:00");
    await expect(row).toContainText("Mon–Fri 09:00–17:00, Sat 10:00–14:00 (London)");
    await expect(row).toContainText("Will change");
  }
  // Nothing is written by a preview.
  expect((await simAgents(page, harborKey))[0]!.business_hours).toEqual(harbor!.business_hours);

  await preview.getByRole("button", { name: "Apply to 2 agents" }).click();
  const results = page.getByRole("region", { name: "Results" });
  await expect(results.getByText("2 applied, 0 failed, 0 unchanged")).toBeVisible();
  await expect(results.getByRole("row", { name: /Applied/ })).toHaveCount(2);
  await expect(page.getByText("Bulk change: 2 applied, 0 failed, 0 unchanged.")).toBeVisible();

  // Upstream: exactly the hours changed on both agents, nothing else.
  for (const [key, before] of [[harborKey, harbor!], [summitKey, summit!]] as const) {
    const [now] = await simAgents(page, key);
    expect(now!.business_hours.timezone).toBe("Europe/London");
    expect(now!.business_hours.schedule.saturday).toEqual({ open: "10:00", close: "14:00", enabled: true });
    expect(now!.business_hours.schedule.monday).toEqual({ open: "09:00", close: "17:00", enabled: true });
    expect(now!.greeting).toBe(before.greeting);
  }
});

test("a partial failure is listed with OnCallClerk's reason, and Retry failed previews it again", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const keepKey = `sim_growth_e2ekeep${uniqueSuffix()}`;
  const goneKey = `sim_growth_e2egone${uniqueSuffix()}`;
  await addClient(page, "Keeper Clinic", keepKey);
  await addClient(page, "Vanishing Vets", goneKey);
  const [keeper] = await simAgents(page, keepKey);
  const [doomed] = await simAgents(page, goneKey);

  await page.goto("/bulk");
  await page.getByLabel("Select all agents of Keeper Clinic").check();
  await page.getByLabel("Select all agents of Vanishing Vets").check();
  await page.getByRole("radio", { name: /Greeting/ }).check();
  await page.getByRole("textbox", { name: "Greeting" }).fill("Thanks for calling, how can we help?");
  await page.getByRole("button", { name: "Preview for 2 agents" }).click();
  await expect(page.getByText("2 will change · 0 unchanged · 0 cannot be changed")).toBeVisible();

  // Someone deletes one of the agents in OnCallClerk between the preview and the apply.
  const deleted = await page.request.delete(`${SIMULATOR_URL}/agents/${doomed!.id}`, { headers: { Authorization: `Bearer ${goneKey}` } });
  expect(deleted.status()).toBe(200);
  await page.getByRole("button", { name: "Apply to 2 agents" }).click();

  const results = page.getByRole("region", { name: "Results" });
  await expect(results.getByText("1 applied, 1 failed, 0 unchanged")).toBeVisible();
  await expect(results.getByRole("row", { name: /Vanishing Vets/ })).toContainText("Failed");
  await expect(results.getByRole("row", { name: /Vanishing Vets/ })).toContainText("Agent not found");
  await expect(results.getByRole("row", { name: /Keeper Clinic/ })).toContainText("Applied");
  expect((await simAgents(page, keepKey))[0]!.greeting).toBe("Thanks for calling, how can we help?");
  expect(keeper!.greeting).not.toBe("Thanks for calling, how can we help?");

  await results.getByRole("button", { name: "Retry failed (1)" }).click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByText("0 will change · 0 unchanged · 1 cannot be changed")).toBeVisible();
  await expect(preview.getByRole("row", { name: /Vanishing Vets/ })).toContainText("Agent not found");
  await expect(preview.getByRole("button", { name: "Apply to 0 agents" })).toBeDisabled();
});
