// A new agency signs up, connects a client with its OnCallClerk key and sees that client's agents,
// rendered by the server from data fetched upstream with the decrypted key.
import { expect, test } from "@playwright/test";
import { addClient, signUp, SIMULATOR_URL, uniqueSuffix } from "./support";

test("sign up → add a client with a simulator key → see its agents", async ({ page }) => {
  await signUp(page, `Agency ${uniqueSuffix()}`);
  await expect(page.getByText("No clients yet")).toBeVisible();

  const apiKey = `sim_professional_e2e${uniqueSuffix()}`;
  await addClient(page, "Acme Dental", apiKey);
  await expect(page.getByText("Acme Dental is connected.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Acme Dental" })).toBeVisible();
  // The table shows exactly the agent the simulator holds for this key (names are derived per key).
  const account = await (await page.request.get(`${SIMULATOR_URL}/__sim/accounts/${apiKey}`)).json();
  const upstreamAgent = account.data.agents[0].config;
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: upstreamAgent.agent_name })).toBeVisible();
  await expect(table).toContainText(upstreamAgent.business_name);
  await expect(table).toContainText(upstreamAgent.phone_number ?? "No number yet");
  await expect(table).toContainText(/active/);

  // The Account tab shows the client's plan, meters and OnCallClerk profile.
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Plan and usage" })).toBeVisible();
  await expect(page.getByText("Professional", { exact: true })).toBeVisible();
  await expect(page.getByText("/ 10 agents")).toBeVisible();
  await expect(page.getByRole("heading", { name: "OnCallClerk account profile" })).toBeVisible();

  // The agency home shows the client with its plan and usage from OnCallClerk.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients", exact: true }).click();
  const row = page.getByRole("row", { name: /Acme Dental/ });
  await expect(row).toContainText("Professional");
  await expect(row).toContainText(`•••• ${apiKey.slice(-4)}`);
  await expect(row).toContainText("/ 10 agents");

  // The key is in no page the browser receives, HTML or RSC payload.
  for (const path of ["/", page.url(), "/clients/new"]) {
    const html = await (await page.request.get(path)).text();
    expect(html).not.toContain(apiKey);
    const rsc = await (await page.request.get(path, { headers: { RSC: "1" } })).text();
    expect(rsc).not.toContain(apiKey);
  }
  const api = await (await page.request.get("/api/clients?include=usage")).text();
  expect(api).toContain("Acme Dental");
  expect(api).not.toContain(apiKey);
});

test("a rejected key gets a clear message on the field and nothing is added", async ({ page }) => {
  await signUp(page, `Agency ${uniqueSuffix()}`);
  await page.goto("/clients/new");
  await page.getByLabel("Client name").fill("Bogus Bakery");
  await page.getByLabel("OnCallClerk API key").fill("definitely_not_a_valid_key");
  await page.getByRole("button", { name: "Add client" }).click();
  await expect(page.getByText("OnCallClerk did not accept this key")).toBeVisible();
  await expect(page.getByLabel("OnCallClerk API key")).toHaveAttribute("aria-invalid", "true");
  await page.goto("/");
  await expect(page.getByText("No clients yet")).toBeVisible();
});

test("the agents page tells the person to update a key OnCallClerk now rejects", async ({ page }) => {
  await signUp(page, `Agency ${uniqueSuffix()}`);
  const apiKey = `sim_starter_revoked${uniqueSuffix()}`;
  const clientId = await addClient(page, "Soon Revoked Spa", apiKey);
  const revoke = await page.request.post(`${SIMULATOR_URL}/__sim/accounts/${apiKey}/revoke`);
  expect(revoke.ok()).toBe(true);
  await page.goto(`/clients/${clientId}/agents`);
  await expect(page.getByText("This client's API key was rejected")).toBeVisible();
  await expect(page.getByRole("link", { name: "Replace the API key" })).toBeVisible();
  // The header, rendered before the page learned it, catches up with the rejected key.
  await expect(page.locator(".page-header .badge")).toHaveText("Key rejected");
});
