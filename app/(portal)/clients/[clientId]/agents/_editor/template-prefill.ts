// Starting a new agent from a template: the template's config dressed up as an agent (the names
// left for the person: the business defaults to the client's name, the agent's is empty) and read
// by formFromAgent, the same path the Edit page uses. A voice this client is not offered is taken
// out of the form and reported, so it is chosen again rather than sent as it was.
import { defaultHours } from "@/lib/agents/business-hours";
import type { Agent } from "@/lib/oncallclerk/schemas/agents";
import type { Voice } from "@/lib/oncallclerk/schemas/voices";
import type { TemplateConfig } from "@/lib/templates/template-schemas";
import { formFromAgent, type AgentForm } from "./agent-form-model";

export interface TemplateStart {
  id: string;
  name: string;
  config: TemplateConfig;
  /** The client's name: what the business is usually called. */
  businessName: string;
}

export function agentFromTemplate(template: TemplateStart): Agent {
  return { id: "", business_name: template.businessName, agent_name: "", ...template.config };
}

export interface TemplatePrefill {
  form: AgentForm;
  /** The template's voice id when this client's /voices does not offer it. */
  missingVoice: string | null;
  /** Transfer numbers copied from the template (to be checked for this client). */
  copiedNumbers: string[];
}

export function prefillFromTemplate(template: TemplateStart, timezone: string, voices: Voice[] | null): TemplatePrefill {
  const form = formFromAgent(agentFromTemplate(template), timezone);
  // A template without hours: the editor's usual starting hours, not formFromAgent's "24/7".
  if (!template.config.business_hours) form.business_hours = defaultHours(timezone);
  const offered = voices === null || voices.some((voice) => voice.id === form.voice_id);
  const missingVoice = offered ? null : form.voice_id;
  if (missingVoice) form.voice_id = "";
  const copiedNumbers = [form.forwarding_number, form.escalation_number].filter((number) => number.trim() !== "");
  return { form, missingVoice, copiedNumbers };
}
