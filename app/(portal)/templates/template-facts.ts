// What the templates page says about each template, worked out on the server (the card is a client
// component and needs only strings).
import { ESCALATION_LABELS, summarizeBusinessHours } from "@/lib/agents/hours-summary";
import type { TemplateView } from "@/lib/templates/template-schemas";

export interface TemplateFact {
  label: string;
  value: string;
  mono?: boolean;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

function sourceOf(source: TemplateView["source"]): string {
  if (!source.agentId && !source.clientId) return "Created through the API";
  const agent = source.agentName ?? "an agent";
  return source.clientName ? `${agent} at ${source.clientName}` : `${agent} (client since removed)`;
}

/** An empty map means OnCallClerk could not be asked; only a list without the voice says it is gone. */
function voiceLabel(voiceId: string, voiceLabels: Map<string, string>): string {
  const label = voiceLabels.get(voiceId);
  if (label) return label;
  return voiceLabels.size ? `${voiceId} (not in OnCallClerk's voice list: choose another when using it)` : voiceId;
}

export function templateFacts(template: TemplateView, voiceLabels: Map<string, string>): TemplateFact[] {
  const { config } = template;
  const policy = config.escalation_policy ?? "never";
  const numbers = [config.forwarding_number, config.escalation_number].filter((number): number is string => Boolean(number));
  const faqCount = config.faq?.length ?? 0;
  return [
    { label: "Voice", value: voiceLabel(config.voice_id, voiceLabels) },
    { label: "Escalation", value: ESCALATION_LABELS[policy] ?? policy },
    ...(numbers.length ? [{ label: "Transfers to", value: numbers.join(", "), mono: true }] : []),
    // Without hours the new agent gets OnCallClerk's default for the client's time zone.
    { label: "Hours", value: config.business_hours ? summarizeBusinessHours(config.business_hours) : "OnCallClerk's default" },
    { label: "FAQ", value: faqCount === 0 ? "No entries" : faqCount === 1 ? "1 entry" : `${faqCount} entries` },
    ...(config.functions_enabled?.length ? [{ label: "Functions", value: config.functions_enabled.join(", ") }] : []),
    { label: "Source", value: sourceOf(template.source) },
    { label: "Created", value: `${dateFormat.format(new Date(template.createdAt))}${template.createdBy ? ` by ${template.createdBy.name}` : ""}` },
  ];
}
