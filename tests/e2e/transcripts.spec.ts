// Calls in the browser: sync a client's transcripts with "Sync now" (live progress, then a toast),
// search them by words, by a caller's number written the local way, open one as a chat, and export
// the search as CSV.
import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { addClient, signUp, SIMULATOR_URL, uniqueSuffix } from "./support";

interface SimTranscript {
  id: string;
  caller: string;
  summary: string;
  conversation: { speaker: string; text: string }[];
}

async function simCalls(page: Page, key: string): Promise<SimTranscript[]> {
  const response = await page.request.get(`${SIMULATOR_URL}/__sim/accounts/${encodeURIComponent(key)}?transcripts=full`);
  return (await response.json()).data.agents[0].calls as SimTranscript[];
}

test("sync now → search → open a transcript → export CSV", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const key = `sim_growth_e2ecalls${uniqueSuffix()}`;
  const clientId = await addClient(page, "Calls Clinic", key);
  const calls = await simCalls(page, key);
  // A call from a North American number, found again by a phrase of its summary and by the number.
  const target = calls.find((call) => /^\+1\d{10}$/.test(call.caller))!;
  const phrase = target.summary.split(" ").slice(0, 4).join(" ");
  const localNumber = target.caller.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");

  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Calls" }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${clientId}/calls$`));
  const panel = page.getByRole("region", { name: "Sync with OnCallClerk" });
  await expect(panel.getByText(/0 calls cached/)).toBeVisible();
  await expect(page.getByText("No calls synced yet")).toBeVisible();
  await panel.getByRole("button", { name: "Sync now" }).click();
  await expect(page.getByText(`Sync finished: ${calls.length} new calls.`)).toBeVisible();
  await expect(panel.getByText(new RegExp(`${calls.length} calls cached`))).toBeVisible();

  // Words: the results follow the search box as it is typed.
  await page.getByLabel("Search calls").fill(`"${phrase}"`);
  await expect(page).toHaveURL(/q=%22/);
  const results = page.getByRole("list", { name: "Calls" });
  await expect(results.getByRole("listitem").first()).toContainText(phrase);
  await expect(results.locator("mark").first()).toBeVisible();

  // A caller's number, the way a person in that country would write it.
  await page.goto(`/transcripts?q=${encodeURIComponent(localNumber)}`);
  await expect(results.getByRole("listitem")).toHaveCount(calls.filter((call) => call.caller === target.caller).length);

  // Open it: the conversation as a chat.
  await results.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/transcripts\/[0-9a-f-]{36}$/);
  const chat = page.getByRole("region", { name: "Conversation" });
  await expect(chat.getByRole("listitem")).toHaveCount(target.conversation.length);
  await expect(chat.getByRole("listitem").first()).toContainText(target.conversation[0]!.text);
  await expect(page.getByRole("region", { name: "Summary" })).toContainText(target.summary);

  // Back to the phrase search, then export it.
  await page.goto(`/transcripts?q=${encodeURIComponent(`"${phrase}"`)}`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^transcripts-\d+\.csv$/);
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.split("\r\n").filter(Boolean);
  expect(lines[0]).toContain("started_at,local_time,client,agent,caller");
  expect(csv).toContain(target.id);
  expect(csv).toContain("Calls Clinic");
});
