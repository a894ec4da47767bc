// Agent history end to end: edit an agent's greeting twice, open its History, compare two versions,
// restore the first, and see the greeting back — on the page and in OnCallClerk — with the restore
// listed as a new version.
import { expect, test } from "@playwright/test";
import { addClient, signUp, SIMULATOR_URL, uniqueSuffix } from "./support";

test("edit the greeting twice → compare versions → restore the first", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const apiKey = `sim_professional_e2e${uniqueSuffix()}`;
  await addClient(page, "Oak Street Vets", apiKey);

  // The account's default agent, made before the portal kept any history.
  await page.getByRole("table").getByRole("link").first().click();
  await page.waitForURL(/\/agents\/[^/]+$/);
  const agentId = decodeURIComponent(/\/agents\/([^/]+)$/.exec(page.url())![1]!);
  const upstream = async () => (await (await page.request.get(`${SIMULATOR_URL}/agents/${agentId}`, { headers: { Authorization: `Bearer ${apiKey}` } })).json()).data;
  const original: string = (await upstream()).greeting;
  const history = page.locator("#history");
  await expect(history.getByText("No saved versions yet")).toBeVisible();

  for (const greeting of ["Oak Street Vets, good morning!", "Oak Street Vets, good morning! Is it about a cat or a dog?"]) {
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await page.getByRole("textbox", { name: "Greeting" }).fill(greeting);
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(new RegExp(`/agents/${agentId}$`));
    await expect(page.getByText("Agent saved.").last()).toBeVisible();
    await expect(page.locator("dd", { hasText: greeting })).toBeVisible();
  }

  // ---------- History: the baseline and both edits, newest first ----------
  await page.getByRole("link", { name: "History", exact: true }).click();
  const versions = history.getByRole("list", { name: "Versions, newest first" }).getByRole("listitem");
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(0)).toContainText("Version 3");
  await expect(versions.nth(0)).toContainText("Changed Greeting");
  await expect(versions.nth(2)).toContainText("As found in OnCallClerk");
  // The latest two are compared until others are picked.
  await expect(history.getByRole("heading", { name: "Version 2 → version 3" })).toBeVisible();
  await expect(history.locator(".history-words .added-words ins")).toHaveText(/Is it about a cat or a dog\?/);
  await expect(history.locator(".history-words .removed-words del")).toHaveCount(0); // the second edit only added words

  // ---------- compare the original with the latest ----------
  await history.getByLabel("Compare version 2").uncheck();
  await expect(history.getByText("Pick one more version to compare.")).toBeVisible();
  await history.getByLabel("Compare version 1").check();
  await expect(history.getByRole("heading", { name: "Version 1 → version 3" })).toBeVisible();
  const greetingChange = history.locator(".history-change", { hasText: "Greeting" });
  await expect(greetingChange.locator(".removed-words")).toContainText(original);
  await expect(greetingChange.locator(".added-words")).toContainText("Oak Street Vets, good morning! Is it about a cat or a dog?");

  // ---------- restore the first version ----------
  await versions.nth(2).getByRole("button", { name: "Restore this version" }).click();
  const confirm = history.getByRole("group", { name: "Restore version 1" });
  await expect(confirm).toContainText("kept as a new version");
  await confirm.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByText("Restored version 1 as version 4: changed the greeting.")).toBeVisible();

  await expect(versions).toHaveCount(4);
  await expect(versions.nth(0)).toContainText("Version 4");
  await expect(versions.nth(0)).toContainText("Restored version 1");
  await expect(page.locator("dd", { hasText: original })).toBeVisible(); // the page shows the agent as it is now
  expect((await upstream()).greeting).toBe(original);
});
