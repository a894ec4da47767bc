// A saved template, in the log: agency-wide, except that one saved from an agent names the client
// it was read from (whose people may then see that their agent was copied).
import type { AgencyArgs } from "@/lib/api/handler";
import type { TemplateView } from "@/lib/templates/template-schemas";
import { actorOf, recordAudit } from "./record";

export async function recordTemplateCreated(args: AgencyArgs, template: TemplateView): Promise<void> {
  const { source } = template;
  await recordAudit(actorOf(args), {
    action: "template.create",
    client: source.clientId && source.clientName ? { id: source.clientId, name: source.clientName } : null,
    target: { type: "template", id: template.id, name: template.name },
    details: source.agentId ? { fromAgent: { id: source.agentId, name: source.agentName } } : undefined,
  });
}
