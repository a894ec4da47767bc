// An upstream agent → a template config: exactly the create-agent fields a template keeps (see
// TEMPLATE_CONFIG_FIELDS), nothing read-only (id, status, phone number, timestamps) and nothing that
// names this one agent (business and agent name). Upstream answers are loose — nulls, extra keys
// inside FAQ entries, `functions_enabled: true` — so each field is picked explicitly and the result
// is then checked with the same schema a config given directly must pass.
import { ApiError } from "@/lib/api/errors";
import { fieldErrorsOf } from "@/lib/api/body";
import { WEEKDAYS } from "@/lib/agents/business-hours";
import { FUNCTION_NAMES, normalizeFunctionsEnabled } from "@/lib/oncallclerk/functions-enabled";
import type { Agent } from "@/lib/oncallclerk/schemas/agents";
import { templateConfigSchema, type TemplateConfig } from "./template-schemas";

const nonEmpty = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/**
 * The reference's hours have all seven days; an upstream copy missing some still means "closed"
 * on those days, so they are filled in closed rather than refused. Without a time zone the hours
 * mean nothing and are left out (the new agent gets OnCallClerk's default).
 */
function pickHours(hours: Agent["business_hours"]): Record<string, unknown> | undefined {
  if (!hours || !nonEmpty(hours.timezone)) return undefined;
  const schedule = Object.fromEntries(
    WEEKDAYS.map((day) => {
      const given = hours.schedule?.[day];
      return [day, { open: given?.open ?? "00:00", close: given?.close ?? "00:00", enabled: given?.enabled ?? false }];
    }),
  );
  return { enabled: hours.enabled ?? true, timezone: hours.timezone, schedule };
}

function pickVoiceSettings(settings: Agent["voice_settings"]): Record<string, string> | undefined {
  if (!settings) return undefined;
  const picked = {
    ...(nonEmpty(settings.personality) ? { personality: settings.personality } : {}),
    ...(nonEmpty(settings.name) ? { name: settings.name } : {}),
  };
  return Object.keys(picked).length ? picked : undefined;
}

function pickFunctions(value: Agent["functions_enabled"]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const normalized = normalizeFunctionsEnabled(value);
  // The editor reads `true` as every function on; a template copies what the editor would show.
  return normalized === "all" ? [...FUNCTION_NAMES] : normalized;
}

/** The fields as picked, before validation (exported for the unit tests). */
export function pickTemplateFields(agent: Agent): Record<string, unknown> {
  const picked: Record<string, unknown> = {
    voice_id: agent.voice_id,
    greeting: agent.greeting,
    system_prompt: agent.system_prompt,
    escalation_policy: agent.escalation_policy,
    // Numbers are copied on purpose (often the same office line); the UI says so when saving.
    forwarding_number: nonEmpty(agent.forwarding_number) ? agent.forwarding_number : undefined,
    escalation_number: nonEmpty(agent.escalation_number) ? agent.escalation_number : undefined,
    business_hours: pickHours(agent.business_hours),
    faq: agent.faq ? agent.faq.map(({ question, answer }) => ({ question, answer })) : undefined,
    voice_settings: pickVoiceSettings(agent.voice_settings),
    functions_enabled: pickFunctions(agent.functions_enabled),
  };
  return Object.fromEntries(Object.entries(picked).filter(([, value]) => value !== undefined));
}

/** The validated config, or 422 naming the agent's fields our rules refuse (e.g. an over-long FAQ answer). */
export function templateConfigFromAgent(agent: Agent): TemplateConfig {
  const parsed = templateConfigSchema.safeParse(pickTemplateFields(agent));
  if (parsed.success) return parsed.data;
  const fieldErrors = Object.fromEntries(Object.entries(fieldErrorsOf(parsed.error)).map(([key, messages]) => [`config.${key}`, messages]));
  throw new ApiError(
    422,
    "validation_failed",
    "This agent's settings cannot be saved as a template as they are: fix the fields named here on the agent first.",
    { fieldErrors },
  );
}
