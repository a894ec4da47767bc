// Team invitations end to end: an owner invites a client user for one of two clients, copies the
// link with the copy button, and a new person signs up through it — joining that agency (no agency of
// their own) and seeing only that client, in the UI and the API.
import { expect, test } from "@playwright/test";
import { addClient, signUp, uniqueSuffix } from "./support";

test("an invited client user signs up through the copied link and sees only their client", async ({ browser, baseURL }) => {
  const ownerContext = await browser.newContext();
  await ownerContext.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL! });
  const owner = await ownerContext.newPage();
  await signUp(owner, `Team Agency ${uniqueSuffix()}`);
  const theirs = await addClient(owner, "Acme Dental", `sim_growth_acme${uniqueSuffix()}`);
  const other = await addClient(owner, "Bravo Plumbing", `sim_starter_bravo${uniqueSuffix()}`);

  await owner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  await expect(owner.getByRole("heading", { name: "Team" })).toBeVisible();
  const invite = owner.getByRole("form", { name: "Invite someone" });
  const email = `client-${uniqueSuffix()}@acme.test`;
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption("client_user");
  await invite.getByRole("radio", { name: "Acme Dental" }).check();
  await expect(invite.getByRole("checkbox", { name: "Read calls and transcripts" })).toBeChecked();
  await invite.getByRole("checkbox", { name: "Edit business hours and FAQ" }).check();
  await invite.getByRole("button", { name: "Create invitation" }).click();

  await owner.getByRole("button", { name: "Copy link" }).click();
  await expect(owner.getByRole("button", { name: "Copied" })).toBeVisible();
  const link = await owner.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/invite\/inv_[A-Za-z0-9_-]{43}$/);
  await expect(owner.getByLabel("Invitation link")).toHaveValue(link);
  const pending = owner.getByRole("table", { name: "Open invitations" });
  await expect(pending.getByRole("row", { name: new RegExp(email) })).toContainText("Acme Dental");

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByRole("heading", { name: /^Join Team Agency/ })).toBeVisible();
  await expect(guest.getByText("as Client user for Acme Dental")).toBeVisible();
  await expect(guest.getByLabel("Email")).toHaveValue(email);
  await guest.getByLabel("Your name").fill("Casey Acme");
  await guest.getByLabel("Password").fill(`pw-${uniqueSuffix()}-long-enough`);
  await guest.getByRole("button", { name: "Create account and join" }).click();

  // A client user's home is their one business, not a list of clients.
  await expect(guest.getByRole("heading", { name: "Acme Dental", exact: true })).toBeVisible();
  await expect(guest).toHaveURL(new RegExp(`/clients/${theirs}/`));
  await expect(guest.getByText("Bravo Plumbing")).toHaveCount(0);
  await expect(guest.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" })).toHaveCount(0);
  const list = await guest.request.get("/api/clients");
  expect((await list.json()).data.map((client: { id: string }) => client.id)).toEqual([theirs]);
  expect((await guest.request.get(`/api/clients/${other}`)).status()).toBe(404);
  expect((await guest.request.get("/api/members")).status()).toBe(403);
  // The team page is not part of their role: the 403 page, inside the portal.
  expect((await guest.goto("/members"))?.status()).toBe(403);

  // The link was single-use.
  await guest.goto(link);
  await expect(guest.getByText("This invitation has already been used.")).toBeVisible();

  // The owner sees the new person with the client and permissions chosen.
  await owner.reload();
  const row = owner.getByRole("table", { name: "People" }).getByRole("row", { name: /Casey Acme/ });
  await expect(row).toContainText("Client user");
  await expect(row).toContainText("Acme Dental");
  await expect(row).toContainText("Edit business hours and FAQ");
  await expect(owner.getByRole("table", { name: "Open invitations" })).toHaveCount(0);
  await ownerContext.close();
  await guestContext.close();
});
