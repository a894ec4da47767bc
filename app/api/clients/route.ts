// GET  /api/clients — the agency's client accounts (?include=usage adds each one's live /usage)
// POST /api/clients — add a client: {name, apiKey}; the key is checked with OnCallClerk first
import { readJson } from "@/lib/api/body";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { requirePermission, withAgency } from "@/lib/api/handler";
import { ok } from "@/lib/api/respond";
import { can } from "@/lib/auth/permissions";
import { clientForViewer, createClientSchema } from "@/lib/clients/schemas";
import { createClientAccount, listVisibleClientAccounts } from "@/lib/clients/service";
import { usageForClients } from "@/lib/clients/usage";
import { otherMethods } from "@/lib/api/other-methods";

export const GET = withAgency(async ({ request, agency, access }) => {
  requirePermission({ access }, "client:read");
  const clients = await listVisibleClientAccounts({ agency, access });
  const listed = new URL(request.url).searchParams.get("include") === "usage" ? await usageForClients(agency.id, clients, (clientId) => can(access, "account:read", clientId)) : clients;
  const maySeeKeys = can(access, "client:key-hint");
  return ok(listed.map((client) => clientForViewer(client, maySeeKeys)));
});

export const POST = withAgency(async (args) => {
  const { request, agency, access } = args;
  requirePermission({ access }, "client:create");
  const input = await readJson(request, createClientSchema);
  const { client, usage } = await createClientAccount(agency.id, input);
  await recordAudit(actorOf(args), {
    action: "client.create",
    client,
    target: { type: "client", id: client.id, name: client.name },
    details: { country: client.country, keyHint: `…${client.keyHint}` },
  });
  return ok({ ...client, usage }, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
