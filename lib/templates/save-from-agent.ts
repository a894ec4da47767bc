// "Save as template": read the agent from its client's OnCallClerk account (the client looked up
// among the ones the caller may see, so another agency's client — or one they are not assigned to —
// is 404 and nothing is read or stored), keep its configuration fields only, and store them as a
// new template.
import { forbidden, notFound } from "@/lib/api/errors";
import type { AgencyContext } from "@/lib/auth/agency";
import { can, canSeeClient } from "@/lib/auth/permissions";
import { recordUpstreamFailure, recordUpstreamSuccess } from "@/lib/clients/key-health";
import { findClientAccount } from "@/lib/clients/service";
import { upstreamForClient } from "@/lib/clients/upstream";
import type { Agent } from "@/lib/oncallclerk";
import { templateConfigFromAgent } from "./from-agent";
import { assertNameFree, createTemplate } from "./service";
import type { CreateFromAgentInput, TemplateView } from "./template-schemas";

export async function saveAgentAsTemplate(context: Pick<AgencyContext, "agency" | "access">, userId: string, input: CreateFromAgentInput): Promise<TemplateView> {
  const agencyId = context.agency.id;
  const client = canSeeClient(context.access, input.clientId) ? await findClientAccount(agencyId, input.clientId) : null;
  if (!client) throw notFound("No such client");
  if (!can(context.access, "agent:read", client.id)) throw forbidden();
  // The cheap local check first: a taken name should not cost an upstream call.
  await assertNameFree(agencyId, input.name);
  let agent: Agent;
  try {
    agent = await (await upstreamForClient(agencyId, client.id)).agents.get(input.agentId);
    await recordUpstreamSuccess(agencyId, client);
  } catch (error) {
    // As in withClient: the key's health follows what this call saw.
    await recordUpstreamFailure(agencyId, client, error);
    throw error;
  }
  const config = templateConfigFromAgent(agent);
  return createTemplate(agencyId, userId, {
    name: input.name,
    description: input.description,
    config,
    source: { clientId: client.id, agentId: agent.id, agentName: agent.agent_name?.trim() || null },
  });
}
